// Validation of a campaign before it is saved or published, with messages a merchant can act
// on (translated, context mc::campaigns::CampaignValidation): a discount above the price, a
// window in the past, two campaigns overlapping on the same SKU and reach, a budget below one
// use, an empty store or product choice.
#pragma once

#include "app/campaigns/campaignspec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>

namespace mc::campaigns {

struct ValidationIssue
{
    QString code;    // stable: "name", "discount-above-price", "window-past", "overlap", "budget-below-use", ...
    QString message; // translated
};

struct CatalogSku
{
    std::int64_t priceFen = 0;
    QString category;
};

struct StorePlace
{
    QString city;
    QString province;
};

struct ValidationContext
{
    std::int64_t nowMs = 0;
    QHash<std::int64_t, CatalogSku> skus;     // the cached catalog
    QHash<std::int64_t, StorePlace> stores;   // the cached stores
    QList<CampaignSpec> others;               // the other campaigns (the one checked is skipped by id)
};

QList<ValidationIssue> validate(const CampaignSpec &campaign, const ValidationContext &context);

// Whether two campaigns could discount the same line: their windows meet, their reaches share
// a channel (and, in store, a store) and their products share a SKU. `sku` receives one shared
// SKU (0 when both cover the whole catalog or categories without a cached SKU).
bool overlaps(const CampaignSpec &a, const CampaignSpec &b, const ValidationContext &context, std::int64_t *sku);

} // namespace mc::campaigns
