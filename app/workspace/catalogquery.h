// CatalogQuery: the Catalog and Stock pages' reads, over a reader connection to cache.sqlite
// and, when given, one to ledger.sqlite (the merchant's thresholds and the stock adjustments
// waiting in or done through the outbox). SKUs are few next to orders (tens of thousands),
// so a filter's rows come at once; the SKU x location matrix is read in blocks of rows.
#pragma once

#include "app/core/result.h"
#include "app/workspace/catalogtypes.h"

#include <QStringList>

namespace mc::storage {
class Database;
}

namespace mc::workspace {

class CatalogQuery
{
public:
    // `ledger` may be null: then every SKU has the default threshold and there is no history.
    CatalogQuery(storage::Database &cache, storage::Database *ledger);

    core::Result<QList<CatalogRow>> rows(const CatalogFilter &filter);
    core::Result<QStringList> categories();
    // The warehouse first, then the stores by province, city and name.
    core::Result<QList<StockLocation>> locations();
    core::Result<StockBlock> stock(const QList<std::int64_t> &skuIds);
    // Newest first; skuId 0: every SKU.
    core::Result<QList<StockAdjustment>> adjustments(std::int64_t skuId, int limit);
    // The default threshold and the SKUs' own (sku 0 is the default).
    core::Result<QHash<std::int64_t, std::int64_t>> thresholds();

private:
    storage::Database &m_cache;
    storage::Database *m_ledger;
};

} // namespace mc::workspace
