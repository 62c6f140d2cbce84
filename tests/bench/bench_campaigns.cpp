// Campaign rehearsal benchmark (issue "campaigns"): N cached orders spread over three months
// in a real cache.sqlite (both channels, ten stores, four categories, 1-4 lines each, repeat
// buyers, closed and unpaid orders), rehearsed over the whole window by campaigns::rehearse
// (validate, price each order, limits first come first served, per channel, store and SKU),
// against a same-run baseline: one raw SQL scan summing the same joined rows (no validation,
// no pricing, no grouping). The rehearsal reads the order digest (cache migration 0010), built
// first and timed; it also runs once as before the digest (every row read from the tables).
//   bench_campaigns [orders=1000000] [runs=3] [DATA-DIR]
// With DATA-DIR, its cache is used as it is when it has orders (for example bench_orders' ten
// million), else seeded there and kept.
// Goal (issue): 10,000,000 orders (3 months) <= 3 s.
#include "app/campaigns/digestbuilder.h"
#include "app/campaigns/rehearsal.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "tests/support/campaignorders.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kBase = 1'754'006'400'000; // 2025-08-01 00:00 Beijing
constexpr std::int64_t kWindow = 92LL * 86'400'000;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::int64_t n = args.size() > 1 ? args[1].toLongLong() : 1'000'000;
    const int runs = args.size() > 2 ? args[2].toInt() : 3;
    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QString dir = args.size() > 3 ? args[3] : temporary.path();
    QElapsedTimer timer;
    timer.start();
    auto writer = storage::openWriter(dir, storage::DatabaseRole::Cache);
    if (n <= 0 || runs <= 0 || !writer)
        return out << "bench_campaigns: cannot open the cache\n", 1;
    storage::Database &w = *writer.value();
    if (w.queryInt(u"SELECT count(*) FROM (SELECT 1 FROM orders LIMIT 1)"_s).valueOr(0) == 0) {
        (void)w.exec(u"PRAGMA synchronous = OFF"); // setting up only
        if (!test::seedCampaignOrders(w, {n, kBase, std::max<std::int64_t>(1, kWindow / n), false}))
            return out << "bench_campaigns: cannot seed the orders\n", 1;
        out << "seeded " << n << " orders over 92 days in " << timer.elapsed() << " ms\n";
        (void)w.exec(u"PRAGMA synchronous = NORMAL");
    }
    out << "orders in the cache: " << w.queryInt(u"SELECT count(*) FROM orders"_s).valueOr(-1) << '\n';
    // The digest as the keeper builds it beside the sync, timed.
    campaigns::DigestBuilder builder(w);
    timer.restart();
    auto built = builder.buildAll();
    if (!built)
        return out << "bench_campaigns: " << built.error().toString() << '\n', 1;
    out << "digest built for " << built.value() << " orders in " << timer.elapsed() << " ms; digest size "
        << w.queryInt(u"SELECT coalesce(sum(pgsize), 0) / 1048576 FROM dbstat WHERE name = 'order_digest'"_s)
               .valueOr(-1)
        << " MiB\n";
    auto db = storage::openReader(dir, storage::DatabaseRole::Cache);
    if (!db)
        return out << "bench_campaigns: " << db.error().toString() << '\n', 1;

    campaigns::CampaignSpec c;
    c.id = u"bench"_s;
    c.thresholdFen = 30'000;
    c.amountFen = 4'000;
    c.budgetFen = 500'000'000;
    c.perBuyerLimit = 50;
    c.products = campaigns::ProductScope::Categories;
    c.categories = {u"美妆"_s, u"母婴"_s, u"数码"_s};
    c.excludedSkuIds = {7001};
    c.storesBy = campaigns::StoreSelection::City;
    c.cities = {u"杭州"_s, u"上海"_s};

    std::vector<double> baseline, rehearsal;
    std::int64_t rows = 0;
    campaigns::RehearsalResult last;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        auto scan = db.value()->prepare(
            u"SELECT count(*), sum(l.payment_fen) FROM orders o JOIN order_lines l ON l.tid = o.tid "
            u"WHERE o.created_ms >= ?1 AND o.created_ms < ?2 "
            u"AND o.status IN ('WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED')");
        if (!scan || !scan.value().bind(1, kBase).bind(2, kBase + kWindow).step())
            return out << "bench_campaigns: baseline failed\n", 1;
        rows = scan.value().int64(0);
        baseline.push_back(timer.nsecsElapsed() / 1e9);
        auto result = campaigns::rehearse(*db.value(), c, {kBase, kBase + kWindow, 10, {}});
        if (!result)
            return out << "bench_campaigns: " << result.error().toString() << '\n', 1;
        rehearsal.push_back(result.value().seconds);
        last = result.value();
    }
    // Once as before the digest: a mark above every order sends the whole window to the tables.
    const QString mark = w.queryText(u"SELECT value FROM sync_cursors WHERE name = 'digest.backfill_below'"_s).valueOr({});
    (void)w.exec(u"UPDATE sync_cursors SET value = '9000000000000' WHERE name = 'digest.backfill_below'"_s);
    auto tables = campaigns::rehearse(*db.value(), c, {kBase, kBase + kWindow, 10, {}});
    (void)w.exec(u"UPDATE sync_cursors SET value = '"_s + mark + u"' WHERE name = 'digest.backfill_below'");
    if (!tables)
        return out << "bench_campaigns: " << tables.error().toString() << '\n', 1;
    if (tables.value().discounted != last.discounted || tables.value().ordersScanned != last.ordersScanned ||
        tables.value().topSkus != last.topSkus)
        return out << "bench_campaigns: the digest and the tables disagree\n", 1;
    out << "rehearsal read from the tables (before the digest), once: " << tables.value().seconds
        << " s; the same figures\n";
    out << "rows (order lines of paid orders): " << rows << ", orders rehearsed: " << last.ordersScanned
        << ", discounted: " << last.discounted.orders << ", cut by budget: " << last.cutByBudget
        << ", cut by buyer limit: " << last.cutByBuyerLimit << '\n';
    out << "baseline raw SQL scan (count, sum) median of " << runs << ": " << median(baseline) << " s\n";
    out << "rehearsal median of " << runs << ": " << median(rehearsal) << " s (" << median(rehearsal) / median(baseline)
        << "x the baseline; " << qint64(n / median(rehearsal)) << " orders/s)\n";
    const double projected = median(rehearsal) * 10'000'000.0 / double(n);
    out << "projected for 10,000,000 orders: " << projected << " s (goal <= 3 s): "
        << (projected <= 3.0 ? "MET" : "NOT MET") << '\n';
    return 0;
}
