// Start-up (state preparation, threads, listening) and shutdown of the sandbox.
#include "sandbox/platformsandbox.h"

#include "app/protocol/toptime.h"
#include "sandbox/apiworker.h"
#include "sandbox/catalogsnapshot.h"
#include "sandbox/credentials.h"
#include "sandbox/faultplan.h"
#include "sandbox/historyseeder.h"
#include "sandbox/merchantseed.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestguard.h"
#include "sandbox/restserver.h"
#include "sandbox/statedatabase.h"
#include "sandbox/stateengine.h"
#include "sandbox/tlsidentity.h"
#include "app/storage/database.h"

#include <QDir>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {

core::Error startError(const QString &message, const QString &detail = {})
{
    return {u"sandbox.start"_s, message, detail};
}

// Runs fn on obj's thread and waits for it.
template<typename Fn> void runOn(QObject *obj, Fn &&fn)
{
    if (obj->thread() == QThread::currentThread())
        fn();
    else
        QMetaObject::invokeMethod(obj, std::forward<Fn>(fn), Qt::BlockingQueuedConnection);
}

} // namespace

struct PlatformSandbox::Runtime
{
    std::unique_ptr<core::ScaledClock> clock;
    std::optional<CredentialStore> credentials;
    std::optional<TlsIdentity> tls;
    FaultPlan faults;
    RateLimiter limiter;
    std::unique_ptr<RequestGuard> guard;
    QThread stateThread;
    StateEngine *engine = nullptr;
    std::vector<std::unique_ptr<QThread>> workerThreads;
    std::vector<ApiWorker *> workers;
    std::atomic<std::size_t> nextWorker{0};
    QThread httpThread;
    RestServer *server = nullptr;
    bool running = false;

    ~Runtime() { shutdown(); }

    void shutdown()
    {
        if (server)
            runOn(server, [this] { server->shutdown(); });
        // The state thread first: a consume it is serving hands its messages to a reader.
        if (engine) {
            StateEngine *e = std::exchange(engine, nullptr);
            runOn(e, [e] {
                e->stop();
                delete e;
            });
        }
        stateThread.quit();
        stateThread.wait();
        for (std::size_t i = 0; i < workers.size(); ++i) {
            ApiWorker *worker = std::exchange(workers[i], nullptr);
            runOn(worker, [worker] { delete worker; });
            workerThreads[i]->quit();
            workerThreads[i]->wait();
        }
        workers.clear();
        if (server) {
            RestServer *s = std::exchange(server, nullptr);
            runOn(s, [s] { delete s; });
        }
        httpThread.quit();
        httpThread.wait();
        running = false;
    }
};

PlatformSandbox::PlatformSandbox(SandboxConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{}

PlatformSandbox::~PlatformSandbox()
{
    stop();
}

bool PlatformSandbox::isRunning() const
{
    return m_runtime && m_runtime->running;
}

std::int64_t PlatformSandbox::defaultStartMs(Scenario scenario, std::int64_t wallNowMs)
{
    if (scenario != Scenario::SinglesDay)
        return wallNowMs - wallNowMs % 1000;
    // Two minutes before the last 11.11 that has begun, Beijing time.
    const int year = QDateTime::fromMSecsSinceEpoch(wallNowMs + protocol::kBeijingOffsetMs, Qt::UTC).date().year();
    auto elevenEleven = [](int y) {
        const QByteArray text = QByteArray::number(y) + "-11-11 00:00:00";
        return *protocol::parseTopTime(QByteArrayView(text));
    };
    const std::int64_t start = elevenEleven(year) <= wallNowMs ? elevenEleven(year) : elevenEleven(year - 1);
    return start - 2 * 60 * 1000;
}

void PlatformSandbox::startInBackground()
{
    QThread *helper = QThread::create([this] {
        auto result = start();
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (result)
                    Q_EMIT ready(result.value());
                else
                    Q_EMIT failed(result.error().toString());
            },
            Qt::QueuedConnection);
    });
    connect(helper, &QThread::finished, helper, &QObject::deleteLater);
    helper->start();
}

void PlatformSandbox::stop()
{
    if (m_runtime)
        m_runtime->shutdown();
}

