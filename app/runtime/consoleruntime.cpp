// ConsoleRuntime: builds the services and places them on their threads.
#include "app/runtime/consoleruntime.h"

#include "app/campaigns/digestkeeper.h"
#include "app/metrics/dashboardservice.h"
#include "app/platform/credentials.h"
#include "app/platform/platformclient.h"
#include "app/sync/syncengine.h"
#include "app/reconcile/dayclosedesk.h"
#include "app/runtime/stockdesk.h"
#include "app/vouchers/storecounter.h"
#include "app/workspace/searchindexer.h"

#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace mc::runtime {

namespace {
// Sync and metrics work must not take the CPU from the GUI thread: at full sync speed on two
// cores the GUI thread waited up to 65 ms for a CPU; with these threads at nice 5, 14 ms
// (tests/bench/bench_gui_lag). Linux ignores QThread priorities for normal threads, so there
// the thread lowers its own nice value (on Linux, PRIO_PROCESS 0 is the calling thread).
void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, 0, 5);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

void registerTypes()
{
    qRegisterMetaType<core::SyncStatus>();
    qRegisterMetaType<core::EntityProgress>();
    qRegisterMetaType<core::ChangeSummary>();
    qRegisterMetaType<metrics::DaySnapshot>();
    qRegisterMetaType<metrics::SalesScope>();
    qRegisterMetaType<QList<core::Location>>();
}
} // namespace

ConsoleRuntime::ConsoleRuntime(RuntimeOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    registerTypes();
    m_syncThread.setObjectName(QStringLiteral("sync"));
    m_metricsThread.setObjectName(QStringLiteral("metrics"));
    m_workspaceThread.setObjectName(QStringLiteral("workspace"));
}

ConsoleRuntime::~ConsoleRuntime() { stop(); }

const core::Clock &ConsoleRuntime::clock() const
{
    return m_clock ? *m_clock : static_cast<const core::Clock &>(core::SystemClock::instance());
}

