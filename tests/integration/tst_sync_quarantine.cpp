// Issue 10 end to end: a real sandbox serves a history in which one trade is broken (a
// negative line payment) and one has a status this version does not know. `sync --once`
// commits everything else, sets the broken trade aside, keeps the unknown one as not a
// sale, and says so in its JSON summary; the rollups equal the stored lines. When the
// platform sends the trade again, repaired, it is applied and leaves the quarantine.
#include "app/storage/database.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject summaryOf(const CommandResult &r)
{
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

// Runs SQL on the (stopped) sandbox's state.
bool editSandbox(const SandboxProcess &sandbox, const QString &sql)
{
    auto db = storage::Database::open(storage::OpenOptions{QDir(sandbox.dataDir()).filePath(u"sandbox.sqlite"_s)});
    return db && db.value()->exec(sql).ok();
}

} // namespace

class TestSyncQuarantine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenTradeIsSetAsideAndReleased()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"frozen"_s, u"--seed-orders"_s, u"300"_s}),
                 qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.stop());
        std::int64_t broken = 0, unknown = 0;
        {
            auto db = storage::Database::open(storage::OpenOptions{QDir(sandbox.dataDir()).filePath(u"sandbox.sqlite"_s)});
            QVERIFY(db.ok());
            const QString paid = u"SELECT tid FROM orders WHERE pay_time_ms > 0 AND status IN ('WAIT_SELLER_SEND_GOODS',"
                                 u"'WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED') ORDER BY tid LIMIT 1 OFFSET %1"_s;
            broken = db.value()->queryInt(paid.arg(0)).valueOr(0);
            unknown = db.value()->queryInt(paid.arg(1)).valueOr(0);
            QVERIFY(broken > 0 && unknown > 0);
            QVERIFY(db.value()
                        ->exec(u"UPDATE order_lines SET payment_fen = -500 WHERE oid = (SELECT min(oid) FROM order_lines "
                               u"WHERE tid = %1); UPDATE orders SET status = 'SELLER_CONSIGNED_PART' WHERE tid = %2"_s
                                   .arg(broken)
                                   .arg(unknown))
                        .ok());
        }
        QVERIFY2(sandbox.start({u"--scenario"_s, u"frozen"_s}), qPrintable(sandbox.errorString()));

        QTemporaryDir dir;
        const CommandResult first = syncOnce(sandbox, dir.path(), {u"--no-feed"_s});
        QVERIFY2(first.exitCode == 0, first.err.right(2000).constData());
        const QJsonObject summary = summaryOf(first);
        QCOMPARE(summary.value(u"quarantined_trades"_s).toInteger(-1), 1);
        QCOMPARE(summary.value(u"unknown_status_orders"_s).toInteger(-1), 1);
        QVERIFY(summary.value(u"trades_set_aside"_s).toInteger(-1) >= 1);
        QCOMPARE(summary.value(u"orders_inserted"_s).toInteger(-1), 299);
        QCOMPARE(checkCacheConsistency(dir.path()), QString());
        {
            auto db = storage::Database::open(storage::OpenOptions{QDir(dir.path()).filePath(u"cache.sqlite"_s)});
            QVERIFY(db.ok());
            QCOMPARE(db.value()->queryText(u"SELECT reason FROM quarantine WHERE tid = %1"_s.arg(broken)).valueOr({}),
                     u"negative-amount: orders.order.payment -5.00"_s);
            QCOMPARE(db.value()->queryText(u"SELECT status FROM orders WHERE tid = %1"_s.arg(unknown)).valueOr({}),
                     u"SELLER_CONSIGNED_PART"_s);
        }

        // The platform repairs the trade: it changes, so the next poll reads it again.
        QVERIFY(sandbox.stop());
        std::int64_t cursor = 0;
        {
            auto db = storage::Database::open(storage::OpenOptions{QDir(dir.path()).filePath(u"cache.sqlite"_s)});
            QVERIFY(db.ok());
            cursor = db.value()->queryInt(u"SELECT CAST(value AS INTEGER) FROM sync_cursors "
                                          u"WHERE name = 'orders.incremental'"_s)
                         .valueOr(0);
            QVERIFY(cursor > 0);
        }
        QVERIFY(editSandbox(sandbox, u"UPDATE order_lines SET payment_fen = 500 WHERE tid = %1 AND payment_fen < 0; "
                                     u"UPDATE orders SET modified_ms = %2 WHERE tid = %1"_s.arg(broken)
                                         .arg(cursor - 10'000)));
        QVERIFY2(sandbox.start({u"--scenario"_s, u"frozen"_s}), qPrintable(sandbox.errorString()));
        const CommandResult second = syncOnce(sandbox, dir.path(), {u"--no-feed"_s});
        QVERIFY2(second.exitCode == 0, second.err.right(2000).constData());
        QCOMPARE(summaryOf(second).value(u"quarantined_trades"_s).toInteger(-1), 0);
        QCOMPARE(summaryOf(second).value(u"unknown_status_orders"_s).toInteger(-1), 1);
        QCOMPARE(checkCacheConsistency(dir.path()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncQuarantine)
#include "tst_sync_quarantine.moc"
