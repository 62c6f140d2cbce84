// Day close benchmark (issue "day close"): one day of N redemptions across the 50 stores in a
// real ledger.sqlite (keyed chain) and cache.sqlite (the platform's redemptions and its
// settlement statement, with every kind of discrepancy mixed in), reconciled for all stores
// and for one store by DayClose::report (read both databases, validate, match, sum, verify
// the chains), against a same-run baseline: one raw SQL three-way join with sums over the
// same rows (no validation, no items, no chain).
//   bench_reconcile [redemptions=100000] [runs=5]
// Goals: all stores <= 2 s; one store's day <= 100 ms.
#include "app/core/functionclock.h"
#include "app/protocol/settlementterms.h"
#include "app/reconcile/dayclose.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/vouchers/redemptionbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStores = 50;
const QDate kDay(2025, 11, 11);

bool fill(const QString &dir, int n, core::ManualClock &clock)
{
    QTextStream err(stderr);
    auto book = vouchers::RedemptionBook::open(dir, clock);
    if (!book)
        return false;
    // Setting up only: the benchmark reads, so the fill need not be fsync'd row by row.
    (void)book.value()->database().exec(u"PRAGMA synchronous = OFF");
    auto cache = storage::openWriter(dir, storage::DatabaseRole::Cache);
    if (!cache)
        return false;
    const std::int64_t start = reconcile::DayScope{0, kDay}.startMs();
    auto tx = storage::Transaction::begin(*cache.value());
    auto platform = cache.value()->prepare(
        u"INSERT INTO platform_redemptions (serial_num, voucher_id, verify_code, store_id, consume_num, operator_id, "
        u"redeemed_ms, recorded_ms, face_value_fen) VALUES (?,?,?,?,1,'till',?,?,?)");
    auto settled = cache.value()->prepare(
        u"INSERT INTO platform_settlements (serial_num, voucher_id, store_id, redeemed_ms, settled_ms, gross_fen, "
        u"commission_bp, commission_fen, amount_fen, status, note, fetched_ms) VALUES (?,?,?,?,?,?,60,?,?,?,'',0)");
    if (!tx || !platform || !settled)
        return false;
    for (int i = 0; i < n; ++i) {
        const std::int64_t store = 1001 + i % kStores;
        const std::int64_t at = start + (static_cast<std::int64_t>(i) * 86'000'000) / n;
        const std::int64_t face = 1000 + (i % 7) * 500;
        const QByteArray voucher = "v-" + QByteArray::number(i);
        const QByteArray code = "MCV1.bench." + QByteArray::number(i);
        QString serial = u"p-%1"_s.arg(i);
        const int kind = i % 100; // 0-1: platform only, 2: pending, 3: refused, 4: not settled, 5: adjusted
        if (kind >= 2) {
            clock.setMs(at);
            vouchers::RedemptionRecord r;
            r.code = code;
            r.voucherId = voucher;
            r.storeId = store;
            r.operatorName = u"bench"_s;
            r.faceValueFen = face;
            r.redeemedMs = at;
            auto recorded = book.value()->record(r);
            if (!recorded)
                return false;
            serial = recorded.value().serial;
            if (kind != 2) {
                vouchers::RedemptionRecord u = recorded.value();
                u.state = kind == 3 ? vouchers::UploadState::Refused : vouchers::UploadState::Confirmed;
                if (!book.value()->update(u))
                    return false;
            }
        }
        if (kind == 2 || kind == 3)
            continue;
        platform.value().bind(1, serial).bindText(2, voucher).bindText(3, code).bind(4, store).bind(5, at);
        platform.value().bind(6, at + 1000).bind(7, face);
        if (!platform.value().run())
            return false;
        if (kind == 4)
            continue;
        const std::int64_t commission = protocol::commissionFen(face, 60).value_or(0);
        settled.value().bind(1, serial).bindText(2, voucher).bind(3, store).bind(4, at);
        settled.value().bind(5, protocol::settlementDueMs(at)).bind(6, face).bind(7, commission);
        settled.value().bind(8, kind == 5 ? face / 2 : face - commission).bind(9, kind == 5 ? u"adjusted"_s : u"settled"_s);
        if (!settled.value().run())
            return false;
    }
    return static_cast<bool>(tx.value().commit());
}

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
    const int n = args.size() > 1 ? args[1].toInt() : 100'000;
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    core::ManualClock clock(reconcile::DayScope{0, kDay}.endMs() + 3 * 86'400'000LL);
    QElapsedTimer timer;
    timer.start();
    if (n <= 0 || runs <= 0 || !fill(dir.path(), n, clock)) {
        out << "bench_reconcile: could not build the day\n";
        return 1;
    }
    out << "built " << n << " redemptions across " << kStores << " stores in " << timer.elapsed() << " ms\n";
    clock.setMs(reconcile::DayScope{0, kDay}.endMs() + 3 * 86'400'000LL);
    auto close = reconcile::DayClose::open(dir.path(), clock);
    if (!close) {
        out << "bench_reconcile: " << close.error().toString() << '\n';
        return 1;
    }
    // Baseline: the same rows joined and summed by SQLite alone, on the ledger's connection.
    storage::Database &ledger = close.value()->ledger();
    if (!ledger.exec(u"ATTACH DATABASE '%1' AS c"_s.arg(dir.filePath(u"cache.sqlite"_s)))) {
        out << "bench_reconcile: cannot attach the cache\n";
        return 1;
    }
    const auto baselineSql = [&](std::int64_t store) {
        const reconcile::DayScope scope{store, kDay};
        return u"SELECT count(*), sum(r.face_value_fen), sum(p.face_value_fen), sum(s.amount_fen) FROM redemptions r "
               u"LEFT JOIN c.platform_redemptions p ON p.serial_num = r.id LEFT JOIN c.platform_settlements s ON "
               u"s.serial_num = r.id WHERE %1 r.redeemed_ms >= %2 AND r.redeemed_ms < %3"_s
            .arg(store == 0 ? QString() : u"r.store_id = %1 AND"_s.arg(store))
            .arg(scope.startMs())
            .arg(scope.endMs());
    };
    struct Case
    {
        const char *name;
        std::int64_t store;
    };
    for (const Case c : {Case{"all stores", 0}, Case{"one store", 1001}}) {
        // First report of a fresh DayClose as the page gets it: open + the day's figures; the
        // whole ledger's chain is walked right after (the page shows "checking" meanwhile).
        timer.restart();
        auto fresh = reconcile::DayClose::open(dir.path(), clock);
        const bool figuresOk =
            fresh && fresh.value()->report({c.store, kDay}, std::nullopt, reconcile::DayClose::ChainCheck::Later);
        const double figures = timer.nsecsElapsed() / 1e6;
        reconcile::ChainStatus walked;
        const bool walkOk = figuresOk && fresh.value()->verifyChains(walked).ok() && walked.redemptionsIntact;
        const double first = timer.nsecsElapsed() / 1e6;
        if (!walkOk)
            return 1;
        std::vector<double> report, baseline;
        std::int64_t items = 0;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            auto r = fresh.value()->report({c.store, kDay});
            report.push_back(timer.nsecsElapsed() / 1e6);
            if (!r || !r.value().chain.redemptionsIntact) {
                out << "bench_reconcile: the report failed\n";
                return 1;
            }
            items = r.value().items.size();
            timer.restart();
            auto stmt = ledger.prepare(baselineSql(c.store));
            if (!stmt || !stmt.value().step())
                return 1;
            baseline.push_back(timer.nsecsElapsed() / 1e6);
        }
        out << c.name << ": " << items << " items; first report: figures " << figures
            << " ms (open included), with the full chain walk after them " << first << " ms; later reports median " << median(report) << " ms (max "
            << *std::max_element(report.begin(), report.end()) << "); raw SQL join median " << median(baseline)
            << " ms; ratio " << median(report) / std::max(median(baseline), 0.001) << '\n';
    }
    // What the full chain walk alone costs (every ledger row, whichever scope): the first
    // report of a DayClose pays it, later ones walk only the rows appended since.
    std::vector<double> chain;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        (void)close.value()->redemptions().verifyChain();
        chain.push_back(timer.nsecsElapsed() / 1e6);
    }
    out << "redemption chain walk (" << n - n / 50 << " ledger rows): median " << median(chain) << " ms\n";
    return 0;
}
