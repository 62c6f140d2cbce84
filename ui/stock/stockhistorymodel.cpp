#include "ui/stock/stockhistorymodel.h"

#include "app/workspace/catalogtext.h"
#include "app/workspace/ordertext.h"
#include "ui/catalog/catalogmodel.h"

namespace mc::ui {

StockHistoryModel::StockHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void StockHistoryModel::setSkuFilter(std::int64_t skuId)
{
    if (skuId == m_sku)
        return;
    m_sku = skuId;
    rebuild();
}

void StockHistoryModel::setAdjustments(const QList<workspace::StockAdjustment> &adjustments)
{
    m_all = adjustments;
    rebuild();
}

void StockHistoryModel::setNames(const QList<workspace::CatalogRow> &rows,
                                 const QList<workspace::StockLocation> &locations)
{
    for (const workspace::CatalogRow &r : rows)
        m_products.insert(r.skuId, r.properties.isEmpty() ? r.title : r.title + QStringLiteral(" · ") + r.properties);
    for (const workspace::StockLocation &l : locations)
        m_locations.insert(l.id, workspace::CatalogText::locationLabel(l));
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, Product), index(rowCount() - 1, Location));
}

void StockHistoryModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const workspace::StockAdjustment &a : std::as_const(m_all))
        if (m_sku == 0 || a.skuId == m_sku)
            m_shown.append(a);
    endResetModel();
}

const workspace::StockAdjustment *StockHistoryModel::adjustmentAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int StockHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int StockHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockHistoryModel::data(const QModelIndex &index, int role) const
{
    const workspace::StockAdjustment *a = adjustmentAt(index.row());
    if (!a)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Requested:
            return workspace::OrderText::time(a->requestedMs);
        case By:
            return a->actor;
        case Product:
            return m_products.value(a->skuId, tr("SKU %1").arg(a->skuId));
        case Location:
            return m_locations.value(a->locationId, tr("Location %1").arg(a->locationId));
        case Before:
            return QString::number(a->before);
        case After:
            return QString::number(a->after);
        case State:
            return workspace::CatalogText::adjustmentState(a->state);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == State && !a->note.isEmpty())
        return a->note;
    if (role == Qt::BackgroundRole && index.column() == State) {
        if (a->state == u"pending")
            return pendingStockBackground();
        if (a->state == u"conflict" || a->state == u"rejected")
            return lowStockBackground();
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Before || index.column() == After))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StockHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Requested:
        return tr("Requested");
    case By:
        return tr("By");
    case Product:
        return tr("Product");
    case Location:
        return tr("Location");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case State:
        return tr("Platform");
    default:
        return {};
    }
}

} // namespace mc::ui
