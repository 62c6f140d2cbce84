#include "ui/orders/ordersmodel.h"

#include "app/workspace/ordertext.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using mc::workspace::OrderRow;
using mc::workspace::OrderText;

namespace mc::ui {

OrdersModel::OrdersModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrdersModel::setFilter(const workspace::OrderFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    ++m_generation;
    m_newer = m_counted = m_shown = 0;
    m_complete = false;
    m_pages.clear();
    m_pageUse.clear();
    m_requested = {0}; // the browser sends the first page by itself
    m_stale.clear();
    endResetModel();
    Q_EMIT countChanged(0, false);
    Q_EMIT filterRequested(m_generation, filter);
}

void OrdersModel::setLocationNames(const QHash<std::int64_t, QString> &names)
{
    m_locationNames = names;
    if (m_shown > 0)
        Q_EMIT dataChanged(index(0, Channel), index(static_cast<int>(m_shown - 1), Channel));
}

qint64 OrdersModel::pageOfRow(int row, int *offset) const
{
    const bool arrived = row < m_newer;
    const qint64 inRegion = arrived ? row : row - m_newer;
    *offset = static_cast<int>(inRegion % kPageRows);
    return pageKey(arrived, inRegion / kPageRows);
}

std::optional<OrderRow> OrdersModel::rowAt(int row) const
{
    int offset = 0;
    const auto page = m_pages.constFind(pageOfRow(row, &offset));
    if (page == m_pages.cend() || offset >= page->size())
        return std::nullopt;
    return page->at(offset);
}

int OrdersModel::rowOfOrder(std::int64_t tid) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).tid != tid)
                continue;
            const qint64 key = it.key();
            return static_cast<int>(key >= 0 ? m_newer + key * kPageRows + i : (-1 - key) * kPageRows + i);
        }
    }
    return -1;
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown);
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OrdersModel::requestPage(qint64 key) const
{
    if (m_requested.contains(key))
        return;
    m_requested.insert(key);
    const bool arrived = key < 0;
    const qint64 page = arrived ? -1 - key : key;
    Q_EMIT const_cast<OrdersModel *>(this)->rowsRequested(m_generation, arrived, page * kPageRows, kPageRows);
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    int offset = 0;
    const qint64 page = pageOfRow(index.row(), &offset);
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend() || m_stale.contains(page))
        requestPage(page);
    if (found == m_pages.cend() || offset >= found->size())
        return role == Qt::DisplayRole && index.column() == Time ? QVariant(u"…"_s) : QVariant();
    const OrderRow &r = found->at(offset);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Items ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return QVariant::fromValue<qint64>(r.tid);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return OrderText::time(r.createdMs);
    case OrderId:
        return QString::number(r.tid);
    case Buyer:
        return r.buyerNick;
    case Channel:
        return r.channel == u"store" ? OrderText::location(r.locationId, m_locationNames)
                                     : OrderText::channel(r.channel);
    case Status:
        return OrderText::status(r.status);
    case Amount:
        return QLocale().toString(static_cast<double>(r.paymentFen) / 100.0, 'f', 2);
    case Items:
        return QLocale().toString(r.items);
    case Product:
        return r.firstTitle;
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Created (Beijing)");
    case OrderId:
        return tr("Order");
    case Buyer:
        return tr("Buyer");
    case Channel:
        return tr("Channel / store");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Paid (¥)");
    case Items:
        return tr("Items");
    case Product:
        return tr("Products");
    default:
        return {};
    }
}

void OrdersModel::growTo(qint64 rows)
{
    if (rows <= m_shown)
        return;
    beginInsertRows({}, static_cast<int>(m_shown), static_cast<int>(rows - 1));
    m_shown = rows;
    endInsertRows();
}

void OrdersModel::addRows(quint64 generation, bool arrived, qint64 first, const QList<OrderRow> &rows)
{
    if (generation != m_generation || first % kPageRows != 0)
        return;
    const qint64 key = pageKey(arrived, first / kPageRows);
    m_requested.remove(key);
    m_stale.remove(key);
    m_pages.insert(key, rows);
    m_pageUse.removeAll(key);
    m_pageUse.append(key);
    if (!arrived && first == 0 && m_counted == 0 && !m_complete)
        growTo(m_newer + rows.size()); // the first rows show before the count is known
    evictPages();
    const qint64 top = arrived ? first : m_newer + first;
    const qint64 last = std::min<qint64>(top + rows.size(), m_shown) - 1;
    if (last >= top)
        Q_EMIT dataChanged(index(static_cast<int>(top), 0), index(static_cast<int>(last), ColumnCount - 1));
}

void OrdersModel::evictPages()
{
    while (m_pageUse.size() > kCachedPages) {
        const qint64 oldest = m_pageUse.takeFirst();
        m_pages.remove(oldest);
        m_stale.remove(oldest);
    }
}

void OrdersModel::setCounted(quint64 generation, qint64 matches, bool complete)
{
    if (generation != m_generation)
        return;
    m_counted = matches;
    m_complete = complete;
    growTo(m_newer + m_counted);
    Q_EMIT countChanged(this->matches(), m_complete);
}

void OrdersModel::insertArrived(quint64 generation, qint64 added)
{
    if (generation != m_generation || added <= 0)
        return;
    // Rows enter at the top; the view keeps its selection and scroll position on the rows it
    // showed. The pages of the list as built stay valid; those of the arrived are read again.
    beginInsertRows({}, 0, static_cast<int>(added - 1));
    m_newer += added;
    m_shown += added;
    dropArrivedPages();
    endInsertRows();
    Q_EMIT countChanged(matches(), m_complete);
}

void OrdersModel::dropArrivedPages()
{
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() < 0) {
            m_pageUse.removeAll(it.key());
            m_stale.remove(it.key());
            m_requested.remove(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_requested.begin(); it != m_requested.end();)
        it = *it < 0 ? m_requested.erase(it) : std::next(it);
}

void OrdersModel::markChanged(quint64 generation)
{
    if (generation != m_generation)
        return;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        m_stale.insert(it.key());
    m_requested.clear();
    if (m_shown > 0)
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_shown - 1), ColumnCount - 1));
}

} // namespace mc::ui
