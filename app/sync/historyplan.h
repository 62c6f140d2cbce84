// Planning the order-history download: which time windows still need reading, given the
// windows already committed. Done windows are recorded as cursor rows in the same
// transaction as their last page, so after a crash only unfinished windows are read again.
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mc::sync {

struct TimeWindow
{
    std::int64_t startMs = 0; // inclusive
    std::int64_t endMs = 0;   // exclusive
    std::int64_t lengthMs() const { return endMs - startMs; }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

// The parts of [fromMs, toMs) not covered by `done`, cut into windows of at most
// `windowMs` aligned to whole seconds, newest first (today matters most to a merchant).
QList<TimeWindow> uncoveredWindows(std::int64_t fromMs, std::int64_t toMs, QList<TimeWindow> done,
                                   std::int64_t windowMs);

// Cuts [w.start, w.end) into `parts` windows on whole seconds.
QList<TimeWindow> splitWindow(const TimeWindow &w, int parts);

inline const QString kWindowMarkerPrefix = QStringLiteral("orders.window.");
QString windowMarkerName(const TimeWindow &w);
std::optional<TimeWindow> parseWindowMarker(const QString &name);

} // namespace mc::sync
