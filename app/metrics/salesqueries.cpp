// Rollup queries behind the dashboard.
#include "app/metrics/salesqueries.h"

#include "app/protocol/toptime.h"
#include "app/storage/readtransaction.h"

#include <algorithm>
#include <vector>

namespace mc::metrics {

using core::Status;

namespace {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kHourMs = 3'600'000;

// Runs `sql` and calls `row` for each result row.
template<typename F>
Status forEachRow(storage::Database &db, const QString &sql, F row)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto r = stmt.value().step();
        if (!r)
            return r.error();
        if (!r.value())
            return {};
        row(stmt.value());
    }
}

// The scope as a condition on a location column (SKU rollups carry no channel: online
// sales are those fulfilled by a warehouse).
QString skuScope(const SalesScope &scope, const QString &column)
{
    switch (scope.kind) {
    case SalesScope::Kind::AllChannels: return QStringLiteral("1");
    case SalesScope::Kind::Online:
        return column + QStringLiteral(" IN (SELECT location_id FROM locations WHERE kind = 'warehouse')");
    case SalesScope::Kind::Store: return column + QStringLiteral(" = %1").arg(scope.storeId);
    }
    return QStringLiteral("0");
}

} // namespace

Status SalesQueries::loadTotals(const QString &where, std::int64_t from, std::int64_t to, DaySnapshot &s, bool yesterday)
{
    const QString sql = QStringLiteral("SELECT channel, sum(gmv_fen), sum(orders), sum(units), sum(refund_fen), count(*) "
                                       "FROM rollup_minute WHERE category = '*' AND minute_ms >= %1 AND minute_ms < %2 "
                                       "AND %3 GROUP BY channel")
                            .arg(from)
                            .arg(to)
                            .arg(where);
    return forEachRow(m_db, sql, [&](const storage::Statement &r) {
        const std::int64_t g = r.int64(1), o = r.int64(2), u = r.int64(3), f = r.int64(4);
        if (yesterday) {
            s.yesterdaySameTime.add(g, o, u, f);
            s.hasYesterday = s.hasYesterday || r.int64(5) > 0;
            return;
        }
        s.total.add(g, o, u, f);
        (r.text(0) == QLatin1String("online") ? s.online : s.inStore).add(g, o, u, f);
    });
}

core::Result<QList<Ranked>> SalesQueries::ranked(const QString &sql, int topN)
{
    QList<Ranked> out;
    Status s = forEachRow(m_db, sql + QStringLiteral(" LIMIT %1").arg(topN), [&](const storage::Statement &r) {
        out.append({r.text(0), r.text(1), r.int64(2), r.int64(3)});
    });
    if (!s)
        return s.error();
    return out;
}

