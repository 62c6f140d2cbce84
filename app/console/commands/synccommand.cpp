// Headless sync: builds the client and the engine on the main thread's event loop.
#include "app/console/commands/synccommand.h"

#include "app/console/commands/commandline.h"
#include "app/platform/credentials.h"
#include "app/sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace mc::commands {

namespace {

QUrl endpointUrl(const QString &text)
{
    QUrl url(text);
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(QStringLiteral("/router/rest"));
    return url;
}

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

volatile std::sig_atomic_t g_terminate = 0;
void onTerminate(int) { g_terminate = 1; } // async-signal-safe: polled below

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Synchronises the local cache with the platform."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), QStringLiteral("the sub-command"));
    parser.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("The console's data folder."), QStringLiteral("DIR")},
        {QStringLiteral("endpoint"), QStringLiteral("Platform URL, e.g. https://127.0.0.1:8443"), QStringLiteral("URL")},
        {QStringLiteral("credentials"), QStringLiteral("Credentials file (the owner entry is used)."), QStringLiteral("FILE")},
        {QStringLiteral("store"), QStringLiteral("Use this store's credential instead of the owner's."), QStringLiteral("ID")},
        {QStringLiteral("tls-sha256"), QStringLiteral("Pinned SHA-256 fingerprint of the server certificate."),
         QStringLiteral("HEX")},
        {QStringLiteral("once"), QStringLiteral("Catch up, print a JSON summary and exit (default).")},
        {QStringLiteral("follow"), QStringLiteral("Keep following the platform until interrupted.")},
        {QStringLiteral("history-days"), QStringLiteral("Days of order history to fetch (default 90)."),
         QStringLiteral("N")},
        {QStringLiteral("rate"), QStringLiteral("Our own request budget per second (default 200)."), QStringLiteral("N")},
        {QStringLiteral("no-feed"), QStringLiteral("Do not use the message feed (poll only).")},
        {QStringLiteral("timeout-ms"), QStringLiteral("Give up on a response after this long (default 15000)."),
         QStringLiteral("MS")},
    });
    if (!parseOrExplain(parser, arguments))
        return kExitUsage;
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    const QString credentialsPath = parser.value(QStringLiteral("credentials"));
    QTextStream err(stderr);
    if (dataDir.isEmpty() || endpoint.isEmpty() || credentialsPath.isEmpty()) {
        err << "sync: --data-dir, --endpoint and --credentials are required\n";
        return kExitUsage;
    }
    auto credentials = platform::loadCredentialsFile(credentialsPath, parser.value(QStringLiteral("store")).toLongLong());
    if (!credentials) {
        err << "sync: " << credentials.error().toString() << '\n';
        return kExitUsage;
    }
    platform::ClientOptions clientOptions;
    clientOptions.endpoint = endpointUrl(endpoint);
    clientOptions.pinnedSha256 = parser.value(QStringLiteral("tls-sha256")).toLatin1();
    if (parser.isSet(QStringLiteral("timeout-ms")))
        clientOptions.timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt();
    if (parser.isSet(QStringLiteral("rate")))
        clientOptions.requestsPerSecond = parser.value(QStringLiteral("rate")).toDouble();
    sync::SyncOptions syncOptions;
    syncOptions.dataDir = dataDir;
    syncOptions.useFeed = !parser.isSet(QStringLiteral("no-feed"));
    if (parser.isSet(QStringLiteral("history-days")))
        syncOptions.historyDays = parser.value(QStringLiteral("history-days")).toLongLong();

    const core::Clock &clock = core::SystemClock::instance();
    sync::SyncEngine engine(syncOptions,
                            std::make_unique<platform::PlatformClient>(clientOptions, credentials.value(), clock), clock);
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

    int exitCode = kExitOk;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&engine, &sync::SyncEngine::fatalError, &engine, [&](const QString &message) {
        err << "sync: failed: " << message << Qt::endl;
        exitCode = message.startsWith(u"auth") ? kExitAuth : kExitFailed;
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&engine, &sync::SyncEngine::caughtUp, &engine, [&] {
        const auto &c = engine.counters();
        const double seconds = elapsed.elapsed() / 1000.0;
        const QJsonObject summary{
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
        QTextStream(stdout) << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
        QCoreApplication::exit(kExitOk);
    });
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &engine, [] {
        if (g_terminate)
            QCoreApplication::exit(kExitOk);
    });
    signalPoll.start(100);
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    if (parser.isSet(QStringLiteral("follow")))
        engine.start();
    else
        engine.runOnce();
    const int code = QCoreApplication::exec();
    engine.stop();
    return code;
}

} // namespace mc::commands
