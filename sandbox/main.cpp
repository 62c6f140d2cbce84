// platform-sandbox: the sandbox platform as a process (see docs/platform-api.md "Running").
//   platform-sandbox --data-dir DIR [--listen HOST:PORT] [--tls] [--scenario S] [--rate N] ...
//   platform-sandbox digest --data-dir DIR
#include "app/protocol/toptime.h"
#include "sandbox/platformsandbox.h"
#include "sandbox/statedatabase.h"
#include "sandbox/statedigest.h"
#include "app/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

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
    auto db =
        mc::storage::Database::open({mc::sandbox::stateDatabasePath(dataDir), mc::storage::Durability::Normal, true});
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
    QCoreApplication::setApplicationName(u"platform-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A TOP-style platform server that lives through an 11.11 day."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"optional: digest"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"State folder."_s, u"DIR"_s);
    const QCommandLineOption listen(u"listen"_s, u"HOST:PORT (port 0: any free port)."_s, u"HOST:PORT"_s,
                                    u"127.0.0.1:0"_s);
    const QCommandLineOption tls(u"tls"_s, u"Serve HTTPS with a self-signed certificate."_s);
    const QCommandLineOption scenario(u"scenario"_s, u"singles-day, steady, idle or frozen."_s, u"NAME"_s, u"singles-day"_s);
    const QCommandLineOption rate(u"rate"_s, u"Peak (singles-day) or constant orders/s."_s, u"N"_s, u"20"_s);
    const QCommandLineOption speed(u"speed"_s, u"Sandbox seconds per wall second."_s, u"FACTOR"_s, u"1"_s);
    const QCommandLineOption seedOrders(u"seed-orders"_s, u"Historical orders to pre-generate."_s, u"N"_s, u"0"_s);
    const QCommandLineOption faults(u"faults"_s, u"Fault spec (docs/platform-api.md)."_s, u"SPEC"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"off, or app=N/S,api=N/S."_s, u"SPEC"_s, u"app=5000/10"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the merchant and the simulator."_s, u"N"_s, u"1111"_s);
    const QCommandLineOption commission(u"commission-bp"_s, u"Settlement commission in basis points."_s, u"N"_s,
                                        u"60"_s);
    const QCommandLineOption settlementExceptions(
        u"settlement-exceptions"_s, u"Share of redemptions settled late, adjusted, withheld or missing."_s, u"P"_s);
    const QCommandLineOption redelivery(
        u"redelivery-seconds"_s, u"Sandbox seconds before an unconfirmed message comes again."_s, u"S"_s, u"30"_s);
    const QCommandLineOption workers(u"workers"_s, u"Threads answering read calls."_s, u"N"_s, u"2"_s);
    const QCommandLineOption start(u"start"_s, u"Sandbox time at first start, \"yyyy-MM-dd HH:mm:ss\" (GMT+8)."_s,
                                   u"TIME"_s);
    const QCommandLineOption headerTimeout(u"header-timeout-ms"_s, u"Time to send a request's headers."_s, u"MS"_s,
                                           u"10000"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout-ms"_s, u"Time a connection may sit idle."_s, u"MS"_s,
                                         u"30000"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s, u"Open connections at most."_s, u"N"_s, u"256"_s);
    const QCommandLineOption maxPerAddress(u"max-connections-per-address"_s,
                                           u"Open connections per client address at most."_s, u"N"_s, u"64"_s);
    parser.addOptions({dataDir, listen, tls, scenario, rate, speed, seedOrders, faults, rateLimit, seed, redelivery,
                       workers, start, headerTimeout, idleTimeout, maxConnections, maxPerAddress, commission,
                       settlementExceptions});
    parser.process(app);

    if (!parser.isSet(dataDir))
        return fail(u"--data-dir is required"_s);
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
        return fail(u"--scenario must be singles-day, steady, idle or frozen"_s);
    config.scenario = *scenarioValue;
    bool ok = false;
    config.ordersPerSecond = parser.value(rate).toDouble(&ok);
    if (!ok || config.ordersPerSecond < 0)
        return fail(u"--rate must be a number >= 0"_s);
    config.speed = parser.value(speed).toDouble(&ok);
    if (!ok || config.speed <= 0 || config.speed > 100'000)
        return fail(u"--speed must be a number in (0, 100000]"_s);
    config.seedOrders = parser.value(seedOrders).toLongLong(&ok);
    if (!ok || config.seedOrders < 0)
        return fail(u"--seed-orders must be an integer >= 0"_s);
    config.faults = parser.value(faults);
    config.rateLimits = parser.value(rateLimit);
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed must be an integer"_s);
    config.commissionBp = parser.value(commission).toLongLong(&ok);
    if (!ok || config.commissionBp < 0 || config.commissionBp > 10'000)
        return fail(u"--commission-bp must be an integer in 0..10000"_s);
    if (parser.isSet(settlementExceptions)) {
        config.settlementExceptionRate = parser.value(settlementExceptions).toDouble(&ok);
        if (!ok || config.settlementExceptionRate < 0 || config.settlementExceptionRate > 1)
            return fail(u"--settlement-exceptions must be a number in 0..1"_s);
    }
    config.redeliveryMs = static_cast<std::int64_t>(parser.value(redelivery).toDouble(&ok) * 1000);
    if (!ok || config.redeliveryMs < 1000)
        return fail(u"--redelivery-seconds must be at least 1"_s);
    config.workerThreads = parser.value(workers).toInt(&ok);
    if (!ok || config.workerThreads < 1 || config.workerThreads > 64)
        return fail(u"--workers must be 1 to 64"_s);
    auto positiveInt = [&](const QCommandLineOption &option, int &out) {
        out = parser.value(option).toInt(&ok);
        return ok && out > 0;
    };
    if (!positiveInt(headerTimeout, config.connections.headerTimeoutMs))
        return fail(u"--header-timeout-ms must be an integer > 0"_s);
    if (!positiveInt(idleTimeout, config.connections.idleTimeoutMs))
        return fail(u"--idle-timeout-ms must be an integer > 0"_s);
    if (!positiveInt(maxConnections, config.connections.maxConnections))
        return fail(u"--max-connections must be an integer > 0"_s);
    if (!positiveInt(maxPerAddress, config.connections.maxConnectionsPerAddress))
        return fail(u"--max-connections-per-address must be an integer > 0"_s);
    if (parser.isSet(start)) {
        const auto ms = mc::protocol::parseTopTime(QStringView(parser.value(start)));
        if (!ms)
            return fail(u"--start must be \"yyyy-MM-dd HH:mm:ss\""_s);
        config.startMs = *ms;
    }

    if (::pipe(g_signalPipe) != 0)
        return fail(u"cannot create the signal pipe"_s);
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
