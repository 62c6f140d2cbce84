// Per-campaign live figures from the cache's campaign_days (cache migration 8: summed from
// the promotion_details of the synced trades), joined with the budgets and windows of the
// campaigns this console edits (ledger). Used by the Campaigns page (CampaignDesk) and the
// dashboard (DashboardService), each on its own thread and connections.
#pragma once

#include "app/core/campaignday.h"
#include "app/core/result.h"

#include <QList>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

// Campaigns with orders today, or published and live now (ledger given), by today's
// discount cost, largest first, then by name. `ledger` may be null (no local campaigns).
core::Result<QList<core::CampaignToday>> campaignsToday(storage::Database &cache, storage::Database *ledger,
                                                        std::int64_t nowMs);

} // namespace mc::campaigns
