// FunctionClock: "now" from a function, e.g. a platform client's skew-corrected clock
// (PlatformClient::platformNowMs) or a test's sandbox clock.
#pragma once

#include "app/core/clock.h"

#include <functional>
#include <utility>

namespace mc::core {

class FunctionClock final : public Clock
{
public:
    explicit FunctionClock(std::function<std::int64_t()> now) : m_now(std::move(now)) {}
    std::int64_t nowMs() const override { return m_now(); }

private:
    std::function<std::int64_t()> m_now;
};

} // namespace mc::core
