#include "ui/reconcile/reconcileitemsmodel.h"

#include "app/reconcile/reportexport.h"

using namespace Qt::StringLiterals;

namespace mc::ui {

QString resolutionKindLabel(const QString &kind)
{
    if (kind == u"accept")
        return ReconcileItemsModel::tr("Accepted");
    if (kind == u"write-off")
        return ReconcileItemsModel::tr("Written off");
    if (kind == u"dispute")
        return ReconcileItemsModel::tr("Disputed");
    return kind;
}

void ReconcileItemsModel::setReport(const reconcile::DayReport &report, std::optional<reconcile::Category> category)
{
    beginResetModel();
    m_items.clear();
    for (const reconcile::Item &item : report.items)
        if (category ? item.category == *category : item.category != reconcile::Category::Matched)
            m_items.append(item);
    m_resolutions = report.state.resolutions;
    endResetModel();
}

const reconcile::Item *ReconcileItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int ReconcileItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ReconcileItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconcileItemsModel::data(const QModelIndex &index, int role) const
{
    const reconcile::Item *item = itemAt(index.row());
    if (!item)
        return {};
    const bool differs = item->category == reconcile::Category::AmountDiffers ||
                         item->category == reconcile::Category::SettledDifferently;
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Expected ||
                                          index.column() == Found || index.column() == Store))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return item->history.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Category:
        return reconcile::categoryLabel(item->category);
    case Store:
        return QString::number(item->storeId);
    case Serial:
        return item->serial.isEmpty() ? QString::fromLatin1(item->code.left(24)) : item->serial;
    case Redeemed:
        return reconcile::beijingTime(item->redeemedMs);
    case Amount:
        return reconcile::yuan(item->amountFen);
    case Expected:
        return differs ? reconcile::yuan(item->expectedFen) : QString();
    case Found:
        return differs ? reconcile::yuan(item->actualFen) : QString();
    case Detail:
        if (item->category == reconcile::Category::PendingUpload)
            return tr("%1 h waiting. %2").arg(item->ageMs / 3'600'000).arg(item->detail);
        return item->detail;
    case Resolution: {
        const auto it = m_resolutions.constFind(item->key);
        if (it == m_resolutions.cend())
            return item->category == reconcile::Category::Matched ? QString() : tr("Open");
        return tr("%1 by %2: %3").arg(resolutionKindLabel(it->kind), it->actor, it->note);
    }
    default:
        return {};
    }
}

QVariant ReconcileItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    case Store:
        return tr("Store");
    case Serial:
        return tr("Serial");
    case Redeemed:
        return tr("Redeemed");
    case Amount:
        return tr("Amount");
    case Expected:
        return tr("Expected");
    case Found:
        return tr("Found");
    case Detail:
        return tr("Detail");
    case Resolution:
        return tr("Resolution");
    default:
        return {};
    }
}

} // namespace mc::ui
