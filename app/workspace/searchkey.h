// The rowid of an order's row in the search index (cache migration 0008): its place in the
// Orders list, created_ms * kSearchSlots + slot. Reading the index by rowid descending visits
// orders by created_ms descending; orders of one millisecond share a range of kSearchSlots
// rowids, each in its own slot (tid % kSearchSlots, or the next free one). TOP's times are to
// the second, so a brand's peak puts thousands of orders into one "millisecond": 2^20 slots.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>

namespace mc::workspace {

inline constexpr std::int64_t kSearchSlots = std::int64_t(1) << 20;

// The first rowid of the millisecond `createdMs` (times outside 0 .. 2^42, the year 2109, share
// the ends).
constexpr std::int64_t searchKeyFloor(std::int64_t createdMs)
{
    constexpr std::int64_t kLastMs = std::int64_t(1) << 42;
    return std::clamp<std::int64_t>(createdMs, 0, kLastMs) * kSearchSlots;
}

constexpr std::int64_t searchKeyCeiling(std::int64_t createdMs)
{
    return searchKeyFloor(createdMs) + kSearchSlots - 1;
}

// The slot an order takes when it is free.
constexpr std::int64_t preferredSearchSlot(std::int64_t tid)
{
    return ((tid % kSearchSlots) + kSearchSlots) % kSearchSlots;
}

} // namespace mc::workspace
