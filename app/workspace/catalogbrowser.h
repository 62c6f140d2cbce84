// CatalogBrowser: the Catalog and Stock pages' reads, on the workspace thread with reader
// connections to the cache and the ledger (catalogquery.h). A list is a generation, as in
// OrderBrowser: answers carry the generation they were asked for; older ones are dropped.
// The SKU x location matrix is read in blocks of rows as the view shows them.
// Talk to it with queued calls only, except cancelExport().
#pragma once

#include "app/core/syncevents.h"
#include "app/workspace/catalogtypes.h"
#include "app/workspace/stockimport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace mc::workspace {

class CatalogBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogBrowser)

public:
    enum class ExportKind { Catalog, Stock };
    Q_ENUM(ExportKind)

    explicit CatalogBrowser(QString dataDir, QObject *parent = nullptr);
    ~CatalogBrowser() override;

    // Thread-safe: the running export stops at its next row and leaves no file.
    void cancelExport() { *m_cancelExport = true; }

public Q_SLOTS:
    // The SKUs matching (rowsReady), with the locations and categories (locationsReady).
    void setFilter(quint64 generation, const mc::workspace::CatalogFilter &filter);
    void fetchStock(quint64 generation, const QList<qint64> &skuIds);
    // skuId 0: every SKU's, newest first.
    void fetchAdjustments(qint64 skuId);
    void exportCsv(mc::workspace::CatalogBrowser::ExportKind kind, const mc::workspace::CatalogFilter &filter,
                   const QString &path);
    // Reads and checks a bulk adjustment file; importChecked() follows (nothing is written).
    void checkImport(const QString &path);
    // The cache committed new data (catalog, stock); coalesced to one look per second.
    void cacheChanged(const mc::core::ChangeSummary &summary);
    // The ledger changed (an adjustment recorded or answered, a threshold set).
    void ledgerChanged();

Q_SIGNALS:
    void rowsReady(quint64 generation, const QList<mc::workspace::CatalogRow> &rows);
    void locationsReady(const QList<mc::workspace::StockLocation> &locations, const QStringList &categories);
    // The threshold of SKUs without their own.
    void defaultThresholdReady(qint64 threshold);
    void stockReady(quint64 generation, const mc::workspace::StockBlock &block);
    void adjustmentsReady(qint64 skuId, const QList<mc::workspace::StockAdjustment> &adjustments);
    // Stock, catalog or thresholds changed: ask again for what is shown.
    void changed();
    void importChecked(const QString &path, const mc::workspace::StockImport &result);
    void failed(const QString &message);
    void exportProgress(qint64 rowsWritten);
    void exportFinished(bool ok, qint64 rowsWritten, const QString &message);

private:
    struct Connection;
    bool ensureOpen();

    QString m_dataDir;
    std::unique_ptr<Connection> m_connection;
    QTimer *m_changeTimer = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelExport = std::make_shared<std::atomic<bool>>(false);
};

void registerCatalogMetaTypes();

} // namespace mc::workspace
