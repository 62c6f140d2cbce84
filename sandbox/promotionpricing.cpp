// Campaign discounts per order, integer fen with 128-bit intermediates.
#include "sandbox/promotionpricing.h"

#include <algorithm>

namespace mc::sandbox {

namespace {
__extension__ using Wide = __int128;
}

std::int64_t promotionDiscount(const PromotionRule &rule, std::span<const PricedLine> lines,
                               std::span<std::int64_t> perLine)
{
    std::int64_t spend = 0;
    for (const PricedLine &l : lines)
        spend += l.paymentFen;
    std::fill(perLine.begin(), perLine.end(), 0);
    if (rule.discount == "fixed_price") {
        std::int64_t total = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Wide atPrice = static_cast<Wide>(rule.amountOffFen) * lines[i].units;
            if (atPrice < lines[i].paymentFen)
                perLine[i] = lines[i].paymentFen - static_cast<std::int64_t>(atPrice);
            total += perLine[i];
        }
        return total;
    }
    std::int64_t discount = 0;
    if (rule.discount == "threshold_off")
        discount = rule.thresholdFen > 0 ? spend / rule.thresholdFen * rule.amountOffFen : 0;
    else if (rule.discount == "percent_off")
        discount = static_cast<std::int64_t>((static_cast<Wide>(spend) * rule.basisPoints + 5'000) / 10'000);
    else if (rule.discount == "amount_off")
        discount = spend > 0 && spend >= rule.thresholdFen ? std::min(rule.amountOffFen, spend) : 0;
    discount = std::clamp<std::int64_t>(discount, 0, spend);
    if (discount == 0 || lines.empty())
        return discount;
    std::int64_t given = 0;
    std::size_t largest = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        perLine[i] = static_cast<std::int64_t>(static_cast<Wide>(discount) * lines[i].paymentFen / spend);
        given += perLine[i];
        if (lines[i].paymentFen > lines[largest].paymentFen)
            largest = i;
    }
    perLine[largest] += discount - given;
    return discount;
}

} // namespace mc::sandbox
