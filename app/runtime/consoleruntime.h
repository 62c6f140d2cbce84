// ConsoleRuntime: the console's services and the threads they live on, without any
// widget: the SyncEngine on the sync thread and the DashboardService on the metrics thread.
// It is handed a platform (endpoint, credentials, clock) and does not know whether that is
// a real gateway or the demo's embedded sandbox: the composition root (app/console) decides,
// connects it to the window, and tests drive it headless.
#pragma once

#include "app/campaigns/campaignplatformdesk.h"
#include "app/core/clock.h"
#include "app/core/location.h"
#include "app/metrics/daysnapshot.h"
#include "app/platform/credentials.h"
#include "app/metrics/salesscope.h"
#include "app/reconcile/reconcileservice.h"
#include "app/vouchers/counterservice.h"
#include "app/workspace/catalogbrowser.h"
#include "app/workspace/orderbrowser.h"
#include "app/workspace/stockservice.h"
#include "app/core/syncevents.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace mc::sync {
class SyncEngine;
}
namespace mc::metrics {
class DashboardService;
}
namespace mc::vouchers {
class StoreCounter;
}
namespace mc::workspace {
class SearchIndexer;
}
namespace mc::campaigns {
class DigestKeeper;
}

namespace mc::runtime {

struct RuntimeOptions
{
    QString dataDir;             // cache.sqlite, ledger.sqlite
    std::int64_t storeId = 0;    // store-manager credential: scoped to this store
    std::int64_t historyDays = 90;
    int pollIntervalMs = 0;      // 0: the sync engine's default
    // The store whose counter this console runs (0: none; a store manager's own store).
    std::int64_t counterStoreId = 0;
};

// Where the platform is and how to talk to it.
struct PlatformEndpoint
{
    QString url;                 // https://.../router/rest
    QString credentialsPath;
    // Credentials held in memory (a profile's, read from the OS keychain): when set,
    // credentialsPath is not read and nothing is written anywhere.
    std::optional<platform::Credentials> credentials;
    QByteArray tlsSha256;        // pinned certificate (optional)
    // The platform's clock; null: the system clock. The demo's sandbox lives a fast-forwarded
    // day, and the console follows it as it would the real platform's clock.
    std::shared_ptr<const core::Clock> clock;
};

class ConsoleRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleRuntime)

public:
    explicit ConsoleRuntime(RuntimeOptions options, QObject *parent = nullptr);
    ~ConsoleRuntime() override; // stops threads in order: sync, metrics

    // Opens the cache and starts syncing from the platform; failed() tells what went wrong.
    void start(const PlatformEndpoint &platform);
    void stop();
    // The platform's clock (PlatformEndpoint::clock), the system clock before start().
    const core::Clock &clock() const;
    const RuntimeOptions &options() const { return m_options; }
    // The store counter (on the sync thread; talk to it with queued calls), or null when no
    // counter store is set or before start().
    vouchers::CounterService *counterService() const;
    // The Orders workspace's service (on the workspace thread; queued calls only), or null
    // before start().
    workspace::OrderBrowser *orderBrowser() const { return m_orders; }
    // Day close (on the sync thread; queued calls only), or null before start().
    reconcile::ReconcileService *reconcileService() const;
    // The Catalog and Stock pages' reads (workspace thread) and writes (sync thread); queued
    // calls only; null before start().
    workspace::CatalogBrowser *catalogBrowser() const { return m_catalog; }
    workspace::StockService *stockService() const;
    // The Campaigns page's publishing and voucher issuing (on the sync thread, the engine's
    // client and ledger; queued calls only), or null before start().
    campaigns::CampaignPlatformDesk *campaignPlatform() const { return m_campaignPlatform; }

public Q_SLOTS:
    void setScope(const mc::metrics::SalesScope &scope);

Q_SIGNALS:
    void statusChanged(const mc::core::SyncStatus &status);
    void progress(const mc::core::EntityProgress &progress);
    void snapshotReady(const mc::metrics::DaySnapshot &snapshot);
    void locationsLoaded(const QList<mc::core::Location> &locations);
    void failed(const QString &message);
    // The counter service exists (after start(), when a counter store is set).
    void counterReady(mc::vouchers::CounterService *counter);
    void ordersReady(mc::workspace::OrderBrowser *orders);
    // The day-close service exists (after start()).
    void reconcileReady(mc::reconcile::ReconcileService *service);
    void catalogReady(mc::workspace::CatalogBrowser *catalog, mc::workspace::StockService *stock);
    void campaignPlatformReady(mc::campaigns::CampaignPlatformDesk *desk);

private:
    RuntimeOptions m_options;
    std::shared_ptr<const core::Clock> m_clock;
    QThread m_syncThread;
    QThread m_metricsThread;
    QThread m_workspaceThread;
    sync::SyncEngine *m_engine = nullptr;           // lives on m_syncThread
    metrics::DashboardService *m_dashboard = nullptr; // lives on m_metricsThread
    vouchers::StoreCounter *m_counter = nullptr;      // lives on m_syncThread
    workspace::SearchIndexer *m_indexer = nullptr;    // lives on m_syncThread (a cache writer)
    campaigns::DigestKeeper *m_digests = nullptr;     // lives on m_syncThread (a cache writer)
    workspace::OrderBrowser *m_orders = nullptr;      // lives on m_workspaceThread
    reconcile::ReconcileService *m_reconcile = nullptr; // lives on m_syncThread
    workspace::CatalogBrowser *m_catalog = nullptr;   // lives on m_workspaceThread
    workspace::StockService *m_stock = nullptr;       // lives on m_syncThread
    campaigns::CampaignPlatformDesk *m_campaignPlatform = nullptr; // lives on m_syncThread
};

} // namespace mc::runtime
