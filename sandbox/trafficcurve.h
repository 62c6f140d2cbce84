// The shape of a day of orders: 11.11's midnight surge, its decay through the night, steady
// daytime buying and the evening bump and last-hour rush; or a flat rate. Values are the
// share of the configured peak rate at a given sandbox time.
#pragma once

#include "sandbox/sandboxconfig.h"

#include <cstdint>

namespace mc::sandbox {

class TrafficCurve
{
public:
    explicit TrafficCurve(Scenario scenario) : m_scenario(scenario) {}
    // 0..1: the share of the peak rate at utcMs.
    double factor(std::int64_t utcMs) const;

private:
    Scenario m_scenario;
};

} // namespace mc::sandbox
