#include "app/protocol/settlementterms.h"

#include "app/core/checkedmath.h"
#include "app/protocol/toptime.h"

namespace mc::protocol {

std::optional<std::int64_t> commissionFen(std::int64_t grossFen, std::int64_t basisPoints)
{
    std::int64_t product = 0;
    if (grossFen < 0 || basisPoints < 0 || basisPoints > 10'000 || !core::checkedMul(grossFen, basisPoints, product) ||
        !core::checkedAdd(product, 5'000, product))
        return std::nullopt;
    return product / 10'000;
}

std::int64_t settlementDueMs(std::int64_t redeemedMs)
{
    constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
    return beijingDayStartMs(redeemedMs) + kDayMs + kSettlementHourMs;
}

} // namespace mc::protocol
