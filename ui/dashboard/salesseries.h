// What the dashboard's charts plot: per-minute figures of the day (averaged into buckets
// so a series never carries more than about two points per pixel), the last minutes per
// second, and axes with "nice" ticks computed in integers.
#pragma once

#include "app/metrics/daysnapshot.h"
#include "ui/charts/timeserieschart.h"

namespace mc::ui {

class FigureFormat;

// Minutes 0 .. minutes-1 of the day (the current, unfinished minute left out by the caller),
// x in minutes since midnight, y per minute.
QList<QPointF> minuteSeries(const std::array<std::int64_t, metrics::kMinutesPerDay> &perMinute, int minutes,
                            int maxPoints);
// GMV per second averaged over buckets of `bucket` seconds, counted back from the newest
// second: x is the bucket's last second relative to it (-295, -290 ... 0). Sales arrive in
// batches (the sync thread commits every 100 ms, several simulated seconds in the demo), so
// single seconds read as noise; and a jagged series is what costs Qt Charts the most.
inline constexpr int kSecondsAveraged = 5;
QList<QPointF> secondSeries(const QList<std::int64_t> &perSecond, int bucket = kSecondsAveraged);
// The minute of the day the snapshot was taken in (0 .. 1439).
int currentMinute(const metrics::DaySnapshot &snapshot);

// From midnight to a little past the current minute, in steps (1, 2, 3, 6, 12 or 24 hours)
// so the day's curve fills the chart early on; ticks fit the span (every 10 min ... 3 h).
AxisSpec dayAxis(int currentMinute);
// The last five minutes, a tick a minute, ending "now".
AxisSpec recentAxis();
// 0 to a rounded-up maximum with three to five ticks; money in fen, else counts.
enum class Quantity { Money, Count };
AxisSpec valueAxis(std::int64_t maxValue, Quantity quantity, const FigureFormat &format);
// The step of that axis: 1, 2 or 5 times a power of ten.
std::int64_t niceStep(std::int64_t maxValue, int targetTicks);

} // namespace mc::ui
