// OrdersModel: the orders list as a virtual table. It holds only the pages of rows the view
// has shown lately (kPageRows each, at most kCachedPages); every other row is asked of the
// OrderBrowser (on its thread) when the view first paints it, and shows "…" until it arrives.
// The row count grows as the browser counts the matches; new orders are inserted at the top
// (the view keeps its selection and what it shows); rows already listed are refreshed in
// place, the old values shown until the new ones arrive.
#pragma once

#include "app/workspace/orderfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace mc::ui {

class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, OrderId, Buyer, Channel, Status, Amount, Items, Product, ColumnCount };
    static constexpr int kPageRows = 100;
    static constexpr int kCachedPages = 60;

    explicit OrdersModel(QObject *parent = nullptr);

    // Starts a new list: the view empties and fills again.
    void setFilter(const workspace::OrderFilter &filter);
    const workspace::OrderFilter &filter() const { return m_filter; }
    void setLocationNames(const QHash<std::int64_t, QString> &names);

    qint64 matches() const { return m_newer + m_counted; }
    bool countComplete() const { return m_complete; }
    quint64 generation() const { return m_generation; }
    // The row if its page is loaded (and not only being refreshed).
    std::optional<workspace::OrderRow> rowAt(int row) const;
    // Where `tid` is among the loaded rows, or -1.
    int rowOfOrder(std::int64_t tid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // From the OrderBrowser.
    void addRows(quint64 generation, bool arrived, qint64 first, const QList<mc::workspace::OrderRow> &rows);
    void setCounted(quint64 generation, qint64 matches, bool complete);
    void insertArrived(quint64 generation, qint64 added);
    void markChanged(quint64 generation);

Q_SIGNALS:
    void filterRequested(quint64 generation, const mc::workspace::OrderFilter &filter);
    void rowsRequested(quint64 generation, bool arrived, qint64 first, int count);
    void countChanged(qint64 matches, bool complete);

private:
    // Two regions, each cut in pages from its own top: the list as built (its pages stay
    // valid while orders arrive above it) and the orders that arrived since (re-read when
    // more arrive). Pages of the first are keyed >= 0, of the second < 0 (-1 is the top one).
    static qint64 pageKey(bool arrived, qint64 page) { return arrived ? -1 - page : page; }
    qint64 pageOfRow(int row, int *offset) const;
    void requestPage(qint64 key) const;
    void growTo(qint64 rows);
    void evictPages();
    void dropArrivedPages();

    workspace::OrderFilter m_filter;
    quint64 m_generation = 0;
    qint64 m_newer = 0;   // arrived since the list was built, above it
    qint64 m_counted = 0; // in the list as built
    qint64 m_shown = 0;   // rowCount() as the view knows it
    bool m_complete = false;
    QHash<std::int64_t, QString> m_locationNames;
    mutable QHash<qint64, QList<workspace::OrderRow>> m_pages;
    mutable QList<qint64> m_pageUse; // least recently used first
    mutable QSet<qint64> m_requested;
    QSet<qint64> m_stale;            // shown, but a newer version is on its way
};

} // namespace mc::ui
