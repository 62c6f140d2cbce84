#include "app/console/commands/platformoptions.h"

#include "app/console/commands/commandline.h"
#include "app/platform/transportguard.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mc::commands {

QList<QCommandLineOption> platformOptions(const QString &credentialsHelp, int defaultTimeoutMs)
{
    return {
        {u"endpoint"_s, u"Platform URL, e.g. https://127.0.0.1:8443 (http:// only to this computer)."_s, u"URL"_s},
        {u"credentials"_s, credentialsHelp, u"FILE"_s},
        {u"tls-sha256"_s, u"SHA-256 fingerprint of the server certificate, checked on every connection."_s,
         u"HEX"_s},
        {u"timeout-ms"_s, u"Give up on a response after this long (default %1)."_s.arg(defaultTimeoutMs), u"MS"_s},
    };
}

std::optional<PlatformConnection> platformConnection(const QCommandLineParser &parser, const QString &command,
                                                     std::int64_t storeId, int defaultTimeoutMs, int &exitCode)
{
    exitCode = kExitUsage;
    const QString endpoint = parser.value(u"endpoint"_s);
    const QString credentialsPath = parser.value(u"credentials"_s);
    if (endpoint.isEmpty() || credentialsPath.isEmpty()) {
        usageError(command, u"--endpoint and --credentials are needed to reach the platform"_s);
        return std::nullopt;
    }
    const auto timeoutMs = integerOption(parser, command, u"timeout-ms"_s, 1, 3'600'000, defaultTimeoutMs);
    if (!timeoutMs)
        return std::nullopt;
    PlatformConnection c;
    c.options.endpoint = QUrl(endpoint);
    if (c.options.endpoint.path().isEmpty() || c.options.endpoint.path() == u"/")
        c.options.endpoint.setPath(u"/router/rest"_s);
    if (core::Status s = platform::checkEndpoint(c.options.endpoint); !s) {
        usageError(command, u"--endpoint: "_s + s.error().toString());
        return std::nullopt;
    }
    c.options.pinnedSha256 = platform::normalizedPin(parser.value(u"tls-sha256"_s).toLatin1());
    if (parser.isSet(u"tls-sha256"_s) &&
        (c.options.pinnedSha256.size() != 64 ||
         QByteArray::fromHex(c.options.pinnedSha256).toHex() != c.options.pinnedSha256)) {
        usageError(command,
                   u"--tls-sha256 needs 64 hex digits (a SHA-256), got '%1'"_s.arg(parser.value(u"tls-sha256"_s)));
        return std::nullopt;
    }
    c.options.timeoutMs = static_cast<int>(*timeoutMs);
    auto credentials = platform::loadCredentialsFile(credentialsPath, storeId);
    if (!credentials) {
        // No credential for who we are asked to be: refused here, as the platform would.
        const bool missing = credentials.error().code == QLatin1String(platform::kCredentialsMissing);
        QTextStream(stderr) << command << ": " << (missing ? "credentials refused: " : "--credentials: ")
                            << credentials.error().toString() << '\n';
        exitCode = missing ? kExitAuth : kExitUsage;
        return std::nullopt;
    }
    c.credentials = credentials.value();
    exitCode = kExitOk;
    return c;
}

} // namespace mc::commands