core::Result<ReadyInfo> PlatformSandbox::start()
{
    if (m_runtime)
        return startError(u"the sandbox was started already"_s);
    m_runtime = std::make_unique<Runtime>();
    Runtime &rt = *m_runtime;
    const SandboxConfig &cfg = m_config;
    const core::Clock &wall = cfg.wallClock ? *cfg.wallClock : core::SystemClock::instance();
    if (cfg.dataDir.isEmpty() || !QDir().mkpath(cfg.dataDir))
        return startError(u"cannot create the data folder"_s, cfg.dataDir);

    auto db = openStateWriter(cfg.dataDir);
    if (!db)
        return db.error();
    storage::Database &writer = *db.value();

    // Sandbox time: resume where the last run stopped; first start at the scenario's start.
    auto savedClock = readMeta(writer, u"clock_ms");
    if (!savedClock)
        return savedClock.error();
    std::int64_t startMs = cfg.startMs.value_or(defaultStartMs(cfg.scenario, wall.nowMs()));
    if (savedClock.value()) {
        startMs = savedClock.value()->toLongLong();
        if (cfg.scenario != Scenario::SinglesDay && cfg.speed == 1.0 && !cfg.startMs)
            startMs = std::max(startMs, wall.nowMs());
    }

    auto seeded = readMeta(writer, u"merchant_seed");
    if (!seeded)
        return seeded.error();
    if (!seeded.value()) {
        if (core::Status s = MerchantSeed::populate(writer, cfg.seed, startMs - startMs % 1000); !s)
            return s.error();
        if (core::Status s = writeMeta(writer, u"merchant_seed", QString::number(cfg.seed)); !s)
            return s.error();
    }
    auto catalog = CatalogSnapshot::load(writer);
    if (!catalog)
        return catalog.error();
    if (cfg.seedOrders > 0)
        if (auto made = HistorySeeder::seed(writer, catalog.value(), cfg.seedOrders, cfg.seed, startMs); !made)
            return made.error();
    if (core::Status s = writeMeta(writer, u"clock_ms", QString::number(startMs)); !s)
        return s.error();

    QList<std::int64_t> storeIds;
    for (const LocationEntry &store : catalog.value().stores())
        storeIds.append(store.id);
    const QString credentialsPath = QDir(cfg.dataDir).filePath(u"credentials.json"_s);
    auto credentials = CredentialStore::loadOrCreate(credentialsPath, storeIds);
    if (!credentials)
        return credentials.error();
    rt.credentials = std::move(credentials).value();
    if (cfg.tls) {
        auto tls = TlsIdentity::loadOrCreate(cfg.dataDir);
        if (!tls)
            return tls.error();
        rt.tls = std::move(tls).value();
    }
    if (core::Status s = rt.faults.set(cfg.faults); !s)
        return s.error();
    auto limits = RateLimits::parse(cfg.rateLimits);
    if (!limits)
        return limits.error();
    rt.limiter.setLimits(limits.value());

    rt.clock = std::make_unique<core::ScaledClock>(wall, startMs, cfg.speed);
    rt.guard = std::make_unique<RequestGuard>(*rt.credentials, *rt.clock, wall, cfg.speed, rt.limiter);

    // The state thread takes over the writer connection.
    rt.engine = new StateEngine(std::move(db).value(), cfg, *rt.clock, rt.faults, rt.credentials->owner().appKey);
    rt.engine->moveToThread(&rt.stateThread);
    rt.stateThread.setObjectName(u"sandbox-state"_s);
    rt.stateThread.start();
    core::Status engineStarted;
    runOn(rt.engine, [&] { engineStarted = rt.engine->start(); });
    if (!engineStarted)
        return engineStarted.error();

    for (int i = 0; i < std::max(1, cfg.workerThreads); ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(u"sandbox-reader-%1"_s.arg(i));
        auto *worker = new ApiWorker(cfg.dataDir, rt.faults, rt.limiter, rt.credentials->owner().appKey);
        worker->moveToThread(thread.get());
        thread->start();
        rt.workers.push_back(worker);
        rt.workerThreads.push_back(std::move(thread));
        core::Status opened;
        runOn(worker, [&] { opened = worker->open(); });
        if (!opened)
            return opened.error();
    }

    Runtime *runtime = &rt;
    auto dispatch = [runtime](ApiCall call, const MethodInfo &method, RestServer::Done done) {
        const MethodId id = method.id;
        if (id == MethodId::TmcMessagesConsume && call.param("idempotency_key").isEmpty()) {
            // The state thread hands the messages out; a reader renders them (most of the work),
            // so the writer serves the next call meanwhile.
            StateEngine *engine = runtime->engine;
            QMetaObject::invokeMethod(
                engine,
                [runtime, engine, call = std::move(call), done = std::move(done)]() mutable {
                    MessageQueue::Taken taken = engine->takeMessages(call);
                    if (taken.refusal)
                        return done(*taken.refusal);
                    const std::size_t n =
                        runtime->nextWorker.fetch_add(1, std::memory_order_relaxed) % runtime->workers.size();
                    ApiWorker *worker = runtime->workers[n];
                    QMetaObject::invokeMethod(
                        worker,
                        [worker, call = std::move(call), batch = std::move(taken.batch), done = std::move(done)] {
                            done(worker->renderMessages(call, batch));
                        },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
            return;
        }
        if (method.runner == Runner::Writer) {
            StateEngine *engine = runtime->engine;
            QMetaObject::invokeMethod(
                engine,
                [engine, call = std::move(call), id, done = std::move(done)] { done(engine->execute(call, id)); },
                Qt::QueuedConnection);
            return;
        }
        const std::size_t n = runtime->nextWorker.fetch_add(1, std::memory_order_relaxed) % runtime->workers.size();
        ApiWorker *worker = runtime->workers[n];
        QMetaObject::invokeMethod(
            worker, [worker, call = std::move(call), id, done = std::move(done)] { done(worker->execute(call, id)); },
            Qt::QueuedConnection);
    };
    rt.server = new RestServer(*rt.guard, rt.faults, *rt.clock, cfg.connections, dispatch);
    rt.server->moveToThread(&rt.httpThread);
    rt.httpThread.setObjectName(u"sandbox-http"_s);
    rt.httpThread.start();
    quint16 port = 0;
    const TlsIdentity *tls = rt.tls ? &*rt.tls : nullptr;
    runOn(rt.server, [&] { port = rt.server->start(cfg.listenAddress, cfg.port, tls); });
    if (port == 0)
        return startError(u"cannot listen"_s, cfg.listenAddress.toString() + u':' + QString::number(cfg.port));
    rt.running = true;

    ReadyInfo info;
    const QString host = cfg.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + cfg.listenAddress.toString() + u']'
                             : cfg.listenAddress.toString();
    info.url = (cfg.tls ? u"https://" : u"http://") + host + u':' + QString::number(port) + u"/router/rest";
    info.tlsSha256 = rt.tls ? rt.tls->sha256Hex : QByteArray();
    info.credentialsPath = QFileInfo(credentialsPath).absoluteFilePath();
    info.dataDir = QFileInfo(cfg.dataDir).absoluteFilePath();
    info.port = port;
    info.scenario = scenarioName(cfg.scenario);
    info.speed = cfg.speed;
    info.clockMs = rt.clock->nowMs();
    return info;
}

} // namespace mc::sandbox
