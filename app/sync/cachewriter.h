// CacheWriter: the single writer of cache.sqlite. Upserts what the platform sent (orders
// with their lines and rollup deltas, catalog, stock, locations) and the sync cursors,
// always inside a transaction the caller owns, so rows and cursors commit together.
//
// Orders are validated before anything touches the rollups (app/core/ordervalidation.h);
// a trade that fails, or that the decoder already set aside, goes to the quarantine table
// with its JSON and a reason, and the rest of the batch applies as usual. A later version
// of a quarantined trade that passes is applied and leaves the quarantine.
#pragma once

#include "app/core/catalog.h"
#include "app/core/location.h"
#include "app/core/order.h"
#include "app/core/stock.h"
#include "app/storage/database.h"
#include "app/core/rollupdelta.h"
#include "app/sync/promotionwriter.h"
#include "app/sync/rejectedtrade.h"

#include <QHash>
#include <QList>

#include <optional>

namespace mc::sync {

struct OrderBatchResult
{
    int inserted = 0;
    int updated = 0;
    int stale = 0;        // older than what the cache already has: ignored
    int quarantined = 0;  // set aside (by the decoder or here): in the quarantine table now
    int released = 0;     // left the quarantine: a version that passes was applied
    int unknownStatus = 0; // applied orders whose status, new or old, is Unknown
    core::RollupDelta rollups;  // what the batch changed in rollup_minute
    std::int64_t newestModifiedMs = 0;
    std::int64_t oldestInsertedCreatedMs = 0; // 0: nothing inserted
};

// How applyOrders() writes. Batch: every row first, then the summed rollup deltas (fast).
// PerTrade: each trade in a savepoint with its own rollup writes, so a trade that the
// database refuses (an oid another trade owns, a rollup cell that would overflow) is
// quarantined alone. applyOrders() in Batch mode fails with kRetryPerTradeCode for those:
// roll the transaction back and apply the same batch again in PerTrade mode.
enum class ApplyMode { Batch, PerTrade };
inline constexpr auto kRetryPerTradeCode = "sync.cache.retry-per-trade";

class CacheWriter
{
public:
    explicit CacheWriter(storage::Database &db) : m_db(db) {}
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    core::Status prepare();

    // `rejected`: trades the decoder set aside, for the quarantine. nowMs 0: the system clock.
    core::Result<OrderBatchResult> applyOrders(const QList<core::Order> &orders,
                                               const QList<RejectedTrade> &rejected = {}, std::int64_t nowMs = 0,
                                               ApplyMode mode = ApplyMode::Batch);
    // For the sync status: trades in quarantine, cached orders whose status is unknown.
    core::Result<std::int64_t> quarantinedTrades();
    core::Result<std::int64_t> unknownStatusOrders();
    core::Status applyProducts(const QList<core::Product> &products);
    // Returns the levels that were newer than the cache (and so were applied).
    core::Result<QList<core::StockLevel>> applyStockLevels(const QList<core::StockLevel> &levels);
    core::Status applyLocations(const QList<core::Location> &locations);

    core::Status setCursor(const QString &name, const QString &value, std::int64_t nowMs);
    core::Result<std::optional<QString>> cursor(const QString &name);

    storage::Database &database() { return m_db; }

private:
    enum class Outcome { Inserted, Updated, Stale, Refused };
    struct BatchState; // defined in cachewriterorders.cpp

    core::Result<std::optional<core::OrderFacts>> storedFacts(std::int64_t tid, std::int64_t &modifiedMs);
    core::OrderFacts factsOf(const core::Order &order) const;
    core::Status writeOrder(const core::Order &order, const core::OrderFacts *stored);
    core::Status queueDerived(const core::Order &order, const core::OrderFacts *stored);
    core::Status writeRollups(const core::RollupDelta &delta);
    core::Status loadBatchState(const QList<core::Order> &orders, const QList<RejectedTrade> &rejected,
                                BatchState &state);
    core::Result<Outcome> applyOrder(const core::Order &order, BatchState &state, core::RollupDelta &delta,
                                     QString &refusal);
    core::Status applyOrderInSavepoint(const core::Order &order, BatchState &state, OrderBatchResult &result);
    core::Status noteApplied(const core::Order &order, Outcome outcome, BatchState &state, OrderBatchResult &result);
    core::Status setAside(const RejectedTrade &trade, BatchState &state, OrderBatchResult &result);

    storage::Database &m_db;
    PromotionWriter m_promotions{m_db}; // promotion_details, with each order version
    QHash<std::int64_t, QString> m_categories; // num_iid -> category
    storage::Statement m_selectOrder, m_selectLines, m_upsertOrder, m_upsertLine, m_upsertRollup, m_upsertSkuHour, m_existing;
    storage::Statement m_upsertItem, m_upsertSku, m_upsertStock, m_upsertLocation, m_setCursor, m_getCursor;
    storage::Statement m_deleteLine, m_lineOwner, m_quarantinedOf, m_quarantine, m_release;
    storage::Statement m_queueSearch, m_queueDigest, m_clearListColumns;
    // The rows of the order storedFacts() read last, as stored: writeOrder() leaves a line that
    // would not change alone (most feed messages move the status only; an upsert of an equal
    // row still costs a write, its triggers' checks and a statement journal).
    struct StoredLine
    {
        std::int64_t oid, numIid, skuId;
        QString title, category;
        std::int64_t num, priceFen, paymentFen;
        QString refundStatus;
    };
    QList<StoredLine> m_storedLines;
    bool lineUnchanged(const core::OrderLine &line) const;
};

} // namespace mc::sync
