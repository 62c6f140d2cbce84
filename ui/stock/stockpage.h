// StockPage: SKUs by location (StockMatrixModel, read in blocks), low stock marked against
// each SKU's threshold; a typed quantity is sent to the platform with compare-and-set, a
// conflict shows the platform's value and lets the user send again or keep it; changes still
// on their way are marked; the history of every adjustment (who, when, before, after, what
// the platform did); bulk adjustment from a CSV with a preview; CSV export of the matrix.
#pragma once

#include "app/workspace/catalogbrowser.h"
#include "app/workspace/stockservice.h"
#include "ui/page.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace mc::ui {

class CatalogFilterBar;
class ExportControl;
class StockHistoryModel;
class StockMatrixModel;

class StockPage final : public Page
{
    Q_OBJECT

public:
    StockPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~StockPage() override;

    void setServices(workspace::CatalogBrowser *browser, workspace::StockService *stock);

    StockMatrixModel *matrix() const { return m_matrix; }
    StockHistoryModel *history() const { return m_history; }
    QTableView *matrixView() const { return m_matrixView; }
    CatalogFilterBar *filters() const { return m_filters; }
    ExportControl *exporter() const { return m_export; }
    QString actor() const;
    // What a conflict asks (tests answer it without a dialog): true = send the change again
    // against the platform's current value.
    void setConflictResolver(std::function<bool(const core::StockConflict &)> resolver)
    {
        m_resolveConflict = std::move(resolver);
    }

public Q_SLOTS:
    void reload();
    // Checks a bulk adjustment file; the preview dialog follows.
    void importFile(const QString &path);

Q_SIGNALS:
    void filterRequested(quint64 generation, const mc::workspace::CatalogFilter &filter);
    void adjustmentsRequested(qint64 skuId);
    void importCheckRequested(const QString &path);
    void exportRequested(mc::workspace::CatalogBrowser::ExportKind kind, const mc::workspace::CatalogFilter &filter,
                         const QString &path);
    void changesRequested(const QList<mc::core::StockChange> &changes, const QString &actor);
    void thresholdRequested(qint64 skuId, qint64 threshold, const QString &actor);
    // After the preview: the dialog (tests accept or reject it).
    void importPreviewShown(QDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createHistory();
    void showRows(quint64 generation, const QList<workspace::CatalogRow> &rows);
    void showLocations(const QList<workspace::StockLocation> &locations, const QStringList &categories);
    void showConflict(const core::StockConflict &conflict);
    void showImport(const QString &path, const workspace::StockImport &result);
    void changesRecorded(bool ok, int count, const QString &message);
    void chooseImportFile();
    void editThreshold();
    void currentChanged();
    // The matrix's columns: the warehouse and the stores of the province chosen (or all).
    void showColumns();

    QPointer<workspace::CatalogBrowser> m_browser;
    QPointer<workspace::StockService> m_stock;
    QList<QMetaObject::Connection> m_connections;
    CatalogFilterBar *m_filters = nullptr;
    StockMatrixModel *m_matrix = nullptr;
    StockHistoryModel *m_history = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_actor = nullptr;
    QSpinBox *m_defaultThreshold = nullptr;
    QCheckBox *m_onlySelected = nullptr;
    QComboBox *m_province = nullptr;
    ExportControl *m_export = nullptr;
    QList<workspace::CatalogRow> m_rows;
    QList<workspace::StockLocation> m_locations;
    std::function<bool(const core::StockConflict &)> m_resolveConflict;
};

} // namespace mc::ui
