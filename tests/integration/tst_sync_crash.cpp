// Crash safety: kill -9 the sync process at 50 random instants, restart it each time,
// and require that the cache is consistent after every kill and converges in the end.
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testdata.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc::test;
using namespace Qt::StringLiterals;

class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineAtRandomInstants()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"15000"_s}),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const quint32 seed = qEnvironmentVariableIsSet("MC_CRASH_SEED") ? qEnvironmentVariableIntValue("MC_CRASH_SEED")
                                                                          : QRandomGenerator::system()->generate();
        qInfo() << "kill instants seeded with" << seed << "(set MC_CRASH_SEED to replay)";
        QRandomGenerator rng(seed);
        int killedMidway = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess sync;
            sync.start(binaryPath(u"merchant-console"_s), syncArgs(sandbox, dir.path()) << u"--once"_s);
            QVERIFY(sync.waitForStarted());
            const int delayMs = static_cast<int>(rng.bounded(30, 400));
            if (sync.waitForFinished(delayMs)) {
                // Finished before the kill: fine, keep killing re-runs.
                QVERIFY2(sync.exitCode() == 0, qPrintable(u"round %1 (%2 ms) exited %3: %4"_s.arg(round).arg(delayMs)
                                                              .arg(sync.exitCode())
                                                              .arg(QString::fromUtf8(sync.readAllStandardError()))));
            } else {
                sync.kill(); // SIGKILL: no clean-up, no final commit
                QVERIFY(sync.waitForFinished(10'000));
                ++killedMidway;
            }
            const QString consistency = checkCacheConsistency(dir.path());
            QVERIFY2(consistency.isEmpty(), qPrintable(u"after kill %1 (%2 ms): %3"_s.arg(round).arg(delayMs).arg(consistency)));
        }
        QVERIFY2(killedMidway >= 40, qPrintable(u"only %1 kills hit a running sync"_s.arg(killedMidway)));
        const CommandResult last = syncOnce(sandbox, dir.path());
        QVERIFY2(last.exitCode == 0, last.err.right(2000).constData());
        QCOMPARE(consoleDigest(dir.path()), sandbox.digestCommand().trimmed());
        QVERIFY(checkCacheConsistency(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
