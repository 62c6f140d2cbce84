// LiveSales: figures folded live from change summaries equal a fresh load from the
// rollups, for every scope, through new orders, status changes, refunds and closures.
#include "app/metrics/dashboardservice.h"
#include "app/metrics/livesales.h"
#include "app/metrics/salesqueries.h"
#include "app/protocol/toptime.h"
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/sync/cachewriter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kNow = 1'605'070'800'000; // 2020-11-11 13:00 Beijing
const QStringList kProvinces{u"浙江省"_s, u"广东省"_s, u"江苏省"_s};

core::Order randomOrder(QRandomGenerator &rng, std::int64_t tid, std::int64_t version)
{
    core::Order o;
    o.tid = tid;
    const int stage = static_cast<int>((tid + version) % 5);
    static const core::OrderStatus kStages[] = {core::OrderStatus::WaitBuyerPay, core::OrderStatus::WaitSellerSendGoods,
                                                core::OrderStatus::WaitBuyerConfirmGoods,
                                                core::OrderStatus::TradeFinished, core::OrderStatus::TradeClosed};
    o.status = kStages[stage];
    const bool store = tid % 3 == 0;
    o.channel = store ? core::Channel::InStore : core::Channel::Online;
    o.locationId = store ? 10 + tid % 2 : 1;
    // 7 buyers, each ordering several times (in every scope); their masked nicks collapse
    // to 2, as TOP's do.
    const std::int64_t buyer = tid % 7;
    o.buyerNick = u"b***"_s + QString::number(buyer % 2);
    o.buyerOpenUid = u"AAbuyer"_s + QString::number(buyer).rightJustified(17, u'0');
    o.createdMs = kNow - 3'600'000 * 12 + tid * 30'000;
    o.modifiedMs = o.createdMs + version * 1000;
    o.payTimeMs = stage == 0 ? 0 : o.createdMs + 2000;
    o.province = kProvinces[tid % 3];
    const int lines = 1 + static_cast<int>(tid % 3);
    std::int64_t sum = 0;
    for (int i = 0; i < lines; ++i) {
        core::OrderLine l;
        l.oid = tid * 10 + i;
        l.numIid = 100 + (tid + i) % 4;
        l.skuId = 1000 + (tid + i) % 6;
        l.num = 1 + i;
        l.price = core::Money::fromMinor(rng.bounded(100, 50000));
        l.payment = l.price.times(l.num).value();
        l.refundStatus = (version >= 2 && i == 0 && tid % 4 == 0) ? u"SUCCESS"_s : u"NO_REFUND"_s;
        sum += l.payment.minor();
        o.lines.append(l);
    }
    o.payment = o.totalFee = core::Money::fromMinor(sum);
    return o;
}

// An order created today in the given status (paid unless it waits for payment).
core::Order orderWithStatus(std::int64_t tid, core::OrderStatus status)
{
    QRandomGenerator rng(static_cast<quint32>(tid));
    core::Order o = randomOrder(rng, tid, 0);
    o.status = status;
    o.payTimeMs = status == core::OrderStatus::WaitBuyerPay ? 0 : o.createdMs + 2000;
    o.modifiedMs = o.createdMs + 5000;
    return o;
}

} // namespace

