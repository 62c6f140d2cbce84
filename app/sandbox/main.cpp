// platform-sandbox: the sandbox platform as a process (see docs/platform-api.md "Running").
//   platform-sandbox --data-dir DIR [--listen HOST:PORT] [--tls] [--scenario S] [--rate N] ...
//   platform-sandbox digest --data-dir DIR
#include "app/protocol/toptime.h"
#include "app/sandbox/platformsandbox.h"
#include "app/sandbox/statedatabase.h"
#include "app/sandbox/statedigest.h"
#include "app/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "platform-sandbox: %s\n", qPrintable(message));
    return 1;
}

int runDigest(const QString &dataDir)
{
    auto db = mc::storage::Database::open({mc::sandbox::stateDatabasePath(dataDir), mc::storage::Durability::Normal, true});
    if (!db)
        return fail(db.error().toString());
    auto digest = mc::sandbox::StateDigest::compute(*db.value());
    if (!digest)
        return fail(digest.error().toString());
    std::fprintf(stdout, "%s\n", digest.value().constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("platform-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A TOP-style platform server that lives through an 11.11 day."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("optional: digest"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("State folder."), QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("HOST:PORT (port 0: any free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a self-signed certificate."));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("singles-day, steady or idle."),
                                      QStringLiteral("NAME"), QStringLiteral("singles-day"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Peak (singles-day) or constant orders/s."),
                                  QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Sandbox seconds per wall second."),
                                   QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption seedOrders(QStringLiteral("seed-orders"), QStringLiteral("Historical orders to pre-generate."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faults(QStringLiteral("faults"), QStringLiteral("Fault spec (docs/platform-api.md)."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QStringLiteral("off, or app=N/S,api=N/S."),
                                       QStringLiteral("SPEC"), QStringLiteral("app=5000/10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the merchant and the simulator."),
                                  QStringLiteral("N"), QStringLiteral("1111"));
    const QCommandLineOption redelivery(QStringLiteral("redelivery-seconds"),
                                        QStringLiteral("Sandbox seconds before an unconfirmed message comes again."),
                                        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Threads answering read calls."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QStringLiteral("Sandbox time at first start, \"yyyy-MM-dd HH:mm:ss\" (GMT+8)."),
                                   QStringLiteral("TIME"));
    parser.addOptions({dataDir, listen, tls, scenario, rate, speed, seedOrders, faults, rateLimit, seed, redelivery,
                       workers, start});
    parser.process(app);

    if (!parser.isSet(dataDir))
        return fail(QStringLiteral("--data-dir is required"));
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"digest")
        return runDigest(parser.value(dataDir));
    if (!positional.isEmpty())
        return fail(u"unknown command " + positional.first());

    mc::sandbox::SandboxConfig config;
    config.dataDir = parser.value(dataDir);
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool okPort = false;
    const uint port = colon > 0 ? hostPort.sliced(colon + 1).toUInt(&okPort) : 0;
    QString host = colon > 0 ? hostPort.first(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    if (!okPort || port > 65535 || !config.listenAddress.setAddress(host))
        return fail(u"--listen must be HOST:PORT with a numeric host, got " + hostPort);
    config.port = static_cast<quint16>(port);
    config.tls = parser.isSet(tls);
    const auto scenarioValue = mc::sandbox::scenarioFromName(parser.value(scenario));
    if (!scenarioValue)
        return fail(QStringLiteral("--scenario must be singles-day, steady or idle"));
    config.scenario = *scenarioValue;
    bool ok = false;
    config.ordersPerSecond = parser.value(rate).toDouble(&ok);
    if (!ok || config.ordersPerSecond < 0)
        return fail(QStringLiteral("--rate must be a number >= 0"));
    config.speed = parser.value(speed).toDouble(&ok);
    if (!ok || config.speed <= 0 || config.speed > 100'000)
        return fail(QStringLiteral("--speed must be a number in (0, 100000]"));
    config.seedOrders = parser.value(seedOrders).toLongLong(&ok);
    if (!ok || config.seedOrders < 0)
        return fail(QStringLiteral("--seed-orders must be an integer >= 0"));
    config.faults = parser.value(faults);
    config.rateLimits = parser.value(rateLimit);
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be an integer"));
    config.redeliveryMs = static_cast<std::int64_t>(parser.value(redelivery).toDouble(&ok) * 1000);
    if (!ok || config.redeliveryMs < 1000)
        return fail(QStringLiteral("--redelivery-seconds must be at least 1"));
    config.workerThreads = parser.value(workers).toInt(&ok);
    if (!ok || config.workerThreads < 1 || config.workerThreads > 64)
        return fail(QStringLiteral("--workers must be 1 to 64"));
    if (parser.isSet(start)) {
        const auto ms = mc::protocol::parseTopTime(QStringView(parser.value(start)));
        if (!ms)
            return fail(QStringLiteral("--start must be \"yyyy-MM-dd HH:mm:ss\""));
        config.startMs = *ms;
    }

    if (::pipe(g_signalPipe) != 0)
        return fail(QStringLiteral("cannot create the signal pipe"));
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });

    mc::sandbox::PlatformSandbox sandbox(config);
    auto ready = sandbox.start();
    if (!ready)
        return fail(ready.error().toString());
    std::fprintf(stdout, "%s\n", ready.value().toJsonLine().constData());
    std::fflush(stdout);
    const int code = app.exec();
    sandbox.stop();
    return code;
}
