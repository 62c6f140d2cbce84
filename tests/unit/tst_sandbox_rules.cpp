// The sandbox's rules in isolation: fault specs and decisions, rate budgets and bans, nonce
// memory, the 11.11 traffic curve, a deterministic seeded merchant and history, and buyers
// who keep their nick and open uid across orders.
#include "app/protocol/toptime.h"
#include "app/storage/migrations.h"
#include "app/storage/transaction.h"
#include "sandbox/buyerpopulation.h"
#include "sandbox/catalogsnapshot.h"
#include "sandbox/faultplan.h"
#include "sandbox/historyseeder.h"
#include "sandbox/merchantseed.h"
#include "sandbox/noncecache.h"
#include "sandbox/orderledger.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"
#include "sandbox/settlementdesk.h"
#include "sandbox/statedatabase.h"
#include "sandbox/statedigest.h"
#include "sandbox/traderenderer.h"
#include "sandbox/trafficcurve.h"
#include "sandbox/voucherdesk.h"
#include "sandbox/voucherrevocations.h"
#include "sandbox/vouchertraffic.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc::sandbox;

class TestSandboxRules : public QObject
{
    Q_OBJECT

private:
    // A sandbox state in `dir` with the seeded merchant and `orders` orders of history.
    static std::unique_ptr<mc::storage::Database> seeded(const QString &dir, std::uint64_t seed, std::int64_t orders)
    {
        auto db = openStateWriter(dir);
        if (!db)
            return {};
        const std::int64_t now = *mc::protocol::parseTopTime(QByteArrayView("2025-11-10 23:58:00"));
        if (!MerchantSeed::populate(*db.value(), seed, now))
            return {};
        auto catalog = CatalogSnapshot::load(*db.value());
        if (!catalog || !HistorySeeder::seed(*db.value(), catalog.value(), orders, seed, now))
            return {};
        return std::move(db).value();
    }

    static QByteArray seededDigest(std::uint64_t seed, std::int64_t orders)
    {
        QTemporaryDir dir;
        auto db = seeded(dir.path(), seed, orders);
        return db ? StateDigest::compute(*db).valueOr({}) : QByteArray();
    }

    // The trade as TradeRenderer writes it for fullinfo.get, increment.get and TMC messages.
    static QJsonObject renderedTrade(mc::storage::Database &db, std::int64_t tid)
    {
        auto renderer = TradeRenderer::create(db);
        if (!renderer)
            return {};
        QByteArray json;
        JsonWriter w(json);
        auto found = renderer.value().writeByTid(tid, w);
        if (!found || !found.value())
            return {};
        return QJsonDocument::fromJson(w.finish()).object();
    }

