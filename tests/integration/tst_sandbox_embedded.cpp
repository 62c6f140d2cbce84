// The sandbox embedded in a process, as the console's demo mode uses it: startInBackground()
// keeps the caller's event loop running while the state is prepared, ready() carries the
// connection details, calls work, and stop() saves the state for the next start.
#include "app/protocol/toptime.h"
#include "sandbox/platformsandbox.h"
#include "tests/support/topcallclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestSandboxEmbedded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsInTheBackgroundAndServes()
    {
        QTemporaryDir dir;
        mc::sandbox::SandboxConfig config;
        config.dataDir = dir.path();
        config.scenario = mc::sandbox::Scenario::SinglesDay;
        config.speed = 60;
        config.ordersPerSecond = 20;
        config.seedOrders = 100'000; // a start that takes a while
        mc::sandbox::PlatformSandbox sandbox(config);
        QSignalSpy ready(&sandbox, &mc::sandbox::PlatformSandbox::ready);
        QSignalSpy failed(&sandbox, &mc::sandbox::PlatformSandbox::failed);

        // The caller's event loop keeps turning while the sandbox prepares its state.
        int ticks = 0;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
            ++ticks;
        });
        heartbeat.start(10);
        sandbox.startInBackground();
        QVERIFY(ready.wait(60'000));
        heartbeat.stop();
        QVERIFY(failed.isEmpty());
        QVERIFY(ticks > 5);
        // Seeding takes seconds: a blocked loop would show a gap that long. The bound leaves
        // room for a busy machine (CI shares two cores with compilers).
        QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));
        QVERIFY(sandbox.isRunning());

        const auto info = ready.first().first().value<mc::sandbox::ReadyInfo>();
        QCOMPARE(info.scenario, u"singles-day"_s);
        QVERIFY(info.url.startsWith(u"http://127.0.0.1:"_s));
        // The default 11.11 start, two minutes before midnight Beijing time, plus however
        // much sandbox time (60x) passed between starting the clock and reporting ready.
        const std::int64_t start = mc::sandbox::PlatformSandbox::defaultStartMs(mc::sandbox::Scenario::SinglesDay,
                                                                                  QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(mc::protocol::formatTopTime(start).endsWith(" 23:58:00"),
                 mc::protocol::formatTopTime(start).constData());
        QVERIFY2(info.clockMs >= start && info.clockMs - start < 10 * 60'000,
                 mc::protocol::formatTopTime(info.clockMs).constData());

        mc::test::SandboxCredential owner;
        QFile credentials(info.credentialsPath);
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(credentials.readAll()).object()[u"owner"].toObject();
        owner = {o[u"app_key"].toString().toLatin1(), o[u"app_secret"].toString().toLatin1(),
                 o[u"session"].toString().toLatin1(), 0};
        mc::test::TopCallClient client(QUrl(info.url), owner);
        QElapsedTimer sinceReady;
        sinceReady.start();
        client.setClock([&] { return info.clockMs + sinceReady.elapsed() * 60; });
        const auto digest = client.call("mc.state.digest");
        QVERIFY2(!digest.isError(), digest.body.constData());
        QVERIFY(digest.response("mc.state.digest")[u"orders"][u"count"].toInt() >= 100'000);

        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSandboxEmbedded)
#include "tst_sandbox_embedded.moc"
