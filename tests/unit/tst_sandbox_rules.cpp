// The sandbox's rules in isolation: fault specs and decisions, rate budgets and bans, nonce
// memory, the 11.11 traffic curve, and a deterministic seeded merchant and history.
#include "app/protocol/toptime.h"
#include "app/sandbox/catalogsnapshot.h"
#include "app/sandbox/faultplan.h"
#include "app/sandbox/historyseeder.h"
#include "app/sandbox/merchantseed.h"
#include "app/sandbox/noncecache.h"
#include "app/sandbox/ratelimiter.h"
#include "app/sandbox/statedatabase.h"
#include "app/sandbox/statedigest.h"
#include "app/sandbox/trafficcurve.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc::sandbox;

class TestSandboxRules : public QObject
{
    Q_OBJECT

private:
    static QByteArray seededDigest(std::uint64_t seed, std::int64_t orders)
    {
        QTemporaryDir dir;
        auto db = openStateWriter(dir.path());
        if (!db)
            return {};
        const std::int64_t now = *mc::protocol::parseTopTime(QByteArrayView("2025-11-10 23:58:00"));
        if (!MerchantSeed::populate(*db.value(), seed, now))
            return {};
        auto catalog = CatalogSnapshot::load(*db.value());
        if (!catalog || !HistorySeeder::seed(*db.value(), catalog.value(), orders, seed, now))
            return {};
        return StateDigest::compute(*db.value()).valueOr({});
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
};

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandbox_rules.moc"
