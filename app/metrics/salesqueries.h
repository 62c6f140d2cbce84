// SalesQueries: loads a DaySnapshot from the cache's rollups with a read-only connection.
// Only rollup tables and today's orders are read: never a full scan of all orders.
#pragma once

#include "app/core/location.h"
#include "app/core/result.h"
#include "app/metrics/daysnapshot.h"
#include "app/metrics/salesscope.h"
#include "app/storage/database.h"

#include <QSet>

namespace mc::metrics {

class SalesQueries
{
public:
    explicit SalesQueries(storage::Database &db) : m_db(db) {}

    enum class SlowFigures { Include, Later };
    // Everything from rollups; with Later, buyers stay kNotCounted and stock risks empty
    // until refreshSlowFigures() (a scan of today's orders: up to half a second on 11.11).
    // One read transaction: every figure from the same state of the cache, and the number of
    // the last sync commit in it (loadedCommitSeq).
    core::Result<DaySnapshot> loadDay(const SalesScope &scope, std::int64_t nowMs, int topN = 10,
                                      SlowFigures slow = SlowFigures::Include);
    // The figures that cannot be folded live: distinct buyers and stock-out risk.
    core::Status refreshSlowFigures(const SalesScope &scope, std::int64_t nowMs, DaySnapshot &snapshot, int topN = 20);
    core::Result<QSet<std::int64_t>> warehouseIds();
    core::Result<QList<core::Location>> locations();
    core::Result<QHash<std::int64_t, QString>> skuTitles(const QList<std::int64_t> &skuIds);

private:
    core::Status loadTotals(const QString &where, std::int64_t from, std::int64_t to, DaySnapshot &s, bool yesterday);
    core::Result<QList<Ranked>> ranked(const QString &sql, int topN);
    // Distinct buyers of today's paid orders in scope.
    core::Result<std::int64_t> countBuyers(const SalesScope &scope, std::int64_t dayStartMs);
    core::Status loadRisks(const SalesScope &scope, std::int64_t nowMs, DaySnapshot &s, int topN);

    storage::Database &m_db;
};

} // namespace mc::metrics
