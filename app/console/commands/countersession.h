// A store's counter opened by a headless command (redeem, redemptions): --data-dir, --store
// and the optional platform options parsed, the data folder locked, the platform client
// (when an endpoint is given) with the platform-corrected clock, and the StoreCounter open.
#pragma once

#include "app/core/functionclock.h"

#include <QCommandLineParser>

#include <memory>

namespace mc::platform {
class PlatformClient;
}
namespace mc::storage {
class DataFolder;
}
namespace mc::vouchers {
class StoreCounter;
}

namespace mc::commands {

class CounterSession
{
public:
    // --data-dir, --store and the platform options (platformoptions.h).
    static void addOptions(QCommandLineParser &parser, int timeoutMs);
    // Null after printing "COMMAND: why", with `exitCode` set (usage, storage or auth).
    static std::unique_ptr<CounterSession> open(const QCommandLineParser &parser, const QString &command,
                                                int timeoutMs, int &exitCode);
    ~CounterSession();
    CounterSession(const CounterSession &) = delete;
    CounterSession &operator=(const CounterSession &) = delete;

    vouchers::StoreCounter &counter() { return *m_counter; }
    // Null offline (no --endpoint).
    platform::PlatformClient *client() const { return m_client.get(); }

private:
    CounterSession();

    std::unique_ptr<platform::PlatformClient> m_client;
    std::unique_ptr<storage::DataFolder> m_folder;
    // The platform's clock as the client measured it (Date header); the system clock offline.
    core::FunctionClock m_clock;
    std::unique_ptr<vouchers::StoreCounter> m_counter;
};

} // namespace mc::commands
