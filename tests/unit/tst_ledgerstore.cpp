// Ledger: outbox entries survive until acknowledged; the audit chain detects tampering.
#include "app/sync/ledgerstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

class TestLedgerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxLifecycle()
    {
        QTemporaryDir dir;
        core::ManualClock clock(1'000'000);
        auto ledger = sync::LedgerStore::open(dir.path(), clock);
        QVERIFY(ledger.ok());
        auto &l = *ledger.value();
        auto a = l.record(u"stock.adjust"_s, {{u"sku_id"_s, 5}}, u"owner"_s, u"stock.adjust.requested"_s);
        clock.advanceMs(1);
        auto b = l.record(u"stock.adjust"_s, {{u"sku_id"_s, 6}}, u"owner"_s, u"stock.adjust.requested"_s);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() < b.value()); // UUIDv7: time-ordered
        QCOMPARE(l.pendingCount().value(), 2);
        auto due = l.due(10);
        QCOMPARE(due.value().size(), 2);
        QCOMPARE(due.value().first().payload.value(u"sku_id").toInt(), 5);

        QVERIFY(l.scheduleRetry(a.value(), clock.nowMs() + 30'000, u"network down"_s).ok());
        QCOMPARE(l.due(10).value().size(), 1); // a waits for its retry time
        clock.advanceMs(30'000);
        QCOMPARE(l.due(10).value().size(), 2);
        QVERIFY(l.markDone(a.value(), u"acked"_s, {}).ok());
        QCOMPARE(l.pendingCount().value(), 1);
        // Acknowledged rows stay, marked done.
        QCOMPARE(l.database().queryInt(u"SELECT count(*) FROM outbox").value(), 2);
    }

    void auditChainDetectsTampering()
    {
        QTemporaryDir dir;
        core::ManualClock clock(5'000);
        auto ledger = sync::LedgerStore::open(dir.path(), clock);
        QVERIFY(ledger.ok());
        auto &l = *ledger.value();
        for (int i = 0; i < 5; ++i)
            QVERIFY(l.record(u"stock.adjust"_s, {{u"i"_s, i}}, u"store-7"_s, u"stock.adjust.requested"_s).ok());
        QVERIFY(l.verifyAuditChain().value());
        QVERIFY(l.database().exec(u"UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3").ok());
        std::int64_t bad = 0;
        QVERIFY(!l.verifyAuditChain(&bad).value());
        QCOMPARE(bad, 3);
    }

    void deletedAuditRowIsDetected()
    {
        QTemporaryDir dir;
        core::ManualClock clock(5'000);
        auto ledger = sync::LedgerStore::open(dir.path(), clock);
        auto &l = *ledger.value();
        for (int i = 0; i < 4; ++i)
            QVERIFY(l.record(u"stock.adjust"_s, {{u"i"_s, i}}, u"owner"_s, u"x"_s).ok());
        QVERIFY(l.database().exec(u"DELETE FROM audit_log WHERE seq = 2").ok());
        std::int64_t bad = 0;
        QVERIFY(!l.verifyAuditChain(&bad).value());
        QCOMPARE(bad, 3);
    }
};

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "tst_ledgerstore.moc"
