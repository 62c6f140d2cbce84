// The options shared by every headless command that talks to the platform (--endpoint,
// --credentials, --tls-sha256, --timeout-ms) and the checked client settings built from them.
#pragma once

#include "app/platform/credentials.h"
#include "app/platform/platformclient.h"

#include <QCommandLineParser>
#include <QList>

#include <optional>

namespace mc::commands {

struct PlatformConnection
{
    platform::ClientOptions options;
    platform::Credentials credentials;
};

// --endpoint URL, --credentials FILE (`credentialsHelp` says whose entry is used),
// --tls-sha256 HEX, --timeout-ms MS (default `defaultTimeoutMs`).
QList<QCommandLineOption> platformOptions(const QString &credentialsHelp, int defaultTimeoutMs);

// The client settings for `storeId` (0: the owner) from the parsed options. nullopt after
// printing "COMMAND: why" on stderr, with `exitCode` set: kExitUsage for a bad option or an
// unreadable file, kExitAuth when the file has no credential for who is asked for.
std::optional<PlatformConnection> platformConnection(const QCommandLineParser &parser, const QString &command,
                                                     std::int64_t storeId, int defaultTimeoutMs, int &exitCode);

} // namespace mc::commands