void ConsoleRuntime::start(const PlatformEndpoint &platform)
{
    m_clock = platform.clock;
    auto credentials = platform.credentials
                           ? core::Result<platform::Credentials>(*platform.credentials)
                           : platform::loadCredentialsFile(platform.credentialsPath, m_options.storeId);
    if (!credentials) {
        Q_EMIT failed(credentials.error().toString());
        return;
    }
    platform::ClientOptions clientOptions;
    clientOptions.endpoint = QUrl(platform.url);
    clientOptions.pinnedSha256 = platform.tlsSha256;
    sync::SyncOptions syncOptions;
    syncOptions.dataDir = m_options.dataDir;
    syncOptions.historyDays = m_options.historyDays;
    if (m_options.pollIntervalMs > 0)
        syncOptions.pollIntervalMs = m_options.pollIntervalMs;

    const core::Clock &clk = clock();
    auto engine = std::make_unique<sync::SyncEngine>(
        syncOptions, std::make_unique<platform::PlatformClient>(clientOptions, credentials.value(), clk), clk);
    if (core::Status s = engine->open(); !s) {
        Q_EMIT failed(s.error().toString());
        return;
    }
    m_engine = engine.release();
    if (m_options.counterStoreId != 0) {
        // The counter shares the engine's client (same thread, same budget) and clock.
        auto counter = std::make_unique<vouchers::StoreCounter>(
            vouchers::CounterOptions{m_options.dataDir, m_options.counterStoreId}, clk, &m_engine->client());
        if (core::Status s = counter->open(); !s) {
            Q_EMIT failed(s.error().toString());
        } else {
            m_counter = counter.release();
            m_counter->setParent(m_engine); // moves with the engine, deleted on its thread
        }
    }
    // The search index is written beside the sync, on its thread, between its batches.
    auto indexer = std::make_unique<workspace::SearchIndexer>(m_options.dataDir);
    if (core::Status s = indexer->open(); !s) {
        Q_EMIT failed(s.error().toString());
    } else {
        m_indexer = indexer.release();
        m_indexer->setParent(m_engine);
        connect(m_engine, &sync::SyncEngine::changes, m_indexer, &workspace::SearchIndexer::wake);
    }
    // So is the order digest the campaign rehearsals read (cache migration 0010).
    auto digests = std::make_unique<campaigns::DigestKeeper>(m_options.dataDir);
    if (core::Status s = digests->open(); !s) {
        Q_EMIT failed(s.error().toString());
    } else {
        m_digests = digests.release();
        m_digests->setParent(m_engine);
        connect(m_engine, &sync::SyncEngine::changes, m_digests, &campaigns::DigestKeeper::wake);
    }
    m_orders = new workspace::OrderBrowser(m_options.dataDir);
    connect(m_engine, &sync::SyncEngine::changes, m_orders, &workspace::OrderBrowser::cacheChanged);
    if (m_indexer)
        connect(m_indexer, &workspace::SearchIndexer::progress, m_orders,
                &workspace::OrderBrowser::searchIndexProgress);
    // Day close shares the engine's client too; a store manager's credential sees its store only.
    m_reconcile = new reconcile::DayCloseDesk(m_options.dataDir, clk, &m_engine->client(), m_engine);
    m_catalog = new workspace::CatalogBrowser(m_options.dataDir);
    m_stock = new StockDesk(m_engine);
    // Publishing and voucher issuing share the engine's client (one call budget) and ledger.
    m_campaignPlatform =
        new campaigns::CampaignPlatformDesk(m_options.dataDir, clk, m_engine->client(), m_engine->ledger(), m_engine);
    connect(m_engine, &sync::SyncEngine::changes, m_catalog, &workspace::CatalogBrowser::cacheChanged);
    connect(m_stock, &workspace::StockService::changesRecorded, m_catalog, &workspace::CatalogBrowser::ledgerChanged);
    connect(m_stock, &workspace::StockService::thresholdSaved, m_catalog, &workspace::CatalogBrowser::ledgerChanged);
    connect(m_stock, &workspace::StockService::changeSettled, m_catalog, &workspace::CatalogBrowser::ledgerChanged);
    m_dashboard = new metrics::DashboardService(m_options.dataDir, clk);
    if (m_options.storeId != 0) // a store manager sees only their store
        m_dashboard->setScope(metrics::SalesScope::store(m_options.storeId));

    connect(m_engine, &sync::SyncEngine::statusChanged, this, &ConsoleRuntime::statusChanged);
    connect(m_engine, &sync::SyncEngine::progress, this, &ConsoleRuntime::progress);
    connect(m_engine, &sync::SyncEngine::fatalError, this, &ConsoleRuntime::failed);
    connect(m_engine, &sync::SyncEngine::changes, m_dashboard, &metrics::DashboardService::applyChanges);
    connect(m_dashboard, &metrics::DashboardService::snapshotReady, this, &ConsoleRuntime::snapshotReady);
    connect(m_dashboard, &metrics::DashboardService::failed, this, &ConsoleRuntime::failed);
    connect(m_dashboard, &metrics::DashboardService::locationsLoaded, this, &ConsoleRuntime::locationsLoaded);

    // Created here, then moved: every child (timers, the network manager) moves along.
    m_engine->moveToThread(&m_syncThread);
    m_dashboard->moveToThread(&m_metricsThread);
    m_orders->moveToThread(&m_workspaceThread);
    m_catalog->moveToThread(&m_workspaceThread);
    connect(&m_syncThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(&m_metricsThread, &QThread::finished, m_dashboard, &QObject::deleteLater);
    connect(&m_workspaceThread, &QThread::finished, m_orders, &QObject::deleteLater);
    connect(&m_workspaceThread, &QThread::finished, m_catalog, &QObject::deleteLater);
    m_syncThread.start();
    m_metricsThread.start();
    m_workspaceThread.start();
    QMetaObject::invokeMethod(m_orders, [] { lowerCurrentThreadPriority(); });
    QMetaObject::invokeMethod(m_engine, [] { lowerCurrentThreadPriority(); });
    QMetaObject::invokeMethod(m_dashboard, [] { lowerCurrentThreadPriority(); });
    QMetaObject::invokeMethod(m_dashboard, &metrics::DashboardService::start);
    QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::start);
    if (m_indexer)
        QMetaObject::invokeMethod(m_indexer, &workspace::SearchIndexer::wake); // the backlog, if any
    if (m_digests)
        QMetaObject::invokeMethod(m_digests, &campaigns::DigestKeeper::wake);
    Q_EMIT ordersReady(m_orders);
    if (m_counter) {
        QMetaObject::invokeMethod(m_counter, [c = m_counter] {
            // Keys, revocations and the store's platform redemptions now and every minute;
            // what is due uploads on each refresh (and on the counter's own backoff).
            auto *refresh = new QTimer(c);
            refresh->setInterval(60'000);
            QObject::connect(refresh, &QTimer::timeout, c, &vouchers::StoreCounter::refreshFromPlatform);
            refresh->start();
            c->refreshFromPlatform();
        });
        Q_EMIT counterReady(m_counter);
    }
    Q_EMIT reconcileReady(m_reconcile);
    Q_EMIT catalogReady(m_catalog, m_stock);
    QMetaObject::invokeMethod(m_campaignPlatform, &campaigns::CampaignPlatformDesk::resumePublishing);
    Q_EMIT campaignPlatformReady(m_campaignPlatform);
}

vouchers::CounterService *ConsoleRuntime::counterService() const { return m_counter; }

reconcile::ReconcileService *ConsoleRuntime::reconcileService() const { return m_reconcile; }

workspace::StockService *ConsoleRuntime::stockService() const { return m_stock; }

void ConsoleRuntime::setScope(const metrics::SalesScope &scope)
{
    if (m_dashboard)
        QMetaObject::invokeMethod(m_dashboard, [d = m_dashboard, scope] { d->setScope(scope); });
}

void ConsoleRuntime::stop()
{
    if (m_engine && m_syncThread.isRunning())
        QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_engine = nullptr;    // deleted on its thread when the thread finishes (the counter with it)
    m_counter = nullptr;
    m_indexer = nullptr;
    m_reconcile = nullptr;
    m_dashboard = nullptr;
    m_orders = nullptr;
    m_catalog = nullptr;
    m_stock = nullptr;
    m_campaignPlatform = nullptr;
    m_syncThread.quit();
    m_metricsThread.quit();
    m_workspaceThread.quit();
    m_syncThread.wait();
    m_metricsThread.wait();
    m_workspaceThread.wait();
}

} // namespace mc::runtime
