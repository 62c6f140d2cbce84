// A campaign as mc.campaign.save carries it (docs/platform-api.md): the platform knows SKU and
// store lists, not categories, cities or exclusions, so those are resolved against the cached
// catalog and stores when the campaign is published; and the campaign as mc.campaigns.get
// returns it (the "theirs" side of a version conflict).
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <map>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

inline constexpr int kMaxWireSkus = 1000;
inline constexpr int kMaxWireStores = 100;

// The SKUs (empty: the whole catalog) and stores (empty: every store; in-store reach only)
// the platform is to be told, resolved from the cache.
struct WireScope
{
    QList<std::int64_t> skuIds;
    QList<std::int64_t> storeIds;
};
core::Result<WireScope> resolveWireScope(storage::Database &cache, const CampaignSpec &campaign);

// The parameters of mc.campaign.save (without idempotency_key), as text.
std::map<QByteArray, QByteArray> saveParameters(const CampaignSpec &campaign, const WireScope &scope,
                                                std::int64_t expectedVersion, const QByteArray &state);

// A campaign as the platform returned it: what it says, in the console's terms (SKU and store
// lists; no budget or limits, which the platform does not keep).
CampaignSpec fromPlatform(const QJsonObject &campaign);

} // namespace mc::campaigns
