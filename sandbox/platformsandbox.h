// PlatformSandbox: the whole sandbox platform as one object, for the platform-sandbox
// executable and for the console's demo mode. It serves and simulates on threads of its own
// (HTTP, state, readers); nothing here ever runs on the thread that owns the object.
//
//   auto *sandbox = new mc::sandbox::PlatformSandbox(config, this);
//   connect(sandbox, &PlatformSandbox::ready, this, [](const ReadyInfo &info) { ... });
//   connect(sandbox, &PlatformSandbox::failed, this, [](const QString &why) { ... });
//   sandbox->startInBackground();   // or start(), which blocks until serving
//   ...
//   sandbox->stop();                // blocks briefly: drops connections, saves state
#pragma once

#include "app/core/result.h"
#include "sandbox/sandboxconfig.h"

#include <QObject>

#include <memory>

namespace mc::sandbox {

class PlatformSandbox : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformSandbox)

public:
    explicit PlatformSandbox(SandboxConfig config, QObject *parent = nullptr);
    ~PlatformSandbox() override; // stops a running sandbox

    // Prepares the state (first start: merchant, credentials, TLS certificate; --seed-orders),
    // starts the threads and listens. Blocks until serving; may take seconds with many
    // seeded orders. Call at most once.
    core::Result<ReadyInfo> start();
    // start() on a helper thread; ready() or failed() follow on this object's thread. Keep the
    // object alive, and do not call stop(), until one of them has arrived.
    void startInBackground();
    // Stops serving and simulating and saves the state. Idempotent.
    void stop();
    bool isRunning() const;

    // Sandbox time at first start when SandboxConfig::startMs is unset, for `scenario`.
    static std::int64_t defaultStartMs(Scenario scenario, std::int64_t wallNowMs);

Q_SIGNALS:
    void ready(const mc::sandbox::ReadyInfo &info);
    void failed(const QString &message);

private:
    struct Runtime;
    SandboxConfig m_config;
    std::unique_ptr<Runtime> m_runtime;
};

} // namespace mc::sandbox
