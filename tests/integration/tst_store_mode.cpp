// A store manager's console against a real platform-sandbox process: `sync --store ID` uses
// that store's credential (never the owner's), converges for that store's scope without the
// owner-only message feed (the sandbox refuses it to a store credential), and the engine in
// store mode goes live by polling.
#include "app/storage/databases.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/syncharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

// Every row of `sql` over the cache of `dir`, columns joined by '|'.
QStringList rows(const QString &dir, const QString &sql)
{
    QStringList out;
    auto db = storage::openReader(dir, storage::DatabaseRole::Cache);
    if (!db)
        return {u"error: "_s + db.error().toString()};
    auto statement = db.value()->prepare(sql);
    if (!statement)
        return {u"error: "_s + statement.error().toString()};
    for (;;) {
        auto row = statement.value().step();
        if (!row || !row.value())
            break;
        QStringList columns;
        for (int i = 0; i < statement.value().columnCount(); ++i)
            columns << statement.value().text(i);
        out << columns.join(u'|');
    }
    return out;
}

const QString kOrders = u"SELECT tid, status, channel, location_id, payment_fen, modified_ms, pay_time_ms FROM orders "
                        u"%1 ORDER BY tid"_s;
const QString kLines = u"SELECT l.oid, l.tid, l.sku_id, l.num, l.payment_fen, l.refund_status FROM order_lines l "
                       u"JOIN orders o USING (tid) %1 ORDER BY l.oid"_s;

} // namespace

class TestStoreMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeSyncConvergesForItsScopeWithoutTheFeed()
    {
        SandboxProcess sandbox; // frozen: both syncs see the same platform
        QVERIFY2(sandbox.start({u"--scenario"_s, u"frozen"_s, u"--seed-orders"_s, u"3000"_s}),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir ownerDir, storeDir;
        const CommandResult owner = syncOnce(sandbox, ownerDir.path());
        QVERIFY2(owner.exitCode == 0, owner.err.right(2000).constData());

        // The store with the most orders in the owner's (complete) copy.
        const QStringList busiest = rows(ownerDir.path(), u"SELECT location_id, count(*) FROM orders WHERE channel = "
                                                          u"'store' GROUP BY location_id ORDER BY 2 DESC, 1 LIMIT 1"_s);
        QCOMPARE(busiest.size(), 1);
        const QString store = busiest.first().section(u'|', 0, 0);
        QVERIFY2(busiest.first().section(u'|', 1).toInt() > 0, qPrintable(busiest.first()));
        QVERIFY(sandbox.store(store.toLongLong()).has_value());

        const CommandResult r = syncOnce(sandbox, storeDir.path(), {u"--store"_s, store});
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData()); // the feed would have been refused: 12
        const QJsonObject summary = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(summary.value(u"feed_messages"_s).toInteger(), 0);

        // Exactly the store's orders, lines and stock, as the owner's copy has them.
        const QString scope = u"WHERE location_id = "_s + store;
        const QStringList storeOrders = rows(storeDir.path(), kOrders.arg(QString()));
        QVERIFY(!storeOrders.isEmpty());
        QCOMPARE(storeOrders, rows(ownerDir.path(), kOrders.arg(scope)));
        QCOMPARE(rows(storeDir.path(), kLines.arg(QString())),
                 rows(ownerDir.path(), kLines.arg(u"WHERE o."_s + scope.mid(6))));
        const QString stock = u"SELECT sku_id, location_id, quantity FROM stock_levels %1 ORDER BY 1, 2"_s;
        QCOMPARE(rows(storeDir.path(), stock.arg(QString())), rows(ownerDir.path(), stock.arg(scope)));
        const QString problems = checkCacheConsistency(storeDir.path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // Incremental: nothing new, nothing doubled.
        const CommandResult again = syncOnce(sandbox, storeDir.path(), {u"--store"_s, store});
        QVERIFY2(again.exitCode == 0, again.err.right(2000).constData());
        QVERIFY2(again.out.contains("\"orders_inserted\":0"), again.out.constData());
    }

    void storeEngineGoesLiveByPolling()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, u"20"_s, u"--seed-orders"_s, u"300"_s}),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        SyncHarness harness(sandbox, dir.path());
        harness.storeId = sandbox.stores().first().storeId;
        harness.syncOptions.historyDays = 3;
        harness.syncOptions.pollOnlyIntervalMs = 300;
        auto engine = harness.makeEngine();
        QVERIFY(engine->client().credentials().isStoreManager());
        QVERIFY(engine->open());
        QList<core::SyncStatus> statuses;
        connect(engine.get(), &sync::SyncEngine::statusChanged, this,
                [&statuses](const core::SyncStatus &s) { statuses.append(s); });
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(engine->status().state == core::ConnectionState::Live, 60'000);
        QVERIFY(engine->status().polling);

        // Live stays live: the polls run (requests keep going out) and nothing fails.
        const auto sent = engine->client().requestsSent();
        QTest::qWait(3'000);
        QVERIFY2(engine->client().requestsSent() >= sent + 3, "no increment polls while live");
        QCOMPARE(engine->status().state, core::ConnectionState::Live);
        for (const core::SyncStatus &s : std::as_const(statuses)) {
            QVERIFY2(s.state != core::ConnectionState::Retrying && s.state != core::ConnectionState::Failed,
                     qPrintable(s.message));
            QVERIFY(s.polling);
        }
        engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestStoreMode)
#include "tst_store_mode.moc"
