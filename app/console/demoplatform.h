// Demo mode: the platform sandbox embedded in the console, living through 11.11 on a
// loopback port. When it serves, ready() hands the runtime an endpoint, credentials and the
// sandbox's fast-forwarded clock, exactly what a real platform connection would give it.
#pragma once

#include "app/runtime/consoleruntime.h"

#include <QObject>

#include <cstdint>
#include <memory>

namespace mc::sandbox {
class PlatformSandbox;
struct ReadyInfo;
} // namespace mc::sandbox

namespace mc::console {

struct DemoOptions
{
    double speed = 30.0;              // simulated seconds per wall second
    double ordersPerSecond = 40.0;    // at the 11.11 peak
    std::int64_t seedOrders = 20'000; // history before the day starts
};

class DemoPlatform final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPlatform)

public:
    // The sandbox keeps its state in dataDir/demo-platform.
    DemoPlatform(const QString &dataDir, const DemoOptions &options, QObject *parent = nullptr);
    ~DemoPlatform() override;

    void start(); // ready() or failed() follows
    void stop();

Q_SIGNALS:
    void ready(const mc::runtime::PlatformEndpoint &platform);
    void failed(const QString &message);

private:
    std::unique_ptr<sandbox::PlatformSandbox> m_sandbox;
};

} // namespace mc::console
