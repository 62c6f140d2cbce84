// What the campaign editor's pickers choose from: the cached catalog's SKUs and categories and
// the cached stores (with their cities and provinces), read through the Catalog page's
// CatalogQuery. SKUs are tens of thousands to 100,000: read once per page, on the desk's thread.
#pragma once

#include "app/core/result.h"
#include "app/workspace/catalogtypes.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

struct CampaignChoices
{
    QList<workspace::CatalogRow> skus;      // by category, title, SKU
    QStringList categories;                 // sorted
    QList<workspace::StockLocation> stores; // kind "store" only, by province, city, name
};

core::Result<CampaignChoices> readCampaignChoices(storage::Database &cache);

} // namespace mc::campaigns

Q_DECLARE_METATYPE(mc::campaigns::CampaignChoices)
