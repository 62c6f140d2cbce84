// What a campaign takes off one order: a pure function of the campaign and the order's
// qualifying lines, shared by the rehearsal and the live figures. Integer fen throughout;
// the order's discount is shared out over its lines so per-SKU figures add up exactly.
#pragma once

#include "app/campaigns/campaignspec.h"

#include <cstdint>
#include <span>

namespace mc::campaigns {

struct QualifyingLine
{
    std::int64_t units = 0;      // 1 .. kMaxUnits
    std::int64_t paymentFen = 0; // what the buyer paid for the line, 0 .. kMaxLineFen
};

inline constexpr std::int64_t kMaxUnits = 1'000'000;
inline constexpr std::int64_t kMaxLineFen = 1'000'000'000'000; // 10^12 fen, as order validation

// The order's discount in fen, never more than the qualifying spend. `perLine` (as many as
// `lines`) receives each line's share: proportional to its payment, rounded down, the rest
// to the first line with the largest payment; the shares add up to the result.
std::int64_t orderDiscount(const CampaignSpec &campaign, std::span<const QualifyingLine> lines,
                           std::span<std::int64_t> perLine);

// The smallest discount one qualifying use can give (budget check): one step, one voucher, ...
// 0 when it cannot be known without an order (percent off, fixed price).
std::int64_t oneUseCost(const CampaignSpec &campaign);

} // namespace mc::campaigns
