#include "app/campaigns/campaignchoices.h"

#include "app/workspace/catalogquery.h"

namespace mc::campaigns {

core::Result<CampaignChoices> readCampaignChoices(storage::Database &cache)
{
    workspace::CatalogQuery query(cache, nullptr);
    auto skus = query.rows({});
    if (!skus)
        return skus.error();
    auto categories = query.categories();
    if (!categories)
        return categories.error();
    auto locations = query.locations();
    if (!locations)
        return locations.error();
    CampaignChoices out;
    out.skus = std::move(skus).value();
    out.categories = std::move(categories).value();
    for (const workspace::StockLocation &l : locations.value())
        if (l.kind == u"store")
            out.stores.append(l);
    return out;
}

} // namespace mc::campaigns
