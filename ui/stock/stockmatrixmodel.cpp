#include "ui/stock/stockmatrixmodel.h"

#include "app/workspace/catalogtext.h"
#include "ui/catalog/catalogmodel.h"

#include <QFont>
#include <QLocale>

#include <climits>

namespace mc::ui {

StockMatrixModel::StockMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void StockMatrixModel::setRows(quint64 generation, const QList<workspace::CatalogRow> &rows)
{
    beginResetModel();
    m_generation = generation;
    m_rows = rows;
    m_stock.clear();
    m_requested.clear();
    m_loaded.clear();
    endResetModel();
}

void StockMatrixModel::setLocations(const QList<workspace::StockLocation> &locations)
{
    bool same = locations.size() == m_locations.size();
    for (qsizetype i = 0; same && i < locations.size(); ++i)
        same = locations.at(i).id == m_locations.at(i).id && locations.at(i).name == m_locations.at(i).name;
    if (same)
        return;
    beginResetModel();
    m_locations = locations;
    // Store names often share the brand ("悦选 上海…", "悦选 北京…"): the headers leave it out.
    m_sharedPrefix.clear();
    QStringList stores;
    for (const workspace::StockLocation &l : locations)
        if (l.kind != u"warehouse")
            stores << l.name;
    if (stores.size() > 1) {
        qsizetype n = stores.constFirst().size();
        for (const QString &name : std::as_const(stores)) {
            qsizetype i = 0;
            while (i < n && i < name.size() && name.at(i) == stores.constFirst().at(i))
                ++i;
            n = i;
        }
        const QString prefix = stores.constFirst().left(n);
        const qsizetype space = prefix.lastIndexOf(u' ');
        if (space > 0)
            m_sharedPrefix = prefix.left(space + 1); // whole words only
    }
    endResetModel();
}

void StockMatrixModel::setPending(const QList<workspace::StockAdjustment> &adjustments)
{
    m_pending.clear();
    // Newest first: the first pending change of a cell is the one that will stand.
    for (const workspace::StockAdjustment &a : adjustments)
        if (a.state == u"pending" && !m_pending.contains({a.skuId, a.locationId}))
            m_pending.insert({a.skuId, a.locationId}, a);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void StockMatrixModel::refreshStock()
{
    m_requested.clear();
    for (int block : std::as_const(m_loaded))
        requestBlock(block);
}

const workspace::CatalogRow *StockMatrixModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const workspace::StockLocation *StockMatrixModel::locationAt(int column) const
{
    const int i = column - FirstLocation;
    return i >= 0 && i < m_locations.size() ? &m_locations.at(i) : nullptr;
}

std::optional<std::int64_t> StockMatrixModel::quantityAt(int row, int column) const
{
    const workspace::CatalogRow *r = rowAt(row);
    const workspace::StockLocation *l = locationAt(column);
    if (!r || !l)
        return std::nullopt;
    const auto sku = m_stock.constFind(r->skuId);
    if (sku == m_stock.cend())
        return std::nullopt;
    return sku->value(l->id, -1);
}

void StockMatrixModel::requestBlock(int block) const
{
    if (m_requested.contains(block))
        return;
    m_requested.insert(block);
    QList<qint64> ids;
    for (int i = block * kBlockRows; i < std::min<int>(static_cast<int>(m_rows.size()), (block + 1) * kBlockRows); ++i)
        ids.append(m_rows.at(i).skuId);
    Q_EMIT const_cast<StockMatrixModel *>(this)->stockRequested(m_generation, ids);
}

void StockMatrixModel::addStock(quint64 generation, const workspace::StockBlock &block)
{
    if (generation != m_generation || block.quantity.isEmpty())
        return;
    int first = INT_MAX, last = -1;
    for (auto it = block.quantity.cbegin(); it != block.quantity.cend(); ++it)
        m_stock.insert(it.key(), it.value());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (block.quantity.contains(m_rows.at(i).skuId)) {
            first = std::min(first, static_cast<int>(i));
            last = std::max(last, static_cast<int>(i));
        }
    if (last < 0)
        return;
    m_loaded.insert(first / kBlockRows);
    Q_EMIT dataChanged(index(first, Total), index(last, columnCount() - 1));
}

int StockMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StockMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstLocation + static_cast<int>(m_locations.size());
}

QVariant StockMatrixModel::data(const QModelIndex &index, int role) const
{
    const workspace::CatalogRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (index.column() == Product) {
        if (role == Qt::DisplayRole)
            return r->properties.isEmpty() ? r->title : r->title + QStringLiteral(" · ") + r->properties;
        if (role == Qt::ToolTipRole)
            return tr("Merchant code %1 · SKU %2").arg(r->outerId).arg(r->skuId);
        return {};
    }
    if (index.column() == Total) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(static_cast<qlonglong>(r->totalQuantity));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const workspace::StockLocation *l = locationAt(index.column());
    if (!l)
        return {};
    const std::optional<std::int64_t> quantity = quantityAt(index.row(), index.column());
    if (!quantity) {
        requestBlock(index.row() / kBlockRows);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const auto pending = m_pending.constFind({r->skuId, l->id});
    const bool isPending = pending != m_pending.cend();
    const std::int64_t shown = isPending ? pending->after : *quantity;
    switch (role) {
    case Qt::DisplayRole:
        return *quantity < 0 && !isPending ? QVariant() : QVariant(QLocale().toString(static_cast<qlonglong>(shown)));
    case Qt::EditRole:
        return static_cast<qlonglong>(std::max<std::int64_t>(shown, 0));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (isPending)
            return pendingStockBackground();
        if (*quantity >= 0 && *quantity <= r->threshold)
            return lowStockBackground();
        return {};
    case Qt::FontRole:
        if (isPending) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (isPending)
            return tr("Waiting to be sent to the platform: %1 → %2 (by %3)")
                .arg(pending->before)
                .arg(pending->after)
                .arg(pending->actor);
        if (*quantity < 0)
            return tr("Not stocked at %1. Type a quantity to stock it.").arg(workspace::CatalogText::locationLabel(*l));
        if (*quantity <= r->threshold)
            return tr("Low: at or below %1").arg(r->threshold);
        return {};
    default:
        return {};
    }
}

QVariant StockMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Product)
        return role == Qt::DisplayRole ? QVariant(tr("Product")) : QVariant();
    if (section == Total)
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const workspace::StockLocation *l = locationAt(section);
    if (!l)
        return {};
    if (role == Qt::DisplayRole)
        return l->kind == u"warehouse" ? tr("Warehouse")
                                       : (m_sharedPrefix.isEmpty() ? l->name : l->name.mid(m_sharedPrefix.size()));
    if (role == Qt::ToolTipRole)
        return QString(workspace::CatalogText::locationLabel(*l) + u'\n' + l->province + u' ' + l->city);
    return {};
}

Qt::ItemFlags StockMatrixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() >= FirstLocation && quantityAt(index.row(), index.column()).has_value())
        f |= Qt::ItemIsEditable;
    return f;
}

bool StockMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const workspace::CatalogRow *r = rowAt(index.row());
    const workspace::StockLocation *l = locationAt(index.column());
    const std::optional<std::int64_t> quantity = quantityAt(index.row(), index.column());
    bool ok = false;
    const qlonglong wanted = value.toLongLong(&ok);
    if (!r || !l || !quantity || !ok || wanted < 0)
        return false;
    const auto pending = m_pending.constFind({r->skuId, l->id});
    // Compare-and-set against what the platform is believed to hold: the pending value when a
    // change is already on its way (it will be applied first), the cached one otherwise.
    const std::int64_t expected = pending != m_pending.cend() ? pending->after : std::max<std::int64_t>(*quantity, 0);
    if (wanted == expected)
        return false;
    Q_EMIT changeRequested({r->skuId, l->id, wanted, expected});
    return true;
}

} // namespace mc::ui
