// Window arithmetic for the order history.
#include "app/sync/historyplan.h"

#include <algorithm>

namespace mc::sync {

QList<TimeWindow> uncoveredWindows(std::int64_t fromMs, std::int64_t toMs, QList<TimeWindow> done,
                                   std::int64_t windowMs)
{
    std::sort(done.begin(), done.end(), [](const TimeWindow &a, const TimeWindow &b) { return a.startMs < b.startMs; });
    QList<TimeWindow> gaps;
    std::int64_t cursor = fromMs;
    for (const TimeWindow &w : done) {
        if (w.endMs <= cursor)
            continue;
        if (w.startMs > cursor)
            gaps.append({cursor, std::min(w.startMs, toMs)});
        cursor = std::max(cursor, w.endMs);
        if (cursor >= toMs)
            break;
    }
    if (cursor < toMs)
        gaps.append({cursor, toMs});

    QList<TimeWindow> out;
    for (const TimeWindow &gap : gaps) {
        if (gap.endMs <= gap.startMs)
            continue;
        // Cut from the end so the newest window is complete and the oldest one is short.
        for (std::int64_t end = gap.endMs; end > gap.startMs;) {
            const std::int64_t start = std::max(gap.startMs, end - windowMs);
            out.append({start, end});
            end = start;
        }
    }
    std::sort(out.begin(), out.end(), [](const TimeWindow &a, const TimeWindow &b) { return a.startMs > b.startMs; });
    return out;
}

QList<TimeWindow> splitWindow(const TimeWindow &w, int parts)
{
    QList<TimeWindow> out;
    const std::int64_t seconds = w.lengthMs() / 1000;
    if (parts < 2 || seconds < parts)
        return {w};
    std::int64_t start = w.startMs;
    for (int i = 1; i <= parts; ++i) {
        const std::int64_t end = i == parts ? w.endMs : w.startMs + (seconds * i / parts) * 1000;
        out.append({start, end});
        start = end;
    }
    return out;
}

QString windowMarkerName(const TimeWindow &w)
{
    return kWindowMarkerPrefix + QString::number(w.startMs) + u'-' + QString::number(w.endMs);
}

std::optional<TimeWindow> parseWindowMarker(const QString &name)
{
    if (!name.startsWith(kWindowMarkerPrefix))
        return std::nullopt;
    const QStringView rest = QStringView(name).mid(kWindowMarkerPrefix.size());
    const qsizetype dash = rest.indexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    const TimeWindow w{rest.left(dash).toLongLong(&ok1), rest.mid(dash + 1).toLongLong(&ok2)};
    if (!ok1 || !ok2 || w.endMs <= w.startMs)
        return std::nullopt;
    return w;
}

} // namespace mc::sync
