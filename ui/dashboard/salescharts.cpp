// SalesCharts: series and axes built by salesseries.h, handed to the charts whole; the
// charts redraw at most ten times a second and only what changed.
#include "ui/dashboard/salescharts.h"

#include "ui/charts/timeserieschart.h"
#include "ui/dashboard/dashboardcolors.h"
#include "ui/dashboard/figureformat.h"
#include "ui/dashboard/salesseries.h"
#include "ui/dashboard/sectioncard.h"
#include "ui/page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
// Two pixels per point. TimeSeriesChart allows up to two points per pixel, but Qt Charts
// redraws slowly what it fills: measured on a 560 px plot, an area under 1,400 points took
// 5 ms to update and draw when smooth and 77 ms when noisy; 350 points 2.6 and 16 ms.
constexpr int kPixelsPerPoint = 2;
constexpr int kMinPoints = 60;

std::int64_t maxOf(const QList<QPointF> &points)
{
    double top = 0;
    for (const QPointF &p : points)
        top = std::max(top, p.y());
    return static_cast<std::int64_t>(top + 0.5);
}
} // namespace

SalesCharts::SalesCharts(QWidget *parent) : QWidget(parent)
{
    m_dayCard = new SectionCard(tr("Sales per minute today"), this);
    m_dayCard->setObjectName(u"chart.day"_s);
    m_day = createTimeSeriesChart(m_dayCard);
    m_day->setObjectName(u"chart.day.plot"_s);
    m_day->addSeries(tr("GMV per minute"), accentColor(Accent::Gmv, palette()), TimeSeriesChart::Style::Area);
    m_day->addSeries(tr("Paid orders per minute"), accentColor(Accent::Orders, palette()), TimeSeriesChart::Style::Line,
                     TimeSeriesChart::Axis::Right);
    m_day->setLegendVisible(true);
    m_dayCard->content()->addWidget(m_day, 1);

    m_recentCard = new SectionCard(tr("GMV per second, last 5 minutes (5-second average)"), this);
    m_recentCard->setObjectName(u"chart.recent"_s);
    m_recent = createTimeSeriesChart(m_recentCard);
    m_recent->setObjectName(u"chart.recent.plot"_s);
    m_recent->addSeries(tr("GMV per second"), accentColor(Accent::Online, palette()), TimeSeriesChart::Style::Area);
    m_recent->setAxis(TimeSeriesChart::Axis::X, recentAxis());
    m_recentCard->content()->addWidget(m_recent, 1);

    for (TimeSeriesChart *chart : {m_day, m_recent})
        chart->setMinimumHeight(180);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_dayCard, 3);
    layout->addWidget(m_recentCard, 2);
}

SalesCharts::~SalesCharts() = default;

void SalesCharts::showSnapshot(const metrics::DaySnapshot &s, const FigureFormat &format)
{
    // The current minute is still filling; plotting it would look like a sudden drop.
    const int minutes = currentMinute(s);
    m_day->setAxis(TimeSeriesChart::Axis::X, dayAxis(minutes));
    // Half a point per pixel: plenty for a curve, and cheap to redraw (see kPixelsPerPoint).
    const int points = std::max(kMinPoints, m_day->plotWidth() / kPixelsPerPoint);
    const QList<QPointF> gmv = minuteSeries(s.gmvPerMinute, minutes, points);
    const QList<QPointF> orders = minuteSeries(s.ordersPerMinute, minutes, points);
    m_day->setAxis(TimeSeriesChart::Axis::Left, valueAxis(maxOf(gmv), Quantity::Money, format));
    m_day->setAxis(TimeSeriesChart::Axis::Right, valueAxis(maxOf(orders), Quantity::Count, format));
    m_day->setPoints(DayGmv, gmv);
    m_day->setPoints(DayOrders, orders);

    const QList<QPointF> recent = secondSeries(s.gmvPerSecond);
    m_recent->setAxis(TimeSeriesChart::Axis::Left, valueAxis(maxOf(recent), Quantity::Money, format));
    m_recent->setPoints(0, recent);
}

void SalesCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_day->setSeriesColor(DayGmv, accentColor(Accent::Gmv, palette()));
        m_day->setSeriesColor(DayOrders, accentColor(Accent::Orders, palette()));
        m_recent->setSeriesColor(0, accentColor(Accent::Online, palette()));
    }
    QWidget::changeEvent(event);
}

void SalesCharts::setTypeScale(qreal scale)
{
    for (SectionCard *card : {m_dayCard, m_recentCard})
        card->setTypeScale(scale);
    for (TimeSeriesChart *chart : {m_day, m_recent}) {
        setFontScale(chart, scale, false);
        chart->setMinimumHeight(static_cast<int>(180 * scale));
    }
}

} // namespace mc::ui