core::Result<DaySnapshot> SalesQueries::loadDay(const SalesScope &scope, std::int64_t nowMs, int topN,
                                                SlowFigures slow)
{
    storage::ReadTransaction snapshot(m_db); // every figure, and the commit number, from one state
    DaySnapshot s;
    auto seq = m_db.queryInt(u"SELECT coalesce((SELECT CAST(value AS INTEGER) FROM sync_cursors "
                             u"WHERE name = 'commit.seq'), 0)");
    if (!seq)
        return seq.error();
    s.loadedCommitSeq = seq.value();
    s.dayStartMs = protocol::beijingDayStartMs(nowMs);
    s.asOfMs = nowMs;
    const QString where = scope.sqlCondition();
    const std::int64_t dayEnd = s.dayStartMs + kDayMs;
    if (Status st = loadTotals(where, s.dayStartMs, dayEnd, s, false); !st)
        return st.error();
    if (Status st = loadTotals(where, s.dayStartMs - kDayMs, nowMs - kDayMs + 1, s, true); !st)
        return st.error();

    const QString perMinute = QStringLiteral("SELECT minute_ms, sum(gmv_fen), sum(orders) FROM rollup_minute "
                                             "WHERE category = '*' AND minute_ms >= %1 AND minute_ms < %2 AND %3 "
                                             "GROUP BY minute_ms")
                                  .arg(s.dayStartMs)
                                  .arg(dayEnd)
                                  .arg(where);
    if (Status st = forEachRow(m_db, perMinute,
                               [&](const storage::Statement &r) {
                                   const auto slot = (r.int64(0) - s.dayStartMs) / 60'000;
                                   if (slot >= 0 && slot < kMinutesPerDay) {
                                       s.gmvPerMinute[static_cast<size_t>(slot)] = r.int64(1);
                                       s.ordersPerMinute[static_cast<size_t>(slot)] = r.int64(2);
                                   }
                               });
        !st)
        return st.error();

    const QString range = QStringLiteral("minute_ms >= %1 AND minute_ms < %2 AND %3").arg(s.dayStartMs).arg(dayEnd).arg(where);
    auto categories = ranked(QStringLiteral("SELECT category, category, sum(gmv_fen) AS g, sum(orders) FROM rollup_minute "
                                            "WHERE category <> '*' AND %1 GROUP BY category ORDER BY g DESC")
                                 .arg(range),
                             topN);
    if (!categories)
        return categories.error();
    s.categories = categories.value();
    auto provinces = ranked(QStringLiteral("SELECT province, province, sum(gmv_fen) AS g, sum(orders) FROM rollup_minute "
                                           "WHERE category = '*' AND %1 GROUP BY province ORDER BY g DESC")
                                .arg(range),
                            topN);
    if (!provinces)
        return provinces.error();
    s.provinces = provinces.value();
    auto skus = ranked(QStringLiteral("SELECT h.sku_id, coalesce(i.title || ' ' || k.properties, 'SKU ' || h.sku_id), "
                                      "sum(h.gmv_fen) AS g, sum(h.units) FROM rollup_sku_hour h "
                                      "LEFT JOIN skus k ON k.sku_id = h.sku_id LEFT JOIN items i ON i.num_iid = k.num_iid "
                                      "WHERE h.hour_ms >= %1 AND h.hour_ms < %2 AND %3 GROUP BY h.sku_id ORDER BY g DESC")
                           .arg(s.dayStartMs)
                           .arg(dayEnd)
                           .arg(skuScope(scope, QStringLiteral("h.location_id"))),
                       topN);
    if (!skus)
        return skus.error();
    s.skus = skus.value();
    if (slow == SlowFigures::Later)
        return s;
    if (Status st = refreshSlowFigures(scope, nowMs, s); !st)
        return st.error();
    return s;
}

Status SalesQueries::refreshSlowFigures(const SalesScope &scope, std::int64_t nowMs, DaySnapshot &s, int topN)
{
    auto buyers = countBuyers(scope, s.dayStartMs);
    if (!buyers)
        return buyers.error();
    s.buyers = buyers.value();
    s.stockRisks.clear();
    return loadRisks(scope, nowMs, s, topN);
}

core::Result<std::int64_t> SalesQueries::countBuyers(const SalesScope &scope, std::int64_t dayStartMs)
{
    // Distinct buyers among today's paid orders; the created_ms index bounds the scan to
    // orders created since yesterday (an order is paid after it is created). Buyers are told
    // apart by buyer_open_uid (nicks are masked: thousands of buyers share "糖***豆"); rows
    // cached before the uid was synced have none and fall back to their nick.
    const QString sql =
        QStringLiteral("SELECT CASE WHEN buyer_open_uid <> '' THEN buyer_open_uid ELSE buyer_nick END "
                       "FROM orders WHERE created_ms >= %1 AND pay_time_ms >= %2 AND status IN "
                       "('WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED') AND %3")
            .arg(dayStartMs - kDayMs)
            .arg(dayStartMs)
            .arg(scope.sqlCondition());
    // Counted here rather than by count(DISTINCT ...): SQLite's temporary B-tree of every key
    // took 1.8-2.1 s for 634,250 buyers among 1,000,000 orders today (10,000,000 cached);
    // sorting 64-bit hashes of the keys takes 0.3-0.45 s, reading the rows included. Two of a
    // million buyers share a hash with a probability of about 3e-8 (the figure would be one low).
    static_assert(sizeof(std::size_t) == 8, "a 32-bit hash would merge buyers");
    std::vector<std::size_t> keys;
    Status read = forEachRow(m_db, sql, [&](const storage::Statement &r) { keys.push_back(qHash(r.blob(0))); });
    if (!read)
        return read.error();
    std::sort(keys.begin(), keys.end());
    return static_cast<std::int64_t>(std::unique(keys.begin(), keys.end()) - keys.begin());
}

