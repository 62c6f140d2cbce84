// CatalogPage: the cached items and SKUs with merchant code, price and stock in total; search
// by title or code (a scanner's code + Enter selects the exact match), category and low-stock
// filters; the selected SKU's stock per location beside the list; CSV export of the list.
#pragma once

#include "app/workspace/catalogbrowser.h"
#include "ui/page.h"

#include <QPointer>

class QLabel;
class QTableView;
class QTableWidget;

namespace mc::ui {

class CatalogFilterBar;
class CatalogModel;
class ExportControl;

// Generations of the catalog lists, unique across pages that share one CatalogBrowser.
quint64 nextCatalogGeneration();

class CatalogPage final : public Page
{
    Q_OBJECT

public:
    CatalogPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~CatalogPage() override;

    void setBrowser(workspace::CatalogBrowser *browser);
    CatalogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CatalogFilterBar *filters() const { return m_filters; }
    QTableWidget *locationTable() const { return m_locations; }
    ExportControl *exporter() const { return m_export; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void filterRequested(quint64 generation, const mc::workspace::CatalogFilter &filter);
    void stockRequested(quint64 generation, const QList<qint64> &skuIds);
    void exportRequested(mc::workspace::CatalogBrowser::ExportKind kind, const mc::workspace::CatalogFilter &filter,
                         const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRows(quint64 generation, const QList<workspace::CatalogRow> &rows);
    void showLocations(const QList<workspace::StockLocation> &locations, const QStringList &categories);
    void showStock(quint64 generation, const workspace::StockBlock &block);
    void selectionChanged();
    void goToCode(const QString &code);

    QPointer<workspace::CatalogBrowser> m_browser;
    QList<QMetaObject::Connection> m_connections;
    CatalogFilterBar *m_filters = nullptr;
    CatalogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    ExportControl *m_export = nullptr;
    QLabel *m_selected = nullptr;
    QTableWidget *m_locations = nullptr;
    QList<workspace::StockLocation> m_allLocations;
    quint64 m_generation = 0;
    quint64 m_stockGeneration = 0;
    std::int64_t m_selectedSku = 0;
    QString m_pendingCode; // a scanned code to select once its list arrives
};

} // namespace mc::ui
