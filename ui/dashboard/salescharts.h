// The dashboard's two charts: GMV and paid orders per minute over the day, and GMV per
// second over the last five minutes, fed from each snapshot through TimeSeriesChart.
#pragma once

#include "app/metrics/daysnapshot.h"

#include <QWidget>

namespace mc::ui {

class FigureFormat;
class SectionCard;
class TimeSeriesChart;

class SalesCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesCharts)

public:
    explicit SalesCharts(QWidget *parent = nullptr);
    ~SalesCharts() override;

    void showSnapshot(const metrics::DaySnapshot &snapshot, const FigureFormat &format);
    void setTypeScale(qreal scale);

    TimeSeriesChart *dayChart() const { return m_day; }
    TimeSeriesChart *recentChart() const { return m_recent; }
    enum DaySeries { DayGmv, DayOrders };

protected:
    void changeEvent(QEvent *event) override;

private:
    SectionCard *m_dayCard = nullptr;
    SectionCard *m_recentCard = nullptr;
    TimeSeriesChart *m_day = nullptr;
    TimeSeriesChart *m_recent = nullptr;
};

} // namespace mc::ui