    // The 11.11 voucher traffic for `paidOrders` paid online orders a fifth of a second apart,
    // then two days of its redemptions and refunds: one line per voucher, redemption and revocation.
    static QStringList voucherTraffic(std::uint64_t seed, std::int64_t paidOrders)
    {
        QTemporaryDir dir;
        auto db = seeded(dir.path(), seed, 0);
        if (!db)
            return {};
        auto catalog = CatalogSnapshot::load(*db);
        if (!catalog)
            return {};
        const std::int64_t start = *mc::protocol::parseTopTime(QByteArrayView("2025-11-11 00:00:00"));
        VoucherDesk desk(*db);
        VoucherRevocations revocations(*db);
        auto tx = mc::storage::Transaction::begin(*db);
        if (!tx || !desk.ensureKey(start))
            return {};
        VoucherTraffic traffic(*db, catalog.value(), desk, revocations, seed, kFirstTid);
        for (std::int64_t i = 0; i < paidOrders; ++i)
            if (!traffic.onlineOrderPaid(start + i * 200))
                return {};
        if (!traffic.advance(start + 2 * kDay))
            return {};
        QStringList lines{u"counts %1 %2 %3"_s.arg(traffic.issued()).arg(traffic.redeemed()).arg(traffic.revoked())};
        for (QStringView sql :
             {u"SELECT 'v|' || voucher_id || '|' || campaign_id || '|' || face_value_fen || '|' || uses || '|' || used "
              u"|| '|' || store_ids FROM vouchers ORDER BY voucher_id",
              u"SELECT 'r|' || serial_num || '|' || voucher_id || '|' || store_id || '|' || redeemed_ms || '|' || "
              u"recorded_ms || '|' || app_key FROM redemptions ORDER BY serial_num",
              u"SELECT 'x|' || voucher_id || '|' || revoked_ms || '|' || reason FROM voucher_revocations "
              u"ORDER BY voucher_id"}) {
            auto stmt = db->prepare(sql);
            if (!stmt || !forEachRow(stmt.value(), [&](mc::storage::Statement &s) { lines << s.text(0); }))
                return {};
        }
        return lines;
    }

private Q_SLOTS:
    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("off") << u"off"_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("full") << u"*:latency=5-50;taobao.items.onsale.get:error=0.5,after=2,count=1,seed=7"_s << true;
        QTest::newRow("probability > 1") << u"*:error=2"_s << false;
        QTest::newRow("unknown key") << u"*:explode=1"_s << false;
        QTest::newRow("no scope") << u"error=1"_s << false;
        QTest::newRow("bad latency") << u"*:latency=50-5"_s << false;
    }

    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        FaultPlan plan;
        QCOMPARE(plan.set(spec).ok(), valid);
    }

    void faultAfterAndCount()
    {
        FaultPlan plan;
        QVERIFY(plan.set(u"m.x:error=1,after=2,count=2;*:latency=10"_s).ok());
        QList<FaultDecision::Kind> kinds;
        for (int i = 0; i < 6; ++i)
            kinds << plan.decide("m.x").kind;
        using K = FaultDecision::Kind;
        QCOMPARE(kinds, (QList<K>{K::None, K::None, K::Unavailable, K::Unavailable, K::None, K::None}));
        QCOMPARE(plan.decide("m.y").latencyMs, 10);
        QCOMPARE(plan.decide("mc.admin.faults.set").latencyMs, 0);
    }

    void rateBudgets()
    {
        QVERIFY(!RateLimits::parse(u"app=10"_s));
        QVERIFY(!RateLimits::parse(u"app=1/0"_s));
        auto limits = RateLimits::parse(u"app=3/10,api=100/1"_s);
        QVERIFY(limits);
        QCOMPARE(limits.value().toString(), u"app=3/10,api=100/1"_s);
        RateLimiter limiter;
        limiter.setLimits(limits.value());
        const std::int64_t t0 = 1'000'000'000'000;
        for (int i = 0; i < 3; ++i)
            QVERIFY(!limiter.admit("app", "m", t0 + i));
        const auto refused = limiter.admit("app", "m", t0 + 2'500);
        QVERIFY(refused);
        QCOMPARE(refused->subCode, QByteArray("accesscontrol.limited-by-app-access-count"));
        QCOMPARE(refused->banSeconds, 8); // the window ends at t0 + 10 s
        QVERIFY(!limiter.admit("other-app", "m", t0 + 2'500));
        QVERIFY(!limiter.admit("app", "m", t0 + 10'000)); // a new window
    }

    void nonceMemory()
    {
        NonceCache nonces(1000, 3);
        QVERIFY(nonces.remember("a", "n1", 0));
        QVERIFY(!nonces.remember("a", "n1", 10));
        QVERIFY(nonces.remember("b", "n1", 10));   // per app key
        QVERIFY(nonces.remember("a", "n1", 2000)); // forgotten after the memory
    }

    void singlesDayCurve()
    {
        const TrafficCurve curve(Scenario::SinglesDay);
        auto at = [&](const char *time) { return curve.factor(*mc::protocol::parseTopTime(QByteArrayView(time))); };
        QVERIFY(at("2025-11-11 00:00:30") > 0.9);
        QVERIFY(at("2025-11-11 00:30:00") < at("2025-11-11 00:05:00"));
        QVERIFY(at("2025-11-11 04:30:00") < 0.1);
        QVERIFY(at("2025-11-11 21:00:00") > at("2025-11-11 17:00:00"));
        QVERIFY(at("2025-11-11 23:45:00") > at("2025-11-11 23:00:00"));
        QCOMPARE(TrafficCurve(Scenario::Steady).factor(0), 1.0);
        QCOMPARE(TrafficCurve(Scenario::Idle).factor(0), 0.0);
    }

    void seededMerchantIsDeterministic()
    {
        const QByteArray a = seededDigest(1111, 2000);
        QVERIFY(!a.isEmpty());
        QCOMPARE(seededDigest(1111, 2000), a);
        QVERIFY(seededDigest(42, 2000) != a);
        QVERIFY(a.contains("\"orders\":{\"count\":2000,"));
    }

    void buyerIdentityIsStable()
    {
        static const QRegularExpression kUid(u"^AA[A-Za-z0-9_-]{22}$"_s);
        QSet<QByteArray> uids;
        QSet<QByteArray> nicks;
        for (std::int64_t buyer = 0; buyer < 200'000; ++buyer) {
            const QByteArray uid = buyerOpenUid(buyer);
            QVERIFY2(kUid.match(QString::fromLatin1(uid)).hasMatch(), uid.constData());
            uids.insert(uid);
            nicks.insert(buyerNick(buyer));
        }
        QCOMPARE(uids.size(), 200'000); // one uid per buyer
        QVERIFY(nicks.size() <= 400);   // masked nicks collapse
        QCOMPARE(buyerOpenUid(kBuyerPopulation - 1), buyerOpenUid(kBuyerPopulation - 1));
        QCOMPARE(buyerNick(1234), buyerNick(1234));
        QVERIFY(buyerOpenUid(1234) != buyerOpenUid(1235));
        QVERIFY(buyerNick(1234).contains("***"));
    }

    void someBuyersOrderAgain()
    {
        Rng rng(11);
        QHash<std::int64_t, int> orders;
        const int picks = 20'000;
        for (int i = 0; i < picks; ++i) {
            const std::int64_t buyer = pickBuyer(rng);
            QVERIFY(buyer >= 0 && buyer < kBuyerPopulation);
            ++orders[buyer];
        }
        int loyal = 0;
        for (const int n : std::as_const(orders))
            loyal += n >= 3 ? 1 : 0;
        QVERIFY2(orders.size() < picks && orders.size() > picks * 9 / 10, "most buyers order once, some again");
        QVERIFY2(loyal > 0, "a few buyers order three times or more");
    }

    void seededTradesCarryTheBuyersOpenUid()
    {
        QTemporaryDir dir;
        const auto db = seeded(dir.path(), 1111, 20'000);
        QVERIFY(db);
        auto count = [&](QStringView sql) { return db->queryInt(sql).valueOr(-1); };
        QCOMPARE(count(u"SELECT count(*) FROM orders WHERE length(buyer_open_uid) <> 24"), 0);
        const auto uids = count(u"SELECT count(DISTINCT buyer_open_uid) FROM orders");
        QVERIFY2(uids < 20'000, "repeat buyers");
        QVERIFY2(count(u"SELECT count(DISTINCT buyer_nick) FROM orders") < uids / 10, "nicks undercount buyers");
        // One buyer, one nick: every order of a uid shows the same nick.
        QCOMPARE(count(u"SELECT count(*) FROM (SELECT buyer_open_uid FROM orders GROUP BY buyer_open_uid "
                       u"HAVING count(DISTINCT buyer_nick) > 1)"),
                 0);

        const QJsonObject trade = renderedTrade(*db, kFirstTid);
        QCOMPARE(trade[u"tid"].toInteger(), kFirstTid);
        QCOMPARE(trade[u"buyer_open_uid"].toString(),
                 db->queryText(u"SELECT buyer_open_uid FROM orders WHERE tid = "_s + QString::number(kFirstTid))
                     .valueOr({}));
        QCOMPARE(trade[u"buyer_open_uid"].toString().size(), 24);
    }

    void singlesDayVouchersFollowTheSeed()
    {
        const QStringList first = voucherTraffic(1111, 20'000);
        QVERIFY(!first.isEmpty());
        QCOMPARE(voucherTraffic(1111, 20'000), first);
        QVERIFY(voucherTraffic(7, 20'000) != first);
        const auto count = [&first](QStringView prefix) {
            return std::count_if(first.begin(), first.end(),
                                 [prefix](const QString &l) { return l.startsWith(prefix); });
        };
        // 2 % of 20,000 paid online orders; 30 % of those redeemed, 2 % refunded.
        QVERIFY2(count(u"v|") > 300 && count(u"v|") < 500, qPrintable(first[0]));
        QVERIFY2(count(u"r|") > 80 && count(u"r|") < 250, qPrintable(first[0]));
        QVERIFY2(count(u"x|") > 0 && count(u"x|") < 25, qPrintable(first[0]));
        for (const QString &line : first) {
            if (line.startsWith(u"v|"))
                QVERIFY(line.contains(u"|1111-store-voucher|2000|1|"_s) ||
                        line.contains(u"|1111-store-voucher|2000|3|"_s));
            if (line.startsWith(u"r|")) // at a store's till, which the voucher allows
                QVERIFY(line.endsWith(u"|sandbox-till"_s));
        }
    }

    void schemaV1DataFolderUpgrades()
    {
        QTemporaryDir dir;
        {
            auto all = mc::storage::loadMigrations(u":/sandbox/migrations"_s);
            QVERIFY(all.ok() && all.value().size() >= 2);
            auto v1 = mc::storage::Database::open(mc::storage::OpenOptions{stateDatabasePath(dir.path())});
            QVERIFY(v1.ok());
            QCOMPARE(mc::storage::migrate(*v1.value(), all.value().mid(0, 1)).value().toVersion, 1);
            QVERIFY(v1.value()
                        ->exec(u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, "
                               u"total_fee_fen, post_fee_fen, created_ms, modified_ms, province, city) VALUES "
                               u"(200000000000001, 'WAIT_BUYER_PAY', 'online', 1000, '糖***豆', 100, 100, 0, 1000, "
                               u"1000, '浙江省', '杭州市')")
                        .ok());
        }
        auto db = openStateWriter(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE(db.value()->queryInt(u"PRAGMA user_version").valueOr(0), 5);
        const QJsonObject trade = renderedTrade(*db.value(), kFirstTid);
        QCOMPARE(trade[u"buyer_nick"].toString(), u"糖***豆"_s);
        QVERIFY(trade.contains(u"buyer_open_uid"));
        QCOMPARE(trade[u"buyer_open_uid"].toString(), QString()); // made before uids existed
    }
    // The settlement statement's exceptions are drawn from the seed and the serial: the same
    // seed gives the same outcome to the same redemption, every kind occurs, none at rate 0,
    // and every line keeps gross = commission + paid unless adjusted or withheld.
    void settlementExceptionsAreSeeded()
    {
        const auto outcomes = [](double rate, std::uint64_t seed) {
            QTemporaryDir dir;
            auto db = openStateWriter(dir.path());
            QMap<QString, QString> out;
            if (!db)
                return out;
            SettlementDesk desk(*db.value(), SettlementTerms{60, rate, seed});
            const std::int64_t redeemed = mc::protocol::parseTopTime(u"2025-11-11 10:00:00").value();
            for (int i = 0; i < 400; ++i)
                if (!desk.record("serial-" + QByteArray::number(i), 1001, "v", 1900, redeemed))
                    return out;
            auto rows = db.value()->prepare(u"SELECT serial_num, outcome, gross_fen, commission_fen, amount_fen, "
                                            u"settled_ms FROM settlements");
            if (!rows)
                return out;
            const mc::core::Status read = forEachRow(rows.value(), [&](mc::storage::Statement &r) {
                const bool paidInFull = r.int64(2) == r.int64(3) + r.int64(4);
                out.insert(r.text(0), r.text(1) + (paidInFull ? u"" : u"!") + u'@' + QString::number(r.int64(5)));
            });
            if (!read)
                out.clear();
            return out;
        };
        const auto a = outcomes(0.5, 1111);
        QCOMPARE(a.size(), 400);
        QCOMPARE(outcomes(0.5, 1111), a);
        QVERIFY(outcomes(0.5, 2222) != a);
        QSet<QString> kinds;
        int exceptions = 0;
        const QString due = QString::number(mc::protocol::parseTopTime(u"2025-11-12 02:00:00").value());
        for (const QString &v : a) {
            const QString kind = v.section(u'@', 0, 0);
            kinds.insert(kind);
            exceptions += kind == u"settled" ? 0 : 1;
            if (kind == u"settled" || kind == u"missing")
                QCOMPARE(v, kind + u'@' + due); // paid in full, at 02:00 the next day
            if (kind == u"late")
                QVERIFY(v.section(u'@', 1).toLongLong() > due.toLongLong());
            if (kind == u"adjusted!" || kind == u"withheld!")
                QCOMPARE(v.section(u'@', 1), due);
        }
        QCOMPARE(kinds, (QSet<QString>{u"settled"_s, u"late"_s, u"adjusted!"_s, u"withheld!"_s, u"missing"_s}));
        QVERIFY(exceptions > 150 && exceptions < 250);
        for (const QString &v : outcomes(0.0, 1111))
            QVERIFY(v.startsWith(u"settled@"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandbox_rules.moc"
