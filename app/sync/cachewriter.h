// CacheWriter: the single writer of cache.sqlite. Upserts what the platform sent (orders
// with their lines and rollup deltas, catalog, stock, locations) and the sync cursors,
// always inside a transaction the caller owns, so rows and cursors commit together.
#pragma once

#include "app/core/catalog.h"
#include "app/core/location.h"
#include "app/core/order.h"
#include "app/core/stock.h"
#include "app/storage/database.h"
#include "app/core/rollupdelta.h"

#include <QHash>
#include <QList>

#include <optional>

namespace mc::sync {

struct OrderBatchResult
{
    int inserted = 0;
    int updated = 0;
    int stale = 0;        // older than what the cache already has: ignored
    core::RollupDelta rollups;  // what the batch changed in rollup_minute
    std::int64_t newestModifiedMs = 0;
};

class CacheWriter
{
public:
    explicit CacheWriter(storage::Database &db) : m_db(db) {}
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    core::Status prepare();

    core::Result<OrderBatchResult> applyOrders(const QList<core::Order> &orders);
    core::Status applyProducts(const QList<core::Product> &products);
    // Returns the levels that were newer than the cache (and so were applied).
    core::Result<QList<core::StockLevel>> applyStockLevels(const QList<core::StockLevel> &levels);
    core::Status applyLocations(const QList<core::Location> &locations);

    core::Status setCursor(const QString &name, const QString &value, std::int64_t nowMs);
    core::Result<std::optional<QString>> cursor(const QString &name);

    storage::Database &database() { return m_db; }

private:
    core::Result<std::optional<core::OrderFacts>> storedFacts(std::int64_t tid, std::int64_t &modifiedMs);
    core::OrderFacts factsOf(const core::Order &order) const;
    core::Status writeOrder(const core::Order &order);
    core::Status writeRollups(const core::RollupDelta &delta);

    storage::Database &m_db;
    QHash<std::int64_t, QString> m_categories; // num_iid -> category
    storage::Statement m_selectOrder, m_selectLines, m_upsertOrder, m_upsertLine, m_upsertRollup, m_upsertSkuHour, m_existing;
    storage::Statement m_upsertItem, m_upsertSku, m_upsertStock, m_upsertLocation, m_setCursor, m_getCursor;
};

} // namespace mc::sync
