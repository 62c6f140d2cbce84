// SyncEngine in the test process against a real sandbox: fail the k-th database operation
// for every k of a reference sync and converge; clock skew inside and outside the
// platform's window; stock pushes acknowledged, and conflicts surfaced, not overwritten.
#include "app/protocol/statedigest.h"
#include "app/storage/databases.h"
#include "app/storage/faultinjection.h"
#include "app/sync/stockpusher.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/syncharness.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc;
using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray localDigest(const QString &dir)
{
    auto db = storage::openReader(dir, storage::DatabaseRole::Cache);
    if (!db)
        return {};
    auto digest = protocol::stateDigest(*db.value());
    return digest ? protocol::digestJsonLine(digest.value()) : QByteArray();
}

bool copyDatabases(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : {u"cache.sqlite"_s, u"ledger.sqlite"_s}) {
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

} // namespace

class TestSyncInProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failEveryStorageOperationOfAnIncrementalSync()
    {
        if (!storage::faults::compiledIn())
            QFAIL("this build has no fault injection (MC_FAULT_INJECTION)");
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"200"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir root;
        const QString base = root.filePath(u"base"_s);
        QThread::sleep(2); // the catalog cursor must not fall on the second the merchant was seeded
        {
            SyncHarness initial(sandbox, base);
            initial.syncOptions.useFeed = false;
            initial.syncOptions.listingOverlapMs = 1000;
            const SyncRun r = initial.runOnce();
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        // The platform moves on: a few seconds of steady trading, then quiet again.
        QVERIFY(sandbox.stop());
        SandboxProcess busy;
        busy.setDataDir(sandbox.dataDir());
        QVERIFY(busy.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, u"4"_s}));
        QThread::msleep(1500);
        QVERIFY(busy.stop());
        // Then a platform that holds still: idle, and its clock slowed a thousandfold so that no
        // lifecycle event of those orders (payment, shipping) fires while the test compares.
        SandboxProcess quiet;
        quiet.setDataDir(sandbox.dataDir());
        QVERIFY(quiet.start({u"--scenario"_s, u"idle"_s, u"--speed"_s, u"0.001"_s}));
        const QByteArray platformDigest = quiet.digestCommand().trimmed();

        // Reference run: how many storage operations does the incremental sync make?
        const QString ref = root.filePath(u"ref"_s);
        QVERIFY(copyDatabases(base, ref));
        SyncHarness harness(quiet, ref);
        harness.syncOptions.useFeed = false;
        harness.syncOptions.listingOverlapMs = 1000;
        harness.syncOptions.pollLagMs = 0; // the platform's clock stands still: read up to its now
        storage::faults::resetCount();
        const SyncRun reference = harness.runOnce();
        const std::int64_t operations = storage::faults::operationCount();
        QVERIFY2(reference.ok, qPrintable(reference.error));
        QCOMPARE(localDigest(ref), platformDigest);
        QVERIFY2(operations > 20, "the reference sync should touch the database");
        qInfo() << "reference incremental sync:" << operations << "storage operations";

        // Each injected fault is reported on purpose; keep the log readable.
        QLoggingCategory::setFilterRules(u"mc.*.warning=false"_s);
        int failedRuns = 0;
        for (std::int64_t k = 1; k <= operations; ++k) {
            const QString dir = root.filePath(u"k"_s + QString::number(k));
            QVERIFY(copyDatabases(base, dir));
            SyncHarness faulty(quiet, dir);
            faulty.syncOptions.useFeed = false;
            faulty.syncOptions.listingOverlapMs = 1000;
            faulty.syncOptions.pollLagMs = 0;
            storage::faults::failOperation(k);
            const SyncRun broken = faulty.runOnce();
            storage::faults::failOperation(0);
            failedRuns += broken.ok ? 0 : 1;
            // Whatever failed, the cache is consistent (all-or-nothing batches)...
            const QString consistency = checkCacheConsistency(dir);
            QVERIFY2(consistency.isEmpty(), qPrintable(u"k=%1: %2"_s.arg(k).arg(consistency)));
            // ...and the next run converges.
            const SyncRun again = faulty.runOnce();
            QVERIFY2(again.ok, qPrintable(u"k=%1: %2"_s.arg(k).arg(again.error)));
            const QByteArray local = localDigest(dir);
            QVERIFY2(local == platformDigest,
                     qPrintable(u"k=%1 did not converge:\n%2\n%3"_s.arg(k).arg(QString::fromLatin1(local),
                                                                               QString::fromLatin1(platformDigest))));
            QDir(dir).removeRecursively();
        }
        QLoggingCategory::setFilterRules({});
        QVERIFY2(failedRuns >= operations * 9 / 10,
                 qPrintable(u"only %1 of %2 injected faults surfaced as failures"_s.arg(failedRuns).arg(operations)));
    }

    // The initial download commits history pages in batches: several pages and the "done"
    // markers of their windows in one transaction. Fail storage operations spread over a
    // history download: every time the cache stays consistent and the next run converges.
    void failStorageOperationsOfAHistoryDownload()
    {
        if (!storage::faults::compiledIn())
            QFAIL("this build has no fault injection (MC_FAULT_INJECTION)");
        SandboxProcess sandbox; // frozen: nothing changes while the test compares
        QVERIFY2(sandbox.start({u"--scenario"_s, u"frozen"_s, u"--seed-orders"_s, u"3000"_s}),
                 qPrintable(sandbox.errorString()));
        const QByteArray platformDigest = sandbox.digestCommand().trimmed();
        QTemporaryDir root;
        auto configure = [](SyncHarness &h) {
            h.syncOptions.useFeed = false;
            h.syncOptions.listingOverlapMs = 1000; // later runs re-read no catalog or stock
            h.syncOptions.historyBatchOrders = 400; // several pages per batch, several batches
        };
        QThread::sleep(2); // the catalog cursor must not fall on the second the merchant was seeded
        // The base: catalog and stock synced, the orders forgotten, so a run is mostly history.
        const QString base = root.filePath(u"base"_s);
        {
            SyncHarness initial(sandbox, base);
            configure(initial);
            const SyncRun r = initial.runOnce();
            QVERIFY2(r.ok, qPrintable(r.error));
            auto db = storage::openWriter(base, storage::DatabaseRole::Cache);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(u"DELETE FROM order_lines; DELETE FROM orders; DELETE FROM rollup_minute; "
                                     u"DELETE FROM rollup_sku_hour; DELETE FROM sync_cursors WHERE name LIKE 'orders.%'"_s).ok());
        }
        const QString ref = root.filePath(u"ref"_s);
        QVERIFY(copyDatabases(base, ref));
        SyncHarness reference(sandbox, ref);
        configure(reference);
        storage::faults::resetCount();
        const SyncRun ok = reference.runOnce();
        const std::int64_t operations = storage::faults::operationCount();
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(localDigest(ref), platformDigest);
        qInfo() << "reference history download:" << operations << "storage operations,"
                << ok.counters.historyTransactions << "history transactions for" << ok.counters.windowsDone << "windows";
        QVERIFY2(ok.counters.historyTransactions * 3 < ok.counters.windowsDone, "history pages should share transactions");
        {
            // Every order transaction is numbered in the cache, so the dashboard can tell
            // which change summaries its loaded figures already hold.
            auto db = storage::openReader(ref, storage::DatabaseRole::Cache);
            QVERIFY(db.ok());
            const auto seq =
                db.value()->queryInt(u"SELECT CAST(value AS INTEGER) FROM sync_cursors WHERE name = 'commit.seq'"_s);
            QVERIFY(seq.ok());
            QVERIFY2(seq.value() >= ok.counters.historyTransactions && seq.value() > 0,
                     qPrintable(QString::number(seq.value())));
        }

        QLoggingCategory::setFilterRules(u"mc.*.warning=false"_s);
        constexpr std::int64_t kSamples = 30;
        for (std::int64_t i = 0; i < kSamples; ++i) {
            const std::int64_t k = 1 + i * operations / kSamples;
            const QString dir = root.filePath(u"k"_s + QString::number(k));
            QVERIFY(copyDatabases(base, dir));
            SyncHarness faulty(sandbox, dir);
            configure(faulty);
            storage::faults::failOperation(k);
            const SyncRun broken = faulty.runOnce();
            storage::faults::failOperation(0);
            QVERIFY2(!broken.ok, qPrintable(u"k=%1: the injected fault was not reported"_s.arg(k)));
            const QString consistency = checkCacheConsistency(dir);
            QVERIFY2(consistency.isEmpty(), qPrintable(u"k=%1: %2"_s.arg(k).arg(consistency)));
            const SyncRun again = faulty.runOnce();
            QVERIFY2(again.ok, qPrintable(u"k=%1: %2"_s.arg(k).arg(again.error)));
            QVERIFY2(localDigest(dir) == platformDigest, qPrintable(u"k=%1 did not converge"_s.arg(k)));
            QDir(dir).removeRecursively();
        }
        QLoggingCategory::setFilterRules({});
    }

    void clockSkew_data()
    {
        QTest::addColumn<qint64>("skewMs");
        QTest::addColumn<bool>("works");
        QTest::newRow("9 minutes ahead") << qint64(9 * 60'000) << true;
        QTest::newRow("9 minutes behind") << qint64(-9 * 60'000) << true;
        QTest::newRow("11 minutes ahead") << qint64(11 * 60'000) << false;
        QTest::newRow("11 minutes behind") << qint64(-11 * 60'000) << false;
    }

    void clockSkew()
    {
        QFETCH(qint64, skewMs);
        QFETCH(bool, works);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"50"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        OffsetClock skewed(skewMs);
        SyncHarness harness(sandbox, dir.path(), skewed);
        const SyncRun run = harness.runOnce();
        if (works) {
            QVERIFY2(run.ok, qPrintable(run.error));
            QCOMPARE(localDigest(dir.path()), sandbox.digestCommand().trimmed());
        } else {
            QVERIFY(!run.ok);
            QVERIFY2(run.error.contains(u"clock"_s), qPrintable(run.error));
            QVERIFY2(run.error.contains(u"11"_s), qPrintable(run.error)); // says by how much
        }
    }

    void stockPushIsAcknowledgedAndConflictsAreSurfaced()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        SyncHarness harness(sandbox, dir.path());
        QVERIFY(harness.runOnce().ok);

        auto cache = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(cache.ok());
        qint64 sku = 0, location = 0, quantity = 0;
        {
            // Scoped: an unfinished statement would hold its read snapshot open.
            auto pick = cache.value()->prepare(u"SELECT sku_id, location_id, quantity FROM stock_levels "
                                               u"WHERE quantity > 3 ORDER BY sku_id LIMIT 1");
            QVERIFY(pick.ok() && pick.value().step().value());
            sku = pick.value().int64(0);
            location = pick.value().int64(1);
            quantity = pick.value().int64(2);
        }

        auto engine = harness.makeEngine();
        QVERIFY(engine->open().ok());
        QSignalSpy acked(engine.get(), &sync::SyncEngine::stockChangeAcknowledged);
        QSignalSpy conflicts(engine.get(), &sync::SyncEngine::stockChangeConflict);
        auto id = engine->requestStockChange(sku, location, quantity + 5, quantity, u"test"_s);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QVERIFY(acked.wait(10'000));
        QCOMPARE(acked.first().first().toString(), id.value());

        // Someone else's view: still believes the old quantity. The platform refuses it.
        auto stale = engine->requestStockChange(sku, location, 1, quantity, u"test"_s);
        QVERIFY(stale.ok());
        QVERIFY(conflicts.wait(10'000));
        const auto conflict = conflicts.first().first().value<sync::StockConflict>();
        QCOMPARE(conflict.current, quantity + 5);
        QCOMPARE(conflict.wanted, qint64(1));
        engine->stop();
        engine.reset();

        // The platform kept the acknowledged value, and a sync agrees with it.
        QVERIFY(harness.runOnce().ok);
        QCOMPARE(localDigest(dir.path()), sandbox.digestCommand().trimmed());
        auto level = cache.value()->queryInt(u"SELECT quantity FROM stock_levels WHERE sku_id = %1 AND location_id = %2"_s
                                                 .arg(sku)
                                                 .arg(location));
        QCOMPARE(level.value(), quantity + 5);
        auto ledger = storage::openReader(dir.path(), storage::DatabaseRole::Ledger);
        QCOMPARE(ledger.value()->queryInt(u"SELECT count(*) FROM outbox WHERE state = 'acked'").value(), qint64(1));
        QCOMPARE(ledger.value()->queryInt(u"SELECT count(*) FROM outbox WHERE state = 'conflict'").value(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncInProcess)
#include "tst_sync_inprocess.moc"
