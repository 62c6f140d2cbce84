// Throttling shared by every chart implementation: pending points and axes are flushed on
// a single-shot timer, at most kMaxUpdatesPerSecond times a second, only when changed.
#include "ui/charts/timeserieschart.h"

#include <algorithm>

namespace mc::ui {

namespace {
constexpr int kMinFlushIntervalMs = 1000 / TimeSeriesChart::kMaxUpdatesPerSecond;
constexpr int kMinPoints = 64;

int axisIndex(TimeSeriesChart::Axis axis)
{
    return static_cast<int>(axis);
}
} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent) : QWidget(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TimeSeriesChart::flush);
}

TimeSeriesChart::~TimeSeriesChart() = default;

int TimeSeriesChart::maxPoints() const
{
    return std::max(kMinPoints, 2 * plotWidth());
}

void TimeSeriesChart::seriesAdded()
{
    m_series.append(Slot{});
}

void TimeSeriesChart::setPoints(int series, QList<QPointF> points)
{
    if (series < 0 || series >= m_series.size())
        return;
    Slot &slot = m_series[series];
    slot.dirty = points != slot.shown;
    slot.pending = std::move(points);
    if (slot.dirty)
        scheduleFlush();
}

void TimeSeriesChart::setAxis(Axis axis, AxisSpec spec)
{
    AxisSlot &slot = m_axes[axisIndex(axis)];
    slot.dirty = spec != slot.shown;
    slot.pending = std::move(spec);
    if (slot.dirty)
        scheduleFlush();
}

AxisSpec TimeSeriesChart::axis(Axis axis) const
{
    const AxisSlot &slot = m_axes[axisIndex(axis)];
    return slot.dirty ? slot.pending : slot.shown;
}

QList<QPointF> TimeSeriesChart::points(int series) const
{
    if (series < 0 || series >= m_series.size())
        return {};
    const Slot &slot = m_series.at(series);
    return slot.dirty ? slot.pending : slot.shown;
}

int TimeSeriesChart::pointUpdates(int series) const
{
    return series >= 0 && series < m_series.size() ? m_series.at(series).updates : 0;
}

void TimeSeriesChart::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kMinFlushIntervalMs;
    m_flushTimer.start(static_cast<int>(std::max<qint64>(0, kMinFlushIntervalMs - since)));
}

void TimeSeriesChart::flush()
{
    m_sinceFlush.start();
    // Axes first, so new points never show for a moment against the old scale.
    for (Axis axis : {Axis::X, Axis::Left, Axis::Right}) {
        AxisSlot &slot = m_axes[axisIndex(axis)];
        if (!slot.dirty)
            continue;
        slot.dirty = false;
        slot.shown = slot.pending;
        applyAxis(axis, slot.shown);
    }
    for (int i = 0; i < m_series.size(); ++i) {
        Slot &slot = m_series[i];
        if (!slot.dirty)
            continue;
        slot.dirty = false;
        slot.shown = std::move(slot.pending);
        slot.pending = {};
        ++slot.updates;
        applyPoints(i, slot.shown);
    }
}

} // namespace mc::ui
