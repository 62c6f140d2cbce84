// The Reconciliation page: a day and a store (a store manager's console is locked to its
// store; the owner also has "All stores", the head office's view), totals per category, a
// drill-down to each redemption, a resolution per discrepancy, the day's sign-off and
// reopening, the till's CSV, and exports (CSV, PDF, print preview). It talks only to a
// reconcile::ReconcileService (queued across threads); without one it says so.
#pragma once

#include "app/core/location.h"
#include "app/reconcile/reconcileservice.h"
#include "ui/page.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace mc::ui {

class ReconcileItemsModel;

class ReconcilePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcilePage)

public:
    ReconcilePage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~ReconcilePage() override;

    void setReconcileService(mc::reconcile::ReconcileService *service);
    void setLocations(const QList<core::Location> &locations);
    // A store manager's console: only this store (0: the owner, every store).
    void lockToStore(std::int64_t storeId);
    void setDay(const QDate &day);
    std::int64_t storeId() const;
    QDate day() const;
    const reconcile::DayReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // Till lines to include (a parsed CSV); nullopt: none.
    void setTill(const std::optional<QList<reconcile::TillRow>> &till);
    bool saveCsv(const QString &path);
    bool savePdf(const QString &path);

public Q_SLOTS:
    void reconcile();
    void resolveSelected();
    void signOff();
    void reopen();
    void importTill();
    void exportCsv();
    void exportPdf();
    void printPreview();

Q_SIGNALS:
    void reportRequested(qint64 storeId, const QDate &day, bool fetch,
                         const std::optional<QList<mc::reconcile::TillRow>> &till);
    void resolveRequested(qint64 storeId, const QDate &day, const QString &itemKey, const QString &kind,
                          const QString &note, const QString &manager);
    void signOffRequested(qint64 storeId, const QDate &day, const QString &manager);
    void reopenRequested(qint64 storeId, const QDate &day, const QString &manager, const QString &reason);
    void reportShown();

private:
    QWidget *createContent();
    QWidget *createUnavailable();
    void showReport(const mc::reconcile::DayReport &report);
    void showFailure(const QString &message);
    void showTotals();
    void showStores();
    void showItems();
    void refreshActions();
    void exportTo(const QString &title, const QString &suffix, const QString &filter,
                  bool (ReconcilePage::*save)(const QString &));

    QPointer<reconcile::ReconcileService> m_service;
    QList<QMetaObject::Connection> m_connections;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_store = nullptr;
    QDateEdit *m_day = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_till = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_history = nullptr; // the selected redemption's story, source by source
    QTableWidget *m_totals = nullptr;
    QTableWidget *m_stores = nullptr; // the head office's view: each store's status
    QTableView *m_items = nullptr;
    ReconcileItemsModel *m_model = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_signOff = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_preview = nullptr;
    std::int64_t m_lockedStore = 0;
    std::optional<QList<reconcile::TillRow>> m_tillRows;
    QString m_manager; // the last name typed, offered again
    reconcile::DayReport m_report;
    bool m_hasReport = false;
};

} // namespace mc::ui
