// The headless commands' exit codes, as the README promises them, from the real
// merchant-console executable against real platform-sandbox processes: 0 ok, 1 sync failed,
// 2 usage, 3 local database unusable, 4 credentials refused; and `sync --once` cut short by
// SIGTERM: 143 with the JSON summary of what it committed, resumed by the next run.
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testdata.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

QString writeCredentials(const QTemporaryDir &dir, const QByteArray &json)
{
    QFile file(dir.filePath(u"credentials.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.fileName();
}

QByteArray ownerJson(const SandboxCredential &c, const QByteArray &secret, const QByteArray &session)
{
    return R"({"owner":{"app_key":")" + c.appKey + R"(","app_secret":")" + secret + R"(","session":")" + session +
           R"("}})";
}

QStringList argsWith(const SandboxProcess &sandbox, const QString &dataDir, const QString &credentials)
{
    return {u"sync"_s,          u"--data-dir"_s, dataDir,    u"--endpoint"_s, sandbox.url().toString(),
            u"--credentials"_s, credentials,     u"--once"_s};
}

} // namespace

class TestExitCodes : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox; // idle, 300 orders: shared by the quick cases

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"300"_s}),
                 qPrintable(m_sandbox.errorString()));
    }

    void ok0()
    {
        QTemporaryDir dir;
        const CommandResult r = syncOnce(m_sandbox, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.right(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(summary.value(u"orders_inserted"_s).toInteger(), 300);
        QVERIFY(!summary.contains(u"interrupted"_s));
        QCOMPARE(runConsole({u"digest"_s, u"--data-dir"_s, dir.path()}).exitCode, 0);
        QCOMPARE(runConsole({u"sync"_s, u"--help"_s}).exitCode, 0);
    }

    void syncFailed1()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start({u"--scenario"_s, u"idle"_s}), qPrintable(gone.errorString()));
        QVERIFY(gone.stop()); // its port now refuses connections
        QTemporaryDir dir;
        const CommandResult r = syncOnce(gone, dir.path(), {u"--timeout-ms"_s, u"1000"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sync: failed:") && r.err.contains("Connection refused"), r.err.right(500).constData());
    }

    void usage2_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("named");
        QTest::newRow("timeout letters") << QStringList{u"--timeout-ms"_s, u"abc"_s} << u"--timeout-ms"_s;
        QTest::newRow("timeout zero") << QStringList{u"--timeout-ms"_s, u"0"_s} << u"--timeout-ms"_s;
        QTest::newRow("timeout negative") << QStringList{u"--timeout-ms"_s, u"-5"_s} << u"--timeout-ms"_s;
        QTest::newRow("timeout trailing") << QStringList{u"--timeout-ms"_s, u"15s"_s} << u"--timeout-ms"_s;
        QTest::newRow("rate zero") << QStringList{u"--rate"_s, u"0"_s} << u"--rate"_s;
        QTest::newRow("rate negative") << QStringList{u"--rate"_s, u"-1"_s} << u"--rate"_s;
        QTest::newRow("rate letters") << QStringList{u"--rate"_s, u"fast"_s} << u"--rate"_s;
        QTest::newRow("rate infinite") << QStringList{u"--rate"_s, u"inf"_s} << u"--rate"_s;
        QTest::newRow("store letters") << QStringList{u"--store"_s, u"abc"_s} << u"--store"_s;
        QTest::newRow("store zero") << QStringList{u"--store"_s, u"0"_s} << u"--store"_s;
        QTest::newRow("store negative") << QStringList{u"--store"_s, u"-1001"_s} << u"--store"_s;
        QTest::newRow("history days") << QStringList{u"--history-days"_s, u"x"_s} << u"--history-days"_s;
        QTest::newRow("pin not hex") << QStringList{u"--tls-sha256"_s, u"not-a-fingerprint"_s} << u"--tls-sha256"_s;
        QTest::newRow("once and follow") << QStringList{u"--follow"_s} << u"--follow"_s;
        QTest::newRow("stray argument") << QStringList{u"now"_s} << u"now"_s;
        QTest::newRow("unknown option") << QStringList{u"--fast"_s} << u"fast"_s;
    }

    void usage2()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, named);
        QTemporaryDir dir;
        // Each would have synced (or spun) before: the run must stop before any request.
        const CommandResult r = syncOnce(m_sandbox, dir.path(), extra, 30'000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"cache.sqlite"_s)));

        QCOMPARE(runConsole({u"sync"_s, u"--data-dir"_s, dir.path()}).exitCode, 2); // no endpoint
        QCOMPARE(runConsole({u"digest"_s, u"--data-dir"_s, dir.path(), u"extra"_s}).exitCode, 2);
    }

    void storage3()
    {
        QTemporaryDir dir;
        QFile cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write(QByteArray(8192, 'x'));
        cache.close();
        const CommandResult r = syncOnce(m_sandbox, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("cannot use the local cache"), r.err.constData());
        QCOMPARE(runConsole({u"digest"_s, u"--data-dir"_s, dir.path()}).exitCode, 3);
    }

    void credentialsRefused4_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("wrong app secret") << u"secret"_s;
        QTest::newRow("invalid session") << u"session"_s;
        QTest::newRow("unknown app key") << u"key"_s;
        QTest::newRow("no credential for the store") << u"store"_s;
    }

    void credentialsRefused4()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        const SandboxCredential &owner = m_sandbox.owner();
        QStringList args;
        if (which == u"store") {
            args = syncArgs(m_sandbox, dir.filePath(u"data"_s)) << u"--once"_s << u"--store"_s << u"4242"_s;
        } else {
            SandboxCredential c = owner;
            if (which == u"key")
                c.appKey = "11111111";
            const QString path =
                writeCredentials(dir, ownerJson(c, which == u"secret" ? QByteArray(32, 'f') : c.appSecret,
                                                which == u"session" ? "6100" + QByteArray(40, '0') : c.session));
            args = argsWith(m_sandbox, dir.filePath(u"data"_s), path);
        }
        const CommandResult r = runConsole(args, 60'000);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("credentials refused"), r.err.constData());
        if (which == u"store")
            QVERIFY2(r.err.contains("no credential for store 4242"), r.err.constData());
        QVERIFY2(!r.err.contains("retrying"), r.err.constData());
    }

    // SIGTERM while `sync --once` downloads the history: what was read is committed, the
    // summary says so, the exit code says it was cut short, and the next run converges.
    void terminatedOnceCommitsWhatItHasAndExits143()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"frozen"_s, u"--seed-orders"_s, u"20000"_s}),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        QProcess sync;
        sync.start(binaryPath(u"merchant-console"_s), syncArgs(sandbox, dir.path())
                                                          << u"--once"_s << u"--rate"_s << u"15"_s);
        QVERIFY(sync.waitForStarted());
        QByteArray err;
        QDeadlineTimer deadline(60'000);
        while (!err.contains("orders ") && !deadline.hasExpired() && sync.state() == QProcess::Running) {
            sync.waitForReadyRead(200);
            err += sync.readAllStandardError();
        }
        QVERIFY2(err.contains("orders "), err.constData()); // the history download is under way
        QVERIFY(sync.state() == QProcess::Running);
        sync.terminate();
        QVERIFY(sync.waitForFinished(30'000));
        QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
        err += sync.readAllStandardError();
        QCOMPARE(sync.exitCode(), 143);
        const QJsonObject summary = QJsonDocument::fromJson(sync.readAllStandardOutput().trimmed()).object();
        QCOMPARE(summary.value(u"interrupted"_s).toString(), u"SIGTERM"_s);
        const qint64 committed = summary.value(u"orders_inserted"_s).toInteger();
        QVERIFY2(committed > 0 && committed < 20000, qPrintable(u"%1 orders"_s.arg(committed)));
        const QString problems = checkCacheConsistency(dir.path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        const CommandResult rest = syncOnce(sandbox, dir.path());
        QVERIFY2(rest.exitCode == 0, rest.err.right(2000).constData());
        QCOMPARE(consoleDigest(dir.path()), sandbox.digestCommand().trimmed());
    }
};

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exit_codes.moc"
