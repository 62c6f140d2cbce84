// ConsoleRuntime: the console's services and the threads they live on, without any
// widget: the embedded platform sandbox (demo mode), the SyncEngine on the sync thread and
// the DashboardService on the metrics thread. The composition root (app/application.*)
// connects it to the window; integration tests drive it headless.
#pragma once

#include "app/core/clock.h"
#include "app/core/location.h"
#include "app/metrics/daysnapshot.h"
#include "app/metrics/salesscope.h"
#include "app/sync/syncevents.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace mc::sandbox {
class PlatformSandbox;
struct ReadyInfo;
} // namespace mc::sandbox

namespace mc::sync {
class SyncEngine;
}
namespace mc::metrics {
class DashboardService;
}

namespace mc::runtime {

struct RuntimeOptions
{
    bool demo = true;            // embedded sandbox instead of a configured platform
    QString dataDir;             // cache.sqlite, ledger.sqlite (and demo/ for the sandbox)
    QString endpoint;            // real platform: https://.../router/rest
    QString credentialsPath;
    QByteArray tlsSha256;        // pinned certificate (optional)
    std::int64_t storeId = 0;    // store-manager credential: scoped to this store
    double demoSpeed = 30.0;     // simulated seconds per wall second in demo mode
    double demoOrdersPerSecond = 40.0;
    std::int64_t demoSeedOrders = 20'000;
    std::int64_t historyDays = 90;
};

class ConsoleRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleRuntime)

public:
    explicit ConsoleRuntime(RuntimeOptions options, QObject *parent = nullptr);
    ~ConsoleRuntime() override; // stops threads in order: sync, metrics, sandbox

    void start();
    void stop();
    // The platform's clock: simulated time in demo mode, the system clock otherwise.
    const core::Clock &clock() const;
    const RuntimeOptions &options() const { return m_options; }

public Q_SLOTS:
    void setScope(const mc::metrics::SalesScope &scope);

Q_SIGNALS:
    void statusChanged(const mc::sync::SyncStatus &status);
    void progress(const mc::sync::EntityProgress &progress);
    void snapshotReady(const mc::metrics::DaySnapshot &snapshot);
    void locationsLoaded(const QList<mc::core::Location> &locations);
    void failed(const QString &message);
    void platformReady(const QString &url);

private:
    void startServices(const QString &endpoint, const QString &credentialsPath, const QByteArray &tlsSha256);

    RuntimeOptions m_options;
    std::unique_ptr<core::Clock> m_demoClock;
    std::unique_ptr<sandbox::PlatformSandbox> m_sandbox;
    QThread m_syncThread;
    QThread m_metricsThread;
    sync::SyncEngine *m_engine = nullptr;           // lives on m_syncThread
    metrics::DashboardService *m_dashboard = nullptr; // lives on m_metricsThread
};

} // namespace mc::runtime
