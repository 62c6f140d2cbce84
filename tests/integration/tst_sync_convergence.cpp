// Sync against a real platform-sandbox process: initial and incremental sync converge
// (local digest == platform digest, rollups == aggregates), also while the platform keeps
// generating orders, through every fault class the sandbox can inject, and over TLS.
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testdata.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

#define VERIFY_CONVERGED(sandbox, dir)                                                                              \
    do {                                                                                                            \
        const QByteArray platformDigest = (sandbox).digestCommand().trimmed();                                      \
        const QByteArray localDigest = consoleDigest(dir);                                                          \
        QVERIFY2(!platformDigest.isEmpty(), "platform digest failed");                                             \
        QCOMPARE(localDigest, platformDigest);                                                                      \
        const QString problems = checkCacheConsistency(dir);                                                        \
        QVERIFY2(problems.isEmpty(), qPrintable(problems));                                                         \
    } while (false)

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialThenIncremental()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"3000"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const CommandResult first = syncOnce(sandbox, dir.path());
        QVERIFY2(first.exitCode == 0, first.err.right(2000).constData());
        QVERIFY(first.out.contains("\"orders_inserted\":3000"));
        VERIFY_CONVERGED(sandbox, dir.path());

        // A second run is incremental: nothing new, nothing doubled.
        const CommandResult second = syncOnce(sandbox, dir.path());
        QVERIFY2(second.exitCode == 0, second.err.right(2000).constData());
        QVERIFY2(second.out.contains("\"orders_inserted\":0"), second.out.constData());
        VERIFY_CONVERGED(sandbox, dir.path());
    }

    void convergesAfterFollowingAGeneratingPlatform()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, u"80"_s, u"--seed-orders"_s, u"500"_s,
                                u"--faults"_s, u"taobao.tmc.messages.consume:duplicate=0.3,reorder=0.5"_s}),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        QProcess follow;
        follow.start(binaryPath(u"merchant-console"_s), syncArgs(sandbox, dir.path()) << u"--follow"_s);
        QVERIFY(follow.waitForStarted());
        QThread::sleep(6); // orders are created, paid, shipped, refunded while we follow
        follow.terminate();
        QVERIFY(follow.waitForFinished(20'000));
        QCOMPARE(follow.exitCode(), 0);
        const QString consistency = checkCacheConsistency(dir.path());
        QVERIFY2(consistency.isEmpty(), qPrintable(consistency)); // the feed alone kept rollups exact

        // Stop the generator and catch up on a frozen platform (same state; no orders are
        // created, paid or shipped any more): one incremental sync must make both sides
        // identical. (An idle platform still moves orders through their lifecycle, so its
        // digest could change between our sync and the comparison on a loaded machine.)
        QVERIFY(sandbox.stop());
        SandboxProcess quiet;
        quiet.setDataDir(sandbox.dataDir());
        QVERIFY2(quiet.start({u"--scenario"_s, u"frozen"_s}), qPrintable(quiet.errorString()));
        const CommandResult once = syncOnce(quiet, dir.path());
        QVERIFY2(once.exitCode == 0, once.err.right(2000).constData());
        const QByteArray local = consoleDigest(dir.path());
        const QByteArray remote = quiet.digestCommand().trimmed();
        QCOMPARE(local, remote);
        const QString problems = checkCacheConsistency(dir.path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void convergesThroughFaults_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QStringList>("syncExtra");
        QTest::addColumn<QStringList>("sandboxExtra");
        QTest::newRow("5xx / service unavailable") << u"*:error=0.25"_s << QStringList() << QStringList();
        QTest::newRow("remote service errors") << u"*:remote_error=0.25"_s << QStringList() << QStringList();
        QTest::newRow("truncated bodies") << u"*:truncate=0.2"_s << QStringList() << QStringList();
        QTest::newRow("connection resets") << u"*:reset=0.2"_s << QStringList() << QStringList();
        QTest::newRow("hung responses") << u"*:hang=0.05"_s << QStringList{u"--timeout-ms"_s, u"1500"_s}
                                        << QStringList();
        QTest::newRow("added latency") << u"*:latency=40"_s << QStringList() << QStringList();
        // Listings keep four pages in flight: answers of random delay come back out of order,
        // and must still be committed in order, none lost (app/sync/pagedpull.h).
        QTest::newRow("listing pages out of order")
            << u"mc.stock.levels.get:latency=0-250;taobao.items.onsale.get:latency=0-250;mc.locations.get:latency=0-100"_s
            << QStringList() << QStringList();
        QTest::newRow("error-7 bans and 429") << u"off"_s << QStringList()
                                              << QStringList{u"--rate-limit"_s, u"app=40/1"_s};
    }

    void convergesThroughFaults()
    {
        QFETCH(QString, faults);
        QFETCH(QStringList, syncExtra);
        QFETCH(QStringList, sandboxExtra);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(QStringList{u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"1500"_s, u"--faults"_s,
                                           faults} +
                               sandboxExtra),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const CommandResult r = syncOnce(sandbox, dir.path(), syncExtra, 240'000);
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        VERIFY_CONVERGED(sandbox, dir.path());
    }

    void tlsWithPinnedFingerprint()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"200"_s, u"--tls"_s}),
                 qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.url().scheme() == u"https"_s);
        QVERIFY(!sandbox.tlsSha256().isEmpty());
        QTemporaryDir dir;
        const CommandResult ok = syncOnce(sandbox, dir.path());
        QVERIFY2(ok.exitCode == 0, ok.err.right(2000).constData());
        VERIFY_CONVERGED(sandbox, dir.path());

        // A different pin (or none: the certificate is self-signed) is refused, not ignored.
        QTemporaryDir other;
        QStringList args = syncArgs(sandbox, other.path());
        args[args.indexOf(u"--tls-sha256"_s) + 1] = QString(64, u'0');
        const CommandResult wrongPin = runConsole(args << u"--once"_s << u"--timeout-ms"_s << u"2000"_s);
        QVERIFY(wrongPin.exitCode != 0);
        QVERIFY2(wrongPin.err.contains("tls") || wrongPin.err.contains("SSL") || wrongPin.err.contains("certificate"),
                 wrongPin.err.constData());
    }

    void badCredentialsAndUnreachableEndpointFailClearly()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        QFile bad(dir.filePath(u"bad-credentials.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"owner":{"app_key":"nope","app_secret":"wrong","session":"x"}})");
        bad.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        bad.close();
        const CommandResult refused = runConsole({u"sync"_s, u"--data-dir"_s, dir.filePath(u"a"_s), u"--endpoint"_s,
                                                  sandbox.url().toString(), u"--credentials"_s, bad.fileName(),
                                                  u"--once"_s});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("failed:"), refused.err.constData());

        sandbox.stop();
        const CommandResult unreachable = syncOnce(sandbox, dir.filePath(u"b"_s), {u"--timeout-ms"_s, u"1000"_s});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("Connection refused"), unreachable.err.right(500).constData());
    }

    void corruptCacheIsRefusedClearly()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        QFile cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write(QByteArray(8192, 'x'));
        cache.close();
        const CommandResult r = syncOnce(sandbox, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("damaged or is not a database"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