class TestLiveSales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldedEqualsReloaded_data()
    {
        QTest::addColumn<int>("scopeKind");
        QTest::addColumn<qint64>("storeId");
        QTest::newRow("all channels") << int(metrics::SalesScope::Kind::AllChannels) << qint64(0);
        QTest::newRow("online") << int(metrics::SalesScope::Kind::Online) << qint64(0);
        QTest::newRow("store 10") << int(metrics::SalesScope::Kind::Store) << qint64(10);
    }

    void foldedEqualsReloaded()
    {
        QFETCH(int, scopeKind);
        QFETCH(qint64, storeId);
        const metrics::SalesScope scope{metrics::SalesScope::Kind(scopeKind), storeId};

        QTemporaryDir dir;
        auto db = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(db.ok());
        QVERIFY(db.value()
                    ->exec(u"INSERT INTO items (num_iid, title, category, price_fen) VALUES (100,'A','Serums',1),"
                           u"(101,'B','Facial masks',1),(102,'C','Milk powder',1),(103,'D','Diapers',1);"
                           u"INSERT INTO skus (sku_id, num_iid, price_fen) VALUES (1000,100,1),(1001,101,1),"
                           u"(1002,102,1),(1003,103,1),(1004,100,1),(1005,101,1);"
                           u"INSERT INTO locations VALUES (1,'warehouse','W','','',0),(10,'store','S10','','',0),"
                           u"(11,'store','S11','','',0);"
                           u"INSERT INTO stock_levels SELECT sku_id, loc, 50, 0 FROM skus, (SELECT 1 AS loc UNION "
                           u"SELECT 10 UNION SELECT 11)")
                    .ok());
        sync::CacheWriter writer(*db.value());
        QVERIFY(writer.prepare().ok());
        auto reader = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(reader.ok());
        metrics::SalesQueries queries(*reader.value());
        QRandomGenerator rng(7);

        auto commit = [&](const QList<core::Order> &orders) {
            auto tx = storage::Transaction::begin(*db.value());
            auto r = writer.applyOrders(orders);
            Q_ASSERT(r.ok());
            (void)tx.value().commit();
            core::ChangeSummary summary;
            summary.rollups = r.value().rollups;
            summary.committedAtMs = kNow;
            return summary;
        };

        QList<core::Order> first;
        for (int tid = 1; tid <= 40; ++tid)
            first.append(randomOrder(rng, tid, 0));
        commit(first);
        auto base = queries.loadDay(scope, kNow, 1'000'000);
        QVERIFY(base.ok());
        auto warehouses = queries.warehouseIds();
        metrics::LiveSales live;
        live.reset(scope, warehouses.value(), base.value());

        for (int version = 1; version <= 3; ++version) {
            QList<core::Order> batch;
            for (int tid = 1; tid <= 60; ++tid)
                batch.append(randomOrder(rng, tid, version));
            live.fold(commit(batch), kNow);
        }
        const metrics::DaySnapshot folded = live.snapshot(kNow, 1'000'000);
        auto fresh = queries.loadDay(scope, kNow, 1'000'000);
        QVERIFY(fresh.ok());
        const metrics::DaySnapshot &expected = fresh.value();
        QVERIFY(expected.total.orders > 0);
        QCOMPARE(folded.total.gmvFen, expected.total.gmvFen);
        QCOMPARE(folded.total.orders, expected.total.orders);
        QCOMPARE(folded.total.units, expected.total.units);
        QCOMPARE(folded.total.refundFen, expected.total.refundFen);
        QCOMPARE(folded.online.gmvFen, expected.online.gmvFen);
        QCOMPARE(folded.inStore.gmvFen, expected.inStore.gmvFen);
        QVERIFY(folded.gmvPerMinute == expected.gmvPerMinute);
        QVERIFY(folded.ordersPerMinute == expected.ordersPerMinute);
        auto sameRanks = [](const QList<metrics::Ranked> &a, const QList<metrics::Ranked> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].key != b[i].key || a[i].gmvFen != b[i].gmvFen || a[i].orders != b[i].orders)
                    return false;
            return true;
        };
        QVERIFY(sameRanks(folded.categories, expected.categories));
        QVERIFY(sameRanks(folded.provinces, expected.provinces));
        QVERIFY(sameRanks(folded.skus, expected.skus));

        // And the rollups agree with a direct aggregate over the orders in scope.
        const QString direct = u"SELECT coalesce(sum(l.payment_fen),0) FROM order_lines l JOIN orders o USING (tid) "
                               u"WHERE o.status IN ('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED') "
                               u"AND o.pay_time_ms >= "_s +
                               QString::number(protocol::beijingDayStartMs(kNow)) + u" AND o.tid IN (SELECT tid FROM orders WHERE "_s +
                               scope.sqlCondition() + u')';
        QCOMPARE(folded.total.gmvFen, db.value()->queryInt(direct).value());

        // Buyers: distinct open uids among today's paid orders in scope, never distinct nicks.
        const QString paidToday = u" FROM orders WHERE status IN ('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS',"
                                  u"'TRADE_FINISHED') AND pay_time_ms >= "_s +
                                  QString::number(protocol::beijingDayStartMs(kNow)) + u" AND "_s +
                                  scope.sqlCondition();
        const qint64 uids = db.value()->queryInt(u"SELECT count(DISTINCT buyer_open_uid)"_s + paidToday).value();
        const qint64 nicks = db.value()->queryInt(u"SELECT count(DISTINCT buyer_nick)"_s + paidToday).value();
        const qint64 paidOrders = db.value()->queryInt(u"SELECT count(*)"_s + paidToday).value();
        QVERIFY2(uids < paidOrders, "the fixture has repeat buyers");
        QVERIFY2(nicks < uids, "the fixture's nicks undercount buyers");
        QCOMPARE(expected.buyers, uids);
    }

    void buyersFallBackToNicksWithoutUid()
    {
        QTemporaryDir dir;
        auto db = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(db.ok());
        sync::CacheWriter writer(*db.value());
        QVERIFY(writer.prepare().ok());
        // Buyers A (3 orders) and B by uid; two rows cached before uids were synced, from
        // nick 甜***星 (once with an unpaid order) and 小***豆; one closed order from C.
        struct Row
        {
            const char16_t *uid;
            const char16_t *nick;
            core::OrderStatus status;
        };
        const Row rows[] = {{u"AAaaaaaaaaaaaaaaaaaaaaaa", u"糖***豆", core::OrderStatus::WaitSellerSendGoods},
                            {u"AAaaaaaaaaaaaaaaaaaaaaaa", u"糖***豆", core::OrderStatus::TradeFinished},
                            {u"AAaaaaaaaaaaaaaaaaaaaaaa", u"糖***豆", core::OrderStatus::WaitBuyerConfirmGoods},
                            {u"AAbbbbbbbbbbbbbbbbbbbbbb", u"糖***豆", core::OrderStatus::WaitSellerSendGoods},
                            {u"", u"甜***星", core::OrderStatus::WaitSellerSendGoods},
                            {u"", u"甜***星", core::OrderStatus::TradeFinished},
                            {u"", u"甜***星", core::OrderStatus::WaitBuyerPay},
                            {u"", u"小***豆", core::OrderStatus::WaitSellerSendGoods},
                            {u"AAcccccccccccccccccccccc", u"小***豆", core::OrderStatus::TradeClosed}};
        QList<core::Order> orders;
        std::int64_t tid = 1;
        for (const Row &row : rows) {
            core::Order o = orderWithStatus(tid++, row.status);
            o.buyerOpenUid = QString::fromUtf16(row.uid);
            o.buyerNick = QString::fromUtf16(row.nick);
            orders.append(o);
        }
        auto tx = storage::Transaction::begin(*db.value());
        QVERIFY(writer.applyOrders(orders).ok());
        QVERIFY(tx.value().commit().ok());

        auto reader = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(reader.ok());
        metrics::SalesQueries queries(*reader.value());
        auto day = queries.loadDay(metrics::SalesScope::all(), kNow);
        QVERIFY(day.ok());
        QCOMPARE(day.value().buyers, 4); // A, B, 甜***星, 小***豆
    }

    // The service paints the rollup figures first and counts buyers right after, so a cache
    // with a million orders today is on screen before the scan of them.
    void serviceShowsFiguresBeforeCountingBuyers()
    {
        QTemporaryDir dir;
        {
            auto db = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
            QVERIFY(db.ok());
            sync::CacheWriter writer(*db.value());
            QVERIFY(writer.prepare().ok());
            QList<core::Order> orders;
            for (std::int64_t tid = 1; tid <= 40; ++tid)
                orders.append(orderWithStatus(tid, core::OrderStatus::WaitSellerSendGoods));
            auto tx = storage::Transaction::begin(*db.value());
            QVERIFY(writer.applyOrders(orders).ok());
            QVERIFY(tx.value().commit().ok());
        }
        core::ManualClock clock(kNow);
        metrics::DashboardService service(dir.path(), clock);
        QSignalSpy spy(&service, &metrics::DashboardService::snapshotReady);
        service.start();
        QCOMPARE(spy.size(), 1); // published from start(), before any event is processed
        const auto first = spy.at(0).at(0).value<metrics::DaySnapshot>();
        QCOMPARE(first.total.orders, 40);
        QCOMPARE(first.buyers, metrics::kNotCounted);
        QTRY_COMPARE(spy.size(), 2);
        const auto counted = spy.at(1).at(0).value<metrics::DaySnapshot>();
        QCOMPARE(counted.total.orders, 40);
        QCOMPARE(counted.buyers, 7); // the fixture's 7 buyers
    }

    // Summaries of commits the loaded figures already hold are skipped; one that straddles
    // the load asks for a reload; later ones are folded. The load records the commit number.
    void summariesAlreadyLoadedAreNotCountedTwice()
    {
        QTemporaryDir dir;
        {
            auto db = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
            QVERIFY(db.ok());
            sync::CacheWriter writer(*db.value());
            QVERIFY(writer.prepare().ok());
            QVERIFY(writer.setCursor(u"commit.seq"_s, u"7"_s, kNow).ok());
        }
        auto reader = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(reader.ok());
        metrics::SalesQueries queries(*reader.value());
        auto day = queries.loadDay(metrics::SalesScope::all(), kNow);
        QVERIFY(day.ok());
        QCOMPARE(day.value().loadedCommitSeq, 7);

        metrics::LiveSales live;
        live.reset(metrics::SalesScope::all(), {1}, day.value());
        auto summaryOf = [](std::int64_t first, std::int64_t last) {
            core::ChangeSummary s;
            core::OrderFacts facts{core::OrderStatus::WaitSellerSendGoods, u"online"_s, 1, kNow - 60'000, u"浙江省"_s,
                                   {{u"Serums"_s, 1, 1, 500, false}}};
            if (!s.rollups.add(facts, +1))
                qFatal("rollup sums overflowed");
            s.firstCommitSeq = first;
            s.lastCommitSeq = last;
            return s;
        };
        QVERIFY(!live.overlapsLoad(summaryOf(5, 7)));
        QVERIFY(!live.fold(summaryOf(5, 7), kNow)); // already in the loaded figures
        QCOMPARE(live.snapshot(kNow).total.gmvFen, 0);
        QVERIFY(live.overlapsLoad(summaryOf(7, 8))); // half in, half not: only a reload is right
        QVERIFY(!live.overlapsLoad(summaryOf(8, 9)));
        QVERIFY(live.fold(summaryOf(8, 9), kNow));
        QCOMPARE(live.snapshot(kNow).total.gmvFen, 500);
        QVERIFY(live.fold(summaryOf(0, 0), kNow)); // no commit number (a test writer): folded
        QCOMPARE(live.snapshot(kNow).total.gmvFen, 1000);
    }

    void perSecondStripShowsArrivals()
    {
        metrics::LiveSales live;
        metrics::DaySnapshot base;
        base.dayStartMs = protocol::beijingDayStartMs(kNow);
        live.reset(metrics::SalesScope::all(), {1}, base);
        core::ChangeSummary s;
        core::OrderFacts facts{core::OrderStatus::WaitSellerSendGoods, u"online"_s, 1, kNow - 1000, u"浙江省"_s, {{u"Serums"_s, 1, 1, 500, false}}};
        QVERIFY(s.rollups.add(facts, +1));
        s.committedAtMs = kNow - 2000;
        QVERIFY(live.fold(s, kNow));
        const auto snap = live.snapshot(kNow);
        QCOMPARE(snap.gmvPerSecond.size(), metrics::kSecondsShown);
        QCOMPARE(snap.gmvPerSecond.at(metrics::kSecondsShown - 3), 500);
        QCOMPARE(snap.total.gmvFen, 500);
    }
};

QTEST_GUILESS_MAIN(TestLiveSales)
#include "tst_livesales.moc"
