// Clock implementations.
#include "app/core/clock.h"

#include <cmath>

namespace mc::core {

std::int64_t SystemClock::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

ScaledClock::ScaledClock(const Clock &base, std::int64_t simulatedStartMs, double factor)
    : m_base(base), m_baseStartMs(base.nowMs()), m_simulatedStartMs(simulatedStartMs), m_factor(factor)
{
}

std::int64_t ScaledClock::nowMs() const
{
    const auto elapsed = static_cast<double>(m_base.nowMs() - m_baseStartMs);
    return m_simulatedStartMs + static_cast<std::int64_t>(std::llround(elapsed * m_factor));
}

} // namespace mc::core
