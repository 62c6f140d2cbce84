// Stock-out risk: SKUs whose stock at a location runs out soonest at the current sales
// rate (stock divided by units sold per hour), most urgent first.
#pragma once

#include "app/metrics/daysnapshot.h"
#include "ui/dashboard/snapshottablemodel.h"

#include <QColor>

namespace mc::ui {

class StockRiskTableModel final : public SnapshotTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockRiskTableModel)

public:
    enum Column { Product, Location, Stock, Rate, SellsOutIn, ColumnCount };
    static constexpr double kCriticalHours = 1.0;
    static constexpr double kSoonHours = 4.0;

    explicit StockRiskTableModel(QObject *parent = nullptr);
    ~StockRiskTableModel() override;

    void setRisks(const QList<metrics::StockRisk> &risks, int limit);
    // Text colours for critical (sold out within kCriticalHours) and soon rows.
    void setUrgencyColours(const QColor &critical, const QColor &soon);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> moneyColumns() const override { return {}; }

private:
    QVariant display(const metrics::StockRisk &row, int column) const;

    QList<metrics::StockRisk> m_rows;
    QColor m_critical;
    QColor m_soon;
};

} // namespace mc::ui
