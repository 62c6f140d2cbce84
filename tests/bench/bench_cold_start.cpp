// Cold-start benchmark, data side: a cache holding N orders (default 10 million, spread over
// 90 days, with their rollups) is opened and the dashboard's day is loaded, as the app does
// before it paints. Goal (issue 5): cold start to a painted dashboard <= 1.5 s; painting the
// widgets is measured by the UI benchmarks, this is the part that depends on N.
//
//   build/tests/bench_cold_start [orders=10000000] [cache-dir]   (a given dir is reused)
#include "app/metrics/salesqueries.h"
#include "app/storage/databases.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kNow = 1'762'862'400'000; // 2025-11-11 20:00 Beijing: the evening of 11.11

// Orders, lines and both rollups in bulk SQL: far faster than the sync path, same shape.
bool buildCache(const QString &dir, std::int64_t orders, QTextStream &out)
{
    auto db = storage::openWriter(dir, storage::DatabaseRole::Cache);
    if (!db) {
        out << db.error().toString() << '\n';
        return false;
    }
    if (db.value()->queryInt(u"SELECT count(*) FROM orders").value() >= orders)
        return true;
    const QString span = QString::number(90LL * 86'400'000);
    const QString sql = uR"(
        DELETE FROM orders; DELETE FROM order_lines; DELETE FROM rollup_minute; DELETE FROM rollup_sku_hour;
        INSERT INTO locations VALUES (1, 'warehouse', 'Online warehouse', '', '', 0);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
        INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, total_fee_fen, created_ms,
                            modified_ms, pay_time_ms, province)
        SELECT i, 'TRADE_FINISHED', CASE WHEN i % 5 = 0 THEN 'store' ELSE 'online' END,
               CASE WHEN i % 5 = 0 THEN 100 + i % 50 ELSE 1 END, 'buyer' || (i % 200000), 9900, 9900,
               %2 - %3 + (i * (%3 / %1)), %2 - %3 + (i * (%3 / %1)) + 1000, %2 - %3 + (i * (%3 / %1)) + 1000,
               'P' || (i % 31) FROM n;
        INSERT INTO order_lines (oid, tid, num_iid, sku_id, category, num, price_fen, payment_fen)
        SELECT tid * 10, tid, 1000 + tid % 500, 5000 + tid % 2000, 'C' || (tid % 15), 1, 9900, 9900 FROM orders;
        INSERT INTO rollup_minute (minute_ms, channel, location_id, category, province, orders, units, gmv_fen)
        SELECT pay_time_ms - pay_time_ms % 60000, channel, location_id, '*', province, count(*), count(*), sum(payment_fen)
        FROM orders GROUP BY 1, 2, 3, 5;
        INSERT INTO rollup_minute (minute_ms, channel, location_id, category, province, orders, units, gmv_fen)
        SELECT o.pay_time_ms - o.pay_time_ms % 60000, o.channel, o.location_id, l.category, o.province, count(*),
               count(*), sum(l.payment_fen) FROM orders o JOIN order_lines l USING (tid) GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO rollup_sku_hour (hour_ms, sku_id, location_id, units, gmv_fen)
        SELECT o.pay_time_ms - o.pay_time_ms % 3600000, l.sku_id, o.location_id, count(*), sum(l.payment_fen)
        FROM orders o JOIN order_lines l USING (tid) GROUP BY 1, 2, 3;
    )"_s.arg(orders).arg(kNow).arg(span);
    QElapsedTimer t;
    t.start();
    if (core::Status s = db.value()->exec(sql); !s) {
        out << s.error().toString() << '\n';
        return false;
    }
    out << "built a cache of " << orders << " orders in " << t.elapsed() / 1000 << " s\n";
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const std::int64_t orders = args.size() > 1 ? args[1].toLongLong() : 10'000'000;
    QTemporaryDir temp;
    const QString dir = args.size() > 2 ? args[2] : temp.path();
    QDir().mkpath(dir);
    QTextStream out(stdout);
    if (!buildCache(dir, orders, out))
        return 1;
    // Measured in a fresh process would be colder still; here the OS cache holds what the
    // build just wrote, the SQLite cache does not (a new connection).
    QElapsedTimer t;
    t.start();
    auto reader = storage::openReader(dir, storage::DatabaseRole::Cache);
    if (!reader)
        return 1;
    const qint64 openMs = t.elapsed();
    metrics::SalesQueries queries(*reader.value());
    auto day = queries.loadDay(metrics::SalesScope::all(), kNow, 1'000'000);
    const qint64 loadMs = t.elapsed() - openMs;
    if (!day)
        return 1;
    out << "cold start, data side, " << orders << " cached orders: open " << openMs << " ms, day loaded in "
        << loadMs << " ms (GMV today " << day.value().total.gmvFen / 100 << " yuan, "
        << day.value().total.orders << " orders, " << day.value().buyers << " buyers; goal: whole start <= 1500 ms)\n";
    return 0;
}
