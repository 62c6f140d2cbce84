#include "app/console/demoplatform.h"

#include "sandbox/platformsandbox.h"

#include <QDir>

namespace mc::console {

DemoPlatform::DemoPlatform(const QString &dataDir, const DemoOptions &options, QObject *parent) : QObject(parent)
{
    sandbox::SandboxConfig config;
    config.dataDir = QDir(dataDir).filePath(QStringLiteral("demo-platform"));
    config.scenario = sandbox::Scenario::SinglesDay;
    config.speed = options.speed;
    config.ordersPerSecond = options.ordersPerSecond;
    config.seedOrders = options.seedOrders;
    m_sandbox = std::make_unique<sandbox::PlatformSandbox>(config);
    connect(m_sandbox.get(), &sandbox::PlatformSandbox::failed, this, &DemoPlatform::failed);
    connect(m_sandbox.get(), &sandbox::PlatformSandbox::ready, this, [this](const sandbox::ReadyInfo &info) {
        // The console follows the sandbox's fast-forwarded clock, as it would the real
        // platform's; the client corrects what little drift remains from the Date header.
        runtime::PlatformEndpoint platform;
        platform.url = info.url;
        platform.credentialsPath = info.credentialsPath;
        platform.tlsSha256 = info.tlsSha256;
        platform.clock = std::make_shared<core::ScaledClock>(core::SystemClock::instance(), info.clockMs, info.speed);
        Q_EMIT ready(platform);
    });
}

DemoPlatform::~DemoPlatform()
{
    stop();
}

void DemoPlatform::start()
{
    m_sandbox->startInBackground();
}

void DemoPlatform::stop()
{
    m_sandbox->stop();
}

} // namespace mc::console
