// The singles-day curve over Beijing time of day.
#include "sandbox/trafficcurve.h"

#include "app/protocol/toptime.h"

#include <algorithm>
#include <cmath>

namespace mc::sandbox {

double TrafficCurve::factor(std::int64_t utcMs) const
{
    switch (m_scenario) {
    case Scenario::Idle:
    case Scenario::Frozen:
        return 0.0;
    case Scenario::Steady:
        return 1.0;
    case Scenario::SinglesDay:
        break;
    }
    const double hour = static_cast<double>(utcMs - protocol::beijingDayStartMs(utcMs)) / 3'600'000.0;
    // Night trough around 4-6 am, a plateau through the working day.
    const double daytime = 0.05 + 0.17 * std::clamp((std::sin((hour - 9.0) / 24.0 * 2.0 * M_PI) + 0.6) / 1.6, 0.0, 1.0);
    const double surge = 0.9 * std::exp(-hour * 60.0 / 12.0);                     // the first minutes of 11.11
    const double evening = 0.35 * std::exp(-std::pow((hour - 21.0) / 1.5, 2.0));  // after-dinner shopping
    const double lastCall = 0.25 * std::exp(-std::pow((hour - 23.7) / 0.3, 2.0)); // the final hour's rush
    return std::clamp(daytime + surge + evening + lastCall, 0.0, 1.0);
}

} // namespace mc::sandbox
