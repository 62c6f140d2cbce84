#include "app/console/consoleservices.h"

#include "sandbox/merchantseed.h"

namespace mc::console {

namespace {
// A fast-forwarded demo day needs a fast poll to look live between feed batches.
constexpr int kDemoPollIntervalMs = 10'000;
} // namespace

ConsoleServices::ConsoleServices(ServiceOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_runtime([this] {
          runtime::RuntimeOptions r = m_options.runtime;
          if (m_options.demo && r.pollIntervalMs == 0)
              r.pollIntervalMs = kDemoPollIntervalMs;
          if (r.counterStoreId == 0)
              r.counterStoreId = r.storeId != 0 ? r.storeId : (m_options.demo ? sandbox::kFirstStoreId : 0);
          return r;
      }())
{}

ConsoleServices::~ConsoleServices()
{
    stop();
}

void ConsoleServices::start()
{
    if (!m_options.demo) {
        m_runtime.start(m_options.platform);
        return;
    }
    m_demo = std::make_unique<DemoPlatform>(m_options.runtime.dataDir, *m_options.demo);
    connect(m_demo.get(), &DemoPlatform::failed, &m_runtime, &runtime::ConsoleRuntime::failed);
    connect(m_demo.get(), &DemoPlatform::ready, &m_runtime, &runtime::ConsoleRuntime::start);
    m_demo->start();
}

void ConsoleServices::stop()
{
    m_runtime.stop();
    if (m_demo)
        m_demo->stop();
}

} // namespace mc::console
