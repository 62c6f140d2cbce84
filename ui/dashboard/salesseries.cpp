// Chart point and axis builders. Bucket averages are plot coordinates, not money sums.
#include "ui/dashboard/salesseries.h"

#include "ui/dashboard/figureformat.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
constexpr int kTicksWanted = 4;
constexpr int kRecentMinutes = metrics::kSecondsShown / 60;
} // namespace

QList<QPointF> minuteSeries(const std::array<std::int64_t, metrics::kMinutesPerDay> &perMinute, int minutes,
                            int maxPoints)
{
    minutes = std::clamp(minutes, 0, metrics::kMinutesPerDay);
    const int bucket = std::max(1, (minutes + std::max(1, maxPoints) - 1) / std::max(1, maxPoints));
    QList<QPointF> points;
    points.reserve(minutes / bucket + 1);
    for (int start = 0; start < minutes; start += bucket) {
        const int end = std::min(minutes, start + bucket);
        std::int64_t sum = 0;
        for (int m = start; m < end; ++m)
            sum += perMinute[static_cast<size_t>(m)];
        points.append({static_cast<double>(start), static_cast<double>(sum) / (end - start)});
    }
    return points;
}

QList<QPointF> secondSeries(const QList<std::int64_t> &perSecond, int bucket)
{
    bucket = std::max(1, bucket);
    QList<QPointF> points;
    const auto count = perSecond.size();
    points.reserve(count / bucket + 1);
    for (qsizetype end = count; end > 0; end -= bucket) { // newest bucket first, then reversed
        const qsizetype start = std::max<qsizetype>(0, end - bucket);
        std::int64_t sum = 0;
        for (qsizetype i = start; i < end; ++i)
            sum += perSecond.at(i);
        points.prepend({static_cast<double>(end - count), static_cast<double>(sum) / static_cast<double>(end - start)});
    }
    return points;
}

int currentMinute(const metrics::DaySnapshot &snapshot)
{
    const std::int64_t minute = (snapshot.asOfMs - snapshot.dayStartMs) / 60'000;
    return static_cast<int>(std::clamp<std::int64_t>(minute, 0, metrics::kMinutesPerDay - 1));
}

AxisSpec dayAxis(int currentMinute)
{
    struct Span
    {
        int minutes;
        int tickMinutes;
    };
    constexpr Span kSpans[] = {{60, 10}, {120, 20}, {180, 30}, {360, 60}, {720, 120}, {1440, 180}};
    Span span = kSpans[std::size(kSpans) - 1];
    for (const Span &candidate : kSpans) {
        if (candidate.minutes >= currentMinute + currentMinute / 8 + 5) { // some room on the right
            span = candidate;
            break;
        }
    }
    AxisSpec axis{0, static_cast<double>(span.minutes), {}, true};
    for (int minute = span.tickMinutes; minute <= span.minutes; minute += span.tickMinutes)
        axis.ticks.append({static_cast<double>(minute),
                           u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'))});
    return axis;
}

AxisSpec recentAxis()
{
    AxisSpec axis{-static_cast<double>(metrics::kSecondsShown - kSecondsAveraged), 0, {}, true};
    for (int minute = kRecentMinutes - 1; minute >= 1; --minute)
        axis.ticks.append({-60.0 * minute, QCoreApplication::translate("mc::ui::SalesSeries", "-%1 min").arg(minute)});
    axis.ticks.append({0, QCoreApplication::translate("mc::ui::SalesSeries", "now")});
    return axis;
}

std::int64_t niceStep(std::int64_t maxValue, int targetTicks)
{
    const std::int64_t raw = std::max<std::int64_t>(1, (maxValue + targetTicks - 1) / targetTicks);
    std::int64_t magnitude = 1;
    while (magnitude <= raw / 10)
        magnitude *= 10;
    for (std::int64_t factor : {1, 2, 5, 10})
        if (factor * magnitude >= raw)
            return factor * magnitude;
    return 10 * magnitude;
}

AxisSpec valueAxis(std::int64_t maxValue, Quantity quantity, const FigureFormat &format)
{
    const std::int64_t floor = quantity == Quantity::Money ? 10'000 : 10; // ¥100, or 10 orders
    const std::int64_t step = niceStep(std::max(maxValue, floor), kTicksWanted);
    const std::int64_t top = std::max<std::int64_t>(step, (std::max(maxValue, floor) + step - 1) / step * step);
    AxisSpec axis{0, static_cast<double>(top), {}, quantity == Quantity::Count || !format.moneyMasked()};
    for (std::int64_t v = step; v <= top; v += step) {
        // Masked money keeps its gridlines; the hidden labels only need to be distinct.
        const QString label = quantity == Quantity::Count ? format.compactCount(v)
                              : format.moneyMasked()      ? QString::number(v)
                                                          : format.compactMoney(v);
        axis.ticks.append({static_cast<double>(v), label});
    }
    return axis;
}

} // namespace mc::ui
