// Durations in milliseconds, and the rule that every stored time is a whole second (the wire
// carries seconds, so a time read back from the wire compares equal).
#pragma once

#include <cstdint>

namespace mc::sandbox {

inline constexpr std::int64_t kSecond = 1000;
inline constexpr std::int64_t kMinute = 60 * kSecond;
inline constexpr std::int64_t kHour = 60 * kMinute;
inline constexpr std::int64_t kDay = 24 * kHour;

constexpr std::int64_t wholeSecond(std::int64_t ms)
{
    return ms - ms % kSecond;
}

} // namespace mc::sandbox