Status SalesQueries::loadRisks(const SalesScope &scope, std::int64_t nowMs, DaySnapshot &s, int topN)
{
    // Sales rate over the last hour: the current (partial) hour plus the matching share of
    // the previous one.
    const std::int64_t hour = nowMs - ((nowMs % kHourMs) + kHourMs) % kHourMs;
    const double elapsed = static_cast<double>(nowMs - hour) / kHourMs;
    const QString sql =
        QStringLiteral("WITH rate AS (SELECT sku_id, location_id, "
                       "sum(CASE WHEN hour_ms = %1 THEN units ELSE units * %2 END) AS per_hour "
                       "FROM rollup_sku_hour WHERE hour_ms IN (%1, %3) AND %4 GROUP BY sku_id, location_id) "
                       "SELECT r.sku_id, r.location_id, coalesce(i.title || ' ' || k.properties, 'SKU ' || r.sku_id), "
                       "coalesce(l.name, ''), s.quantity, r.per_hour, CAST(s.quantity AS REAL) / r.per_hour AS hours_left "
                       "FROM rate r JOIN stock_levels s ON s.sku_id = r.sku_id AND s.location_id = r.location_id "
                       "LEFT JOIN skus k ON k.sku_id = r.sku_id LEFT JOIN items i ON i.num_iid = k.num_iid "
                       "LEFT JOIN locations l ON l.location_id = r.location_id "
                       "WHERE r.per_hour > 0 ORDER BY hours_left ASC LIMIT %5")
            .arg(hour)
            .arg(1.0 - elapsed, 0, 'f', 6)
            .arg(hour - kHourMs)
            .arg(skuScope(scope, QStringLiteral("location_id")))
            .arg(topN);
    return forEachRow(m_db, sql, [&](const storage::Statement &r) {
        s.stockRisks.append({r.int64(0), r.int64(1), r.text(2), r.text(3), r.int64(4), r.real(5), r.real(6)});
    });
}

core::Result<QSet<std::int64_t>> SalesQueries::warehouseIds()
{
    QSet<std::int64_t> ids;
    Status s = forEachRow(m_db, QStringLiteral("SELECT location_id FROM locations WHERE kind = 'warehouse'"),
                          [&](const storage::Statement &r) { ids.insert(r.int64(0)); });
    if (!s)
        return s.error();
    return ids;
}

core::Result<QList<core::Location>> SalesQueries::locations()
{
    QList<core::Location> out;
    Status s = forEachRow(m_db,
                          QStringLiteral("SELECT location_id, kind, name, province, city, modified_ms FROM locations "
                                         "ORDER BY kind DESC, province, city, name"),
                          [&](const storage::Statement &r) {
                              out.append({r.int64(0),
                                          r.text(1) == QLatin1String("store") ? core::LocationKind::Store
                                                                              : core::LocationKind::Warehouse,
                                          r.text(2), r.text(3), r.text(4), r.int64(5)});
                          });
    if (!s)
        return s.error();
    return out;
}

core::Result<QHash<std::int64_t, QString>> SalesQueries::skuTitles(const QList<std::int64_t> &skuIds)
{
    QHash<std::int64_t, QString> out;
    if (skuIds.isEmpty())
        return out;
    QStringList ids;
    for (std::int64_t id : skuIds)
        ids.append(QString::number(id));
    Status s = forEachRow(m_db,
                          QStringLiteral("SELECT k.sku_id, i.title || ' ' || k.properties FROM skus k "
                                         "JOIN items i ON i.num_iid = k.num_iid WHERE k.sku_id IN (%1)")
                              .arg(ids.join(u',')),
                          [&](const storage::Statement &r) { out.insert(r.int64(0), r.text(1)); });
    if (!s)
        return s.error();
    return out;
}

} // namespace mc::metrics
