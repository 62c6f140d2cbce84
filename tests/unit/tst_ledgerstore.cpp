// Ledger: outbox entries survive until acknowledged; the audit chain detects tampering.
#include "app/sync/ledgerkey.h"
#include "app/sync/ledgerstore.h"

#include <QFile>

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
        auto due = l.due(u"stock.adjust"_s, 10);
        QCOMPARE(due.value().size(), 2);
        QCOMPARE(due.value().first().payload.value(u"sku_id").toInt(), 5);

        QVERIFY(l.scheduleRetry(a.value(), clock.nowMs() + 30'000, u"network down"_s).ok());
        QCOMPARE(l.due(u"stock.adjust"_s, 10).value().size(), 1); // a waits for its retry time
        clock.advanceMs(30'000);
        QCOMPARE(l.due(u"stock.adjust"_s, 10).value().size(), 2);
        QVERIFY(l.markDone(a.value(), u"acked"_s, {}).ok());
        QCOMPARE(l.pendingCount().value(), 1);
        // Another kind's backlog is not in this kind's way.
        for (int i = 0; i < 5; ++i)
            QVERIFY(l.record(u"voucher.redeem"_s, {{u"i"_s, i}}, u"clerk"_s, u"voucher.redeem.recorded"_s).ok());
        QCOMPARE(l.due(u"stock.adjust"_s, 1).value().size(), 1);
        QCOMPARE(l.due(u"stock.adjust"_s, 1).value().constFirst().kind, u"stock.adjust"_s);
        QCOMPARE(l.due(u"voucher.redeem"_s, 10).value().size(), 5);
        // Acknowledged rows stay, marked done.
        QCOMPARE(l.database().queryInt(u"SELECT count(*) FROM outbox").value(), 7);
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

    // Whoever can edit ledger.sqlite but not read ledger.key cannot rewrite the chain:
    // re-computing every link with plain SHA-256 after a change is still detected.
    void chainIsKeyed()
    {
        QTemporaryDir dir;
        core::ManualClock clock(5'000);
        auto ledger = sync::LedgerStore::open(dir.path(), clock);
        QVERIFY(ledger.ok());
        auto &l = *ledger.value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(l.record(u"stock.adjust"_s, {{u"i"_s, i}}, u"owner"_s, u"x"_s).ok());
        QVERIFY(QFile::exists(sync::ledgerKeyPath(dir.path())));
        QCOMPARE(QFile::permissions(sync::ledgerKeyPath(dir.path())) & 0x0077, QFile::Permissions());
        QCOMPARE(QFile::permissions(dir.filePath(u"ledger.sqlite"_s)) & 0x0077, QFile::Permissions());
        QVERIFY(l.database().exec(u"UPDATE audit_log SET actor = 'forger' WHERE seq = 2").ok());
        // The forger re-links rows 2 and 3 the way an unkeyed chain would be computed.
        auto rows = l.database().prepare(u"SELECT seq, id, at_ms, actor, action, detail FROM audit_log ORDER BY seq");
        QVERIFY(rows.ok());
        QByteArray previous(32, '\0');
        QList<std::pair<std::int64_t, std::pair<QByteArray, QByteArray>>> links;
        while (rows.value().step().value()) {
            auto &r = rows.value();
            const QByteArray canonical = QByteArray::number(r.int64(0)) + '\t' + r.text(1).toUtf8() + '\t' +
                                         QByteArray::number(r.int64(2)) + '\t' + r.text(3).toUtf8() + '\t' +
                                         r.text(4).toUtf8() + '\t' + r.text(5).toUtf8();
            const QByteArray link = sync::chainLink(sync::kChainSha256, {}, previous, canonical);
            links.append({r.int64(0), {previous, link}});
            previous = link;
        }
        for (const auto &[seq, link] : links) {
            auto u = l.database().prepare(u"UPDATE audit_log SET prev_hash = ?, hash = ?, chain = 'sha256' WHERE seq = ?");
            u.value().bind(1, link.first).bind(2, link.second).bind(3, seq);
            QVERIFY(u.value().run().ok());
        }
        std::int64_t bad = 0;
        QVERIFY(!l.verifyAuditChain(&bad).value());
        QCOMPARE(bad, 1);
        ledger = core::Error{}; // close, then open again: the forgery is not laundered into a keyed chain
        auto reopened = sync::LedgerStore::open(dir.path(), clock);
        QVERIFY(reopened.ok());
        QVERIFY(!reopened.value()->verifyAuditChain(&bad).value());
        QCOMPARE(bad, 1);
    }

    // A ledger written before the chain was keyed (no ledger.key yet) is keyed on first open.
    void legacyChainIsKeyedOnce()
    {
        QTemporaryDir dir;
        core::ManualClock clock(5'000);
        {
            auto ledger = sync::LedgerStore::open(dir.path(), clock);
            QVERIFY(ledger.value()->record(u"stock.adjust"_s, {}, u"owner"_s, u"x"_s).ok());
            auto &db = ledger.value()->database();
            auto r = db.prepare(u"SELECT seq, id, at_ms, actor, action, detail FROM audit_log");
            QVERIFY(r.value().step().value());
            auto &row = r.value();
            const QByteArray canonical = QByteArray::number(row.int64(0)) + '\t' + row.text(1).toUtf8() + '\t' +
                                         QByteArray::number(row.int64(2)) + '\t' + row.text(3).toUtf8() + '\t' +
                                         row.text(4).toUtf8() + '\t' + row.text(5).toUtf8();
            const QByteArray legacy = sync::chainLink(sync::kChainSha256, {}, QByteArray(32, '\0'), canonical);
            r.value().reset();
            auto u = db.prepare(u"UPDATE audit_log SET hash = ?, chain = 'sha256'");
            u.value().bind(1, legacy);
            QVERIFY(u.value().run().ok());
        }
        QVERIFY(QFile::remove(sync::ledgerKeyPath(dir.path()))); // as before v2
        auto reopened = sync::LedgerStore::open(dir.path(), clock);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->verifyAuditChain().value());
        QCOMPARE(reopened.value()->database().queryInt(u"SELECT count(*) FROM audit_log WHERE chain = 'hmac-sha256'").value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "tst_ledgerstore.moc"
