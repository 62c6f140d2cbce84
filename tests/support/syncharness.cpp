// In-process sync runs.
#include "tests/support/syncharness.h"

#include "app/platform/credentials.h"

#include <QEventLoop>
#include <QTimer>

namespace mc::test {

SyncHarness::SyncHarness(const SandboxProcess &sandbox, QString dataDir, const core::Clock &clock)
    : m_sandbox(sandbox), m_clock(clock)
{
    clientOptions.endpoint = sandbox.url();
    clientOptions.pinnedSha256 = sandbox.tlsSha256();
    clientOptions.timeoutMs = 5'000;
    clientOptions.backoffBaseMs = 50;
    clientOptions.backoffCapMs = 1'000;
    syncOptions.dataDir = std::move(dataDir);
}

std::unique_ptr<sync::SyncEngine> SyncHarness::makeEngine()
{
    auto credentials = platform::loadCredentialsFile(m_sandbox.credentialsPath(), storeId);
    if (!credentials)
        qFatal("%s", qPrintable(credentials.error().toString()));
    return std::make_unique<sync::SyncEngine>(
        syncOptions, std::make_unique<platform::PlatformClient>(clientOptions, credentials.value(), m_clock), m_clock);
}

SyncRun SyncHarness::runOnce(int timeoutMs)
{
    auto engine = makeEngine();
    if (core::Status s = engine->open(); !s)
        return {false, s.error().toString(), {}};
    SyncRun run{false, QStringLiteral("timed out"), {}};
    QEventLoop loop;
    QObject::connect(engine.get(), &sync::SyncEngine::caughtUp, &loop, [&] {
        run = {true, {}, {}};
        loop.quit();
    });
    QObject::connect(engine.get(), &sync::SyncEngine::fatalError, &loop, [&](const QString &error) {
        run = {false, error, {}};
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    engine->runOnce();
    loop.exec();
    engine->stop();
    run.counters = engine->counters();
    return run;
}

} // namespace mc::test
