// RankedTableModel: formatted text for display, raw integers under kRawValueRole.
#include "ui/dashboard/rankedtablemodel.h"

#include "ui/dashboard/figureformat.h"

namespace mc::ui {

RankedTableModel::RankedTableModel(QString nameHeader, QString countHeader, QObject *parent)
    : SnapshotTableModel(parent), m_nameHeader(std::move(nameHeader)), m_countHeader(std::move(countHeader))
{}

RankedTableModel::~RankedTableModel() = default;

void RankedTableModel::setRanking(const QList<metrics::Ranked> &ranking, std::int64_t totalGmvFen, int limit)
{
    QList<Row> next;
    next.reserve(std::min<qsizetype>(limit, ranking.size()));
    for (const metrics::Ranked &r : ranking) {
        if (next.size() >= limit)
            break;
        const std::int64_t share = totalGmvFen > 0 ? r.gmvFen * 10'000 / totalGmvFen : 0;
        next.append({r.label.isEmpty() ? r.key : r.label, r.gmvFen, r.orders, share});
    }
    replaceRows(m_rows, std::move(next));
}

int RankedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RankedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankedTableModel::display(const Row &row, int column, int rank) const
{
    const FigureFormat format(moneyMasked());
    switch (column) {
    case Rank:
        return format.count(rank);
    case Name:
        return row.label;
    case Gmv:
        return format.wholeMoney(row.gmvFen);
    case Count:
        return format.count(row.count);
    case Share:
        return format.share(row.shareBasisPoints, 10'000);
    }
    return {};
}

QVariant RankedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column(), index.row() + 1);
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(row.label) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case kRawValueRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Name:
            return row.label;
        case Gmv:
            return static_cast<qlonglong>(row.gmvFen);
        case Count:
            return static_cast<qlonglong>(row.count);
        case Share:
            return static_cast<qlonglong>(row.shareBasisPoints);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RankedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Name:
        return m_nameHeader;
    case Gmv:
        return tr("GMV");
    case Count:
        return m_countHeader;
    case Share:
        return tr("Share");
    }
    return {};
}

} // namespace mc::ui
