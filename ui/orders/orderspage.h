// OrdersPage: every cached order, newest first, filtered and searched as the merchant types;
// the list is virtual (OrdersModel), new orders slide in at the top, the selected order's
// detail sits beside it, and the current list exports to CSV with progress and cancel.
#pragma once

#include "app/core/location.h"
#include "app/workspace/orderfilter.h"
#include "ui/page.h"

#include <QHash>
#include <QPointer>

#include <functional>

class QLabel;
class QTableView;

namespace mc::workspace {
class OrderBrowser;
}

namespace mc::ui {

class ExportControl;
class OrderDetailView;
class OrderFilterBar;
class OrdersModel;

class OrdersPage final : public Page
{
    Q_OBJECT

public:
    OrdersPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~OrdersPage() override;

    // The service on its thread (null: nothing to show yet); the list is built at once.
    void setBrowser(workspace::OrderBrowser *browser);
    void setLocations(const QList<core::Location> &locations);
    // "Now" for the periods (today, 11.11, ...): the platform's clock.
    void setClock(std::function<std::int64_t()> nowMs) { m_nowMs = std::move(nowMs); }

    OrdersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void reload();
    void exportCsv(const QString &path);

Q_SIGNALS:
    void detailRequested(qint64 tid);
    void exportRequested(const mc::workspace::OrderFilter &filter, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void applyFilter();
    void showCount(qint64 matches, bool complete);
    void showIndexState(const workspace::SearchIndexState &state);
    void showDetail(const workspace::OrderDetail &detail);
    void selectionChanged();
    void keepViewOnArrival(int added);
    void followSelection(quint64 generation, qint64 tid, qint64 row);

    QPointer<workspace::OrderBrowser> m_browser;
    QList<QMetaObject::Connection> m_connections;
    std::function<std::int64_t()> m_nowMs;
    QHash<std::int64_t, QString> m_locationNames;
    OrdersModel *m_model = nullptr;
    OrderFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    OrderDetailView *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_index = nullptr;
    ExportControl *m_export = nullptr;
    std::int64_t m_selectedTid = 0;
    bool m_following = false;
    int m_waitingForRow = -1; // selected before its page arrived
};

} // namespace mc::ui
