// The options a headless command uses to reach a platform (--endpoint, --credentials,
// --tls-sha256, --timeout-ms) and the client they make, shared by redeem and reconcile.
#pragma once

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace mc::platform {
class PlatformClient;
}

namespace mc::commands {

// Adds --endpoint, --credentials, --tls-sha256 and --timeout-ms; `endpointHelp` says what
// the command does with the platform.
void addPlatformOptions(QCommandLineParser &parser, const QString &endpointHelp);

struct PlatformClientChoice
{
    std::unique_ptr<platform::PlatformClient> client; // null: no --endpoint (offline)
    int exitCode = 0;                                 // not 0: the reason was printed; exit with it
};

// The client for the credential of `storeId` (0: the owner), when --endpoint is given.
PlatformClientChoice platformClientFromOptions(const QCommandLineParser &parser, const QString &command,
                                               std::int64_t storeId);

} // namespace mc::commands
