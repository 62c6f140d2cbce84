// A campaign: a discount rule the merchant publishes online, in stores, or both.
#pragma once

#include "app/core/money.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace mc::core {

enum class CampaignReach { Online, InStore, Omnichannel };
enum class DiscountKind {
    PercentOff,      // basisPoints off the price (1500 = 15% off)
    AmountOff,       // a fixed amount off each qualifying order
    ThresholdOff,    // "spend threshold, save amount" (满减)
};
enum class CampaignState { Draft, Published, Paused, Ended };

struct Campaign
{
    QString id;             // UUIDv7 text, chosen by the console
    std::int64_t version = 0; // platform version; a write with a stale one is refused
    QString name;
    CampaignReach reach = CampaignReach::Omnichannel;
    DiscountKind discount = DiscountKind::PercentOff;
    int basisPoints = 0;
    Money amountOff;
    Money threshold;
    std::int64_t startsMs = 0;
    std::int64_t endsMs = 0;
    QList<std::int64_t> skuIds;   // empty: whole catalog
    QList<std::int64_t> storeIds; // empty: every store
    CampaignState state = CampaignState::Draft;

    friend bool operator==(const Campaign &, const Campaign &) = default;
};

} // namespace mc::core
