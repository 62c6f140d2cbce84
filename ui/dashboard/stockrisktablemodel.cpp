// StockRiskTableModel: times to sell out in platform time, coloured by urgency.
#include "ui/dashboard/stockrisktablemodel.h"

#include "ui/dashboard/figureformat.h"

#include <algorithm>

namespace mc::ui {

StockRiskTableModel::StockRiskTableModel(QObject *parent) : SnapshotTableModel(parent) {}

StockRiskTableModel::~StockRiskTableModel() = default;

void StockRiskTableModel::setRisks(const QList<metrics::StockRisk> &risks, int limit)
{
    QList<metrics::StockRisk> sorted = risks;
    for (metrics::StockRisk &r : sorted)
        r.hoursLeft = r.quantity > 0 ? r.hoursLeft : 0.0; // sold out: most urgent
    // The service sends them most urgent first; sort anyway, the view relies on it.
    std::stable_sort(sorted.begin(), sorted.end(), [](const metrics::StockRisk &a, const metrics::StockRisk &b) {
        return a.hoursLeft < b.hoursLeft;
    });
    if (sorted.size() > limit)
        sorted.resize(limit);
    replaceRows(m_rows, std::move(sorted));
}

void StockRiskTableModel::setUrgencyColours(const QColor &critical, const QColor &soon)
{
    if (critical == m_critical && soon == m_soon)
        return;
    m_critical = critical;
    m_soon = soon;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

int StockRiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StockRiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockRiskTableModel::display(const metrics::StockRisk &row, int column) const
{
    const FigureFormat format;
    switch (column) {
    case Product:
        return row.title;
    case Location:
        return row.locationName.isEmpty() ? tr("Location %1").arg(row.locationId) : row.locationName;
    case Stock:
        return format.count(row.quantity);
    case Rate:
        return QLocale().toString(row.unitsPerHour, 'f', row.unitsPerHour < 10 ? 1 : 0);
    case SellsOutIn:
        if (row.quantity <= 0)
            return tr("Sold out");
        return format.duration(static_cast<std::int64_t>(row.hoursLeft * 3'600'000.0));
    }
    return {};
}

QVariant StockRiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const metrics::StockRisk &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Product
                   ? QVariant(tr("%1 (SKU %2)\n%3: %4 in stock, %5 sold per hour")
                                  .arg(row.title)
                                  .arg(row.skuId)
                                  .arg(display(row, Location).toString(), display(row, Stock).toString(),
                                       display(row, Rate).toString()))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Stock ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SellsOutIn && row.hoursLeft < kCriticalHours && m_critical.isValid())
            return m_critical;
        if (index.column() == SellsOutIn && row.hoursLeft < kSoonHours && m_soon.isValid())
            return m_soon;
        return {};
    case kRawValueRole:
        switch (index.column()) {
        case Product:
            return row.title;
        case Location:
            return row.locationName;
        case Stock:
            return static_cast<qlonglong>(row.quantity);
        case Rate:
            return row.unitsPerHour;
        case SellsOutIn:
            return row.hoursLeft;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant StockRiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Stock ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Location:
        return tr("Location");
    case Stock:
        return tr("Stock");
    case Rate:
        return tr("Sold / h");
    case SellsOutIn:
        return tr("Sells out in");
    }
    return {};
}

} // namespace mc::ui
