// UUIDv7 (RFC 9562): time-ordered local ids, so new rows append to the end of B-trees.
#pragma once

#include "app/core/clock.h"

#include <QUuid>

#include <cstdint>
#include <mutex>

namespace mc::core {

class Uuid7Generator
{
public:
    explicit Uuid7Generator(const Clock &clock = SystemClock::instance()) : m_clock(clock) {}

    // Strictly increasing within one generator, even inside one millisecond.
    QUuid next();

    static std::int64_t timestampMs(const QUuid &id);
    static bool isUuid7(const QUuid &id);

private:
    const Clock &m_clock;
    std::mutex m_mutex;
    std::int64_t m_lastMs = -1;
    std::uint16_t m_counter = 0; // the 12-bit rand_a field, used as a monotonic counter
};

} // namespace mc::core
