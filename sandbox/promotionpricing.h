// What a published campaign takes off one order on the platform side. The sandbox may not
// link the console's pricing (app/campaigns), so this is its own implementation of the same
// rules (docs/platform-api.md, mc.campaign.save); tst_promotion_pricing checks both agree.
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <span>

namespace mc::sandbox {

struct PromotionRule
{
    QByteArrayView discount; // percent_off, amount_off, threshold_off, fixed_price
    std::int64_t basisPoints = 0;
    std::int64_t amountOffFen = 0; // fixed_price: the price per unit
    std::int64_t thresholdFen = 0;
};

struct PricedLine
{
    std::int64_t units = 0;
    std::int64_t paymentFen = 0; // what the buyer pays for the line before the campaign
};

// The order's discount in fen (0 .. the lines' payments); `perLine` receives each line's
// share, adding up to the result: proportional to the payment, rounded down, the remainder
// on the first line with the largest payment (fixed_price: each line's own difference).
std::int64_t promotionDiscount(const PromotionRule &rule, std::span<const PricedLine> lines,
                               std::span<std::int64_t> perLine);

} // namespace mc::sandbox
