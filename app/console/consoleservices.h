// The console's services for one session: the runtime (sync, metrics), and in demo mode the
// embedded platform it is connected to once that serves. The desktop app and the tests that
// exercise the real wiring both build it from the same options.
#pragma once

#include "app/console/demoplatform.h"
#include "app/runtime/consoleruntime.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mc::console {

struct ServiceOptions
{
    runtime::RuntimeOptions runtime;
    std::optional<DemoOptions> demo;    // set: the embedded sandbox, `platform` is ignored
    runtime::PlatformEndpoint platform; // a real platform
};

class ConsoleServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleServices)

public:
    explicit ConsoleServices(ServiceOptions options, QObject *parent = nullptr);
    ~ConsoleServices() override;

    runtime::ConsoleRuntime &runtime() { return m_runtime; }
    const ServiceOptions &options() const { return m_options; }
    bool isDemo() const { return m_options.demo.has_value(); }

    void start();
    void stop(); // the runtime first, then the platform it talks to

private:
    ServiceOptions m_options;
    runtime::ConsoleRuntime m_runtime;
    std::unique_ptr<DemoPlatform> m_demo;
};

} // namespace mc::console
