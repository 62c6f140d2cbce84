// Headless sync: builds the client and the engine on the main thread's event loop.
#include "app/console/commands/synccommand.h"

#include "app/console/commands/commandline.h"
#include "app/console/commands/platformoptions.h"
#include "app/storage/datafolder.h"
#include "app/sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <limits>

namespace mc::commands {

namespace {

QString progressLine(const QMap<QString, core::EntityProgress> &entities)
{
    QStringList parts;
    for (const auto &p : entities) {
        QString s = p.entity + u' ';
        if (p.finished)
            s += u"done";
        else {
            s += QString::number(p.done);
            if (p.total >= 0)
                s += u'/' + QString::number(p.total);
            if (p.ratePerSecond > 0)
                s += u" (" + QString::number(qRound64(p.ratePerSecond)) + u"/s";
            if (p.etaSeconds >= 0)
                s += u", ETA " + QString::number(p.etaSeconds) + u"s";
            if (p.ratePerSecond > 0)
                s += u')';
        }
        parts.append(s);
    }
    return parts.join(u" | ");
}

volatile std::sig_atomic_t g_signal = 0;
// Async-signal-safe: the flag is polled below.
void onTerminate(int signal)
{
    g_signal = signal;
}

QJsonObject summaryOf(sync::SyncEngine &engine, double seconds)
{
    const auto &c = engine.counters();
    return QJsonObject{
        {QStringLiteral("orders_inserted"), qint64(c.ordersInserted)},
        {QStringLiteral("orders_updated"), qint64(c.ordersUpdated)},
        {QStringLiteral("orders_stale"), qint64(c.ordersStale)},
        {QStringLiteral("products"), qint64(c.products)},
        {QStringLiteral("stock_levels"), qint64(c.stockLevels)},
        {QStringLiteral("locations"), qint64(c.locations)},
        {QStringLiteral("feed_messages"), qint64(c.feedMessages)},
        {QStringLiteral("windows"), qint64(c.windowsDone)},
        {QStringLiteral("transactions"), qint64(c.transactions)},
        {QStringLiteral("history_transactions"), qint64(c.historyTransactions)},
        // Figures you can trust: trades in the cache's quarantine now (failed validation,
        // never in the figures), sightings of such trades this run, and cached orders whose
        // status this version does not know (kept, never counted as sales).
        {QStringLiteral("quarantined_trades"), qint64(engine.status().quarantinedTrades)},
        {QStringLiteral("trades_set_aside"), qint64(c.tradesSetAside)},
        {QStringLiteral("unknown_status_orders"), qint64(engine.status().unknownStatusOrders)},
        {QStringLiteral("requests"), qint64(engine.client().requestsSent())},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("orders_per_second"), seconds > 0 ? c.ordersInserted / seconds : 0.0},
        {QStringLiteral("peak_rss_kib"), static_cast<qint64>(peakRssKiB())},
    };
}

void printSummary(const QJsonObject &summary)
{
    QTextStream(stdout) << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace

int runSync(const QStringList &arguments)
{
    const QString command = QStringLiteral("sync");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Synchronises the local cache with the platform."));
    parser.addHelpOption();
    parser.addPositionalArgument(command, QStringLiteral("the sub-command"));
    parser.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("The console's data folder."), QStringLiteral("DIR")},
        {QStringLiteral("store"),
         QStringLiteral("Use this store's credential instead of the owner's (polls: the feed is the owner's)."),
         QStringLiteral("ID")},
        {QStringLiteral("once"), QStringLiteral("Catch up, print a JSON summary and exit (default).")},
        {QStringLiteral("follow"), QStringLiteral("Keep following the platform until interrupted.")},
        {QStringLiteral("history-days"), QStringLiteral("Days of order history to fetch (default 90)."),
         QStringLiteral("N")},
        {QStringLiteral("rate"),
         QStringLiteral("Ceiling of our own request budget per second (default %1); the budget halves when the "
                        "platform refuses calls (429, bans) and climbs back to it.")
             .arg(platform::ClientOptions().requestsPerSecond),
         QStringLiteral("N")},
        {QStringLiteral("no-feed"), QStringLiteral("Do not use the message feed (poll only).")},
        {QStringLiteral("windows"),
         QStringLiteral("History windows read at once (default %1): more hide a distant platform's round trips, "
                        "fewer keep the cache's writes close together.")
             .arg(sync::SyncOptions().parallelWindows),
         QStringLiteral("N")},
    });
    parser.addOptions(platformOptions(QStringLiteral("Credentials file (the owner's entry, or the store's with --store)."),
                                      platform::ClientOptions().timeoutMs));
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (!noExtraArguments(parser, command))
        return kExitUsage;
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    const QString credentialsPath = parser.value(QStringLiteral("credentials"));
    QTextStream err(stderr);
    if (dataDir.isEmpty() || endpoint.isEmpty() || credentialsPath.isEmpty())
        return usageError(command, QStringLiteral("--data-dir, --endpoint and --credentials are required"));
    const bool follow = parser.isSet(QStringLiteral("follow"));
    if (follow && parser.isSet(QStringLiteral("once")))
        return usageError(command, QStringLiteral("--once and --follow exclude each other"));

    sync::SyncOptions syncOptions;
    const auto storeId =
        integerOption(parser, command, QStringLiteral("store"), 1, std::numeric_limits<qint64>::max(), 0);
    const auto historyDays =
        integerOption(parser, command, QStringLiteral("history-days"), 1, 3650, syncOptions.historyDays);
    const auto windows =
        integerOption(parser, command, QStringLiteral("windows"), 1, 64, syncOptions.parallelWindows);
    if (!storeId || !historyDays || !windows)
        return kExitUsage;
    int exitCode = kExitOk;
    auto connection = platformConnection(parser, command, *storeId, platform::ClientOptions().timeoutMs, exitCode);
    if (!connection)
        return exitCode;
    platform::ClientOptions &clientOptions = connection->options;
    const auto rate =
        positiveNumberOption(parser, command, QStringLiteral("rate"), 100'000, clientOptions.requestsPerSecond);
    if (!rate)
        return kExitUsage;
    clientOptions.requestsPerSecond = *rate;
    syncOptions.dataDir = dataDir;
    syncOptions.useFeed = !parser.isSet(QStringLiteral("no-feed"));
    syncOptions.historyDays = *historyDays;
    syncOptions.parallelWindows = static_cast<int>(*windows);

    // One process per data folder; after a crash, the cache is checked before it is trusted.
    auto folder = storage::DataFolder::acquire(dataDir);
    if (!folder) {
        err << "sync: " << folder.error().toString() << '\n';
        return kExitStorage;
    }
    if (core::Status mine = folder.value()->claimFor(platform::dataOwner(connection->credentials)); !mine) {
        err << "sync: " << mine.error().toString() << '\n';
        return kExitStorage;
    }
    if (folder.value()->previousRunCrashed()) {
        if (core::Status health = storage::checkCache(dataDir); !health) {
            err << "sync: cannot use the local cache: " << health.error().toString()
                << "; run: merchant-console rebuild-cache --data-dir " << dataDir << '\n';
            return kExitStorage;
        }
    }

    const core::Clock &clock = core::SystemClock::instance();
    sync::SyncEngine engine(syncOptions,
                            std::make_unique<platform::PlatformClient>(clientOptions, connection->credentials, clock), clock);
    if (core::Status s = engine.open(); !s) {
        err << "sync: cannot use the local cache: " << s.error().toString() << '\n';
        return kExitStorage;
    }

    QMap<QString, core::EntityProgress> progress;
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine,
                     [&progress](const core::EntityProgress &p) {
                         auto &slot = progress[p.entity];
                         if (p.finished)
                             slot.finished = true;
                         else
                             slot = p;
                     });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &engine, [&] {
        if (!progress.isEmpty())
            err << "sync: " << progressLine(progress) << Qt::endl;
    });
    ticker.start(1000);

    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&engine, &sync::SyncEngine::fatalError, &engine, [&](const QString &message) {
        err << "sync: failed: " << message << Qt::endl;
        QCoreApplication::exit(engine.status().credentialsRefused ? kExitAuth : kExitFailed);
    });
    QObject::connect(&engine, &sync::SyncEngine::caughtUp, &engine, [&] {
        printSummary(summaryOf(engine, elapsed.elapsed() / 1000.0));
        QCoreApplication::exit(kExitOk);
    });
    // SIGTERM/SIGINT: --follow stops as asked (0); --once was cut short (128 + signal), after
    // committing what it had read and printing the summary of that.
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &engine, [follow] {
        if (g_signal != 0)
            QCoreApplication::exit(follow ? kExitOk : 128 + g_signal);
    });
    signalPoll.start(100);
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    if (follow)
        engine.start();
    else
        engine.runOnce();
    const int code = QCoreApplication::exec();
    engine.stop();
    if (!follow && g_signal != 0 && code == 128 + g_signal) {
        QJsonObject summary = summaryOf(engine, elapsed.elapsed() / 1000.0);
        summary.insert(QStringLiteral("interrupted"),
                       g_signal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
        printSummary(summary);
        err << "sync: interrupted; what was read is committed, the next sync resumes from there" << Qt::endl;
    }
    return code;
}

} // namespace mc::commands
