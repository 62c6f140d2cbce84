// Settlement terms both sides agree on (docs/platform-api.md, mc.settlements.get): a
// redemption is paid at face value x consume_num minus a commission in basis points,
// rounded half up to the fen, at 02:00 Beijing time of the day after its Beijing day.
#pragma once

#include <cstdint>
#include <optional>

namespace mc::protocol {

inline constexpr std::int64_t kSettlementHourMs = 2LL * 3600 * 1000; // 02:00 Beijing time

// floor((gross * bp + 5000) / 10000) for gross >= 0 and bp in 0..10000; nullopt when out of
// range or when the product does not fit in 64 bits.
std::optional<std::int64_t> commissionFen(std::int64_t grossFen, std::int64_t basisPoints);
// When the platform settles a redemption redeemed at `redeemedMs` (UTC ms), on time.
std::int64_t settlementDueMs(std::int64_t redeemedMs);

} // namespace mc::protocol
