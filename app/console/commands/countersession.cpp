#include "app/console/commands/countersession.h"

#include "app/console/commands/commandline.h"
#include "app/console/commands/platformoptions.h"
#include "app/platform/credentials.h"
#include "app/storage/datafolder.h"
#include "app/vouchers/storecounter.h"

#include <QTextStream>

#include <limits>

using namespace Qt::StringLiterals;

namespace mc::commands {

CounterSession::CounterSession()
    : m_clock([this] { return m_client ? m_client->platformNowMs() : core::SystemClock::instance().nowMs(); })
{
}

CounterSession::~CounterSession() = default;

void CounterSession::addOptions(QCommandLineParser &parser, int timeoutMs)
{
    parser.addOptions({{u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s},
                       {u"store"_s, u"The counter's store."_s, u"ID"_s}});
    parser.addOptions(platformOptions(u"Credentials file (the store's entry is used)."_s, timeoutMs));
}

std::unique_ptr<CounterSession> CounterSession::open(const QCommandLineParser &parser, const QString &command,
                                                     int timeoutMs, int &exitCode)
{
    exitCode = kExitUsage;
    const QString dataDir = parser.value(u"data-dir"_s);
    const auto storeId = integerOption(parser, command, u"store"_s, 1, std::numeric_limits<qint64>::max(), 0);
    if (!storeId)
        return nullptr;
    if (dataDir.isEmpty() || *storeId == 0) {
        usageError(command, u"--data-dir and --store are required"_s);
        return nullptr;
    }
    std::unique_ptr<CounterSession> session(new CounterSession());
    if (parser.isSet(u"endpoint"_s) || parser.isSet(u"credentials"_s)) {
        auto connection = platformConnection(parser, command, *storeId, timeoutMs, exitCode);
        if (!connection)
            return nullptr;
        connection->options.maxAttempts = 3;
        session->m_client = std::make_unique<platform::PlatformClient>(connection->options, connection->credentials,
                                                                       core::SystemClock::instance());
    }
    exitCode = kExitStorage;
    session->m_folder = lockDataFolder(command, dataDir);
    if (!session->m_folder)
        return nullptr;
    if (session->m_client) {
        if (core::Status mine = session->m_folder->claimFor(platform::dataOwner(session->m_client->credentials()));
            !mine) {
            QTextStream(stderr) << command << ": " << mine.error().toString() << '\n';
            return nullptr;
        }
    }
    session->m_counter = std::make_unique<vouchers::StoreCounter>(vouchers::CounterOptions{dataDir, *storeId},
                                                                  session->m_clock, session->m_client.get());
    if (core::Status s = session->m_counter->open(); !s) {
        QTextStream(stderr) << command << ": " << s.error().toString() << '\n';
        return nullptr;
    }
    exitCode = kExitOk;
    return session;
}

} // namespace mc::commands
