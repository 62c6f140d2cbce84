#include "app/console/commands/platformoptions.h"

#include "app/console/commands/commandline.h"
#include "app/core/clock.h"
#include "app/platform/credentials.h"
#include "app/platform/platformclient.h"
#include "app/platform/transportguard.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mc::commands {

void addPlatformOptions(QCommandLineParser &parser, const QString &endpointHelp)
{
    parser.addOptions({
        {u"endpoint"_s, endpointHelp, u"URL"_s},
        {u"credentials"_s, u"Credentials file (the store's entry is used)."_s, u"FILE"_s},
        {u"tls-sha256"_s, u"SHA-256 fingerprint of the server certificate."_s, u"HEX"_s},
        {u"timeout-ms"_s, u"Give up on a response after this long (default 10000)."_s, u"MS"_s},
    });
}

PlatformClientChoice platformClientFromOptions(const QCommandLineParser &parser, const QString &command,
                                               std::int64_t storeId)
{
    PlatformClientChoice choice;
    const QString endpoint = parser.value(u"endpoint"_s);
    const auto timeoutMs = integerOption(parser, command, u"timeout-ms"_s, 1, 3'600'000, 10'000);
    if (!timeoutMs) {
        choice.exitCode = kExitUsage;
        return choice;
    }
    if (endpoint.isEmpty())
        return choice;
    if (parser.value(u"credentials"_s).isEmpty()) {
        choice.exitCode = usageError(command, u"--endpoint needs --credentials"_s);
        return choice;
    }
    platform::ClientOptions options;
    options.endpoint = QUrl(endpoint);
    if (options.endpoint.path().isEmpty() || options.endpoint.path() == u"/")
        options.endpoint.setPath(u"/router/rest"_s);
    if (core::Status s = platform::checkEndpoint(options.endpoint); !s) {
        choice.exitCode = usageError(command, u"--endpoint: "_s + s.error().toString());
        return choice;
    }
    options.pinnedSha256 = platform::normalizedPin(parser.value(u"tls-sha256"_s).toLatin1());
    options.timeoutMs = static_cast<int>(*timeoutMs);
    options.maxAttempts = 3;
    auto credentials = platform::loadCredentialsFile(parser.value(u"credentials"_s), storeId);
    if (!credentials) {
        QTextStream(stderr) << command << ": " << credentials.error().toString() << '\n';
        choice.exitCode =
            credentials.error().code == QLatin1String(platform::kCredentialsMissing) ? kExitAuth : kExitUsage;
        return choice;
    }
    choice.client =
        std::make_unique<platform::PlatformClient>(options, credentials.value(), core::SystemClock::instance());
    return choice;
}

} // namespace mc::commands
