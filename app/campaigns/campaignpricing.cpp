#include "app/campaigns/campaignpricing.h"

#include <algorithm>

namespace mc::campaigns {

namespace {

__extension__ using Int128 = __int128; // GCC/Clang: exact intermediates of a*b/c

void shareOut(std::int64_t discount, std::span<const QualifyingLine> lines, std::int64_t total,
              std::span<std::int64_t> perLine)
{
    std::int64_t given = 0;
    std::size_t largest = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        perLine[i] = total > 0 ? static_cast<std::int64_t>(static_cast<Int128>(discount) * lines[i].paymentFen / total)
                               : 0;
        given += perLine[i];
        if (lines[i].paymentFen > lines[largest].paymentFen)
            largest = i;
    }
    if (!lines.empty())
        perLine[largest] += discount - given;
}

} // namespace

std::int64_t orderDiscount(const CampaignSpec &c, std::span<const QualifyingLine> lines, std::span<std::int64_t> perLine)
{
    std::int64_t spend = 0;
    for (const QualifyingLine &l : lines)
        spend += l.paymentFen; // lines are validated: at most a few times 10^12
    std::int64_t discount = 0;
    switch (c.type) {
    case CampaignType::ThresholdOff:
        discount = c.thresholdFen > 0 ? (spend / c.thresholdFen) * c.amountFen : 0;
        break;
    case CampaignType::PercentOff:
        discount = static_cast<std::int64_t>((static_cast<Int128>(spend) * c.basisPoints + 5'000) / 10'000);
        break;
    case CampaignType::FixedPrice: {
        std::int64_t total = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Int128 atFixed = static_cast<Int128>(c.fixedPriceFen) * lines[i].units;
            perLine[i] = atFixed >= lines[i].paymentFen ? 0 : lines[i].paymentFen - static_cast<std::int64_t>(atFixed);
            total += perLine[i];
        }
        return total;
    }
    case CampaignType::Voucher:
        discount = spend > 0 && spend >= c.thresholdFen ? std::min(c.faceValueFen, spend) : 0;
        break;
    }
    discount = std::clamp<std::int64_t>(discount, 0, spend);
    shareOut(discount, lines, spend, perLine);
    return discount;
}

std::int64_t oneUseCost(const CampaignSpec &c)
{
    switch (c.type) {
    case CampaignType::ThresholdOff:
        return c.amountFen;
    case CampaignType::Voucher:
        return c.faceValueFen;
    case CampaignType::PercentOff:
    case CampaignType::FixedPrice:
        return 0;
    }
    return 0;
}

} // namespace mc::campaigns
