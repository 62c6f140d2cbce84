// One campaign's live figures as the platform applied it (the trades' promotion_details):
// today's orders and discount cost online and in store, the cost to date against the budget.
// Plain values for the Campaigns page and the dashboard's Campaigns tile.
#pragma once

#include <QString>

#include <cstdint>

namespace mc::core {

struct CampaignChannelToday
{
    std::int64_t orders = 0;      // paid today (Beijing day), not closed
    std::int64_t discountFen = 0; // what the campaign took off them

    friend bool operator==(const CampaignChannelToday &, const CampaignChannelToday &) = default;
};

struct CampaignToday
{
    QString campaignId;
    QString name;
    CampaignChannelToday online;
    CampaignChannelToday inStore;
    std::int64_t costToDateFen = 0; // every day so far, both channels
    std::int64_t budgetFen = 0;     // 0: no cap, or not a campaign this console edits
    bool live = false;              // its window holds now (campaigns this console edits)

    std::int64_t ordersToday() const { return online.orders + inStore.orders; }
    std::int64_t discountTodayFen() const { return online.discountFen + inStore.discountFen; }

    friend bool operator==(const CampaignToday &, const CampaignToday &) = default;
};

} // namespace mc::core
