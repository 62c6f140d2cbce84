// Digest of cache.sqlite.
#include "app/console/commands/digestcommand.h"

#include "app/console/commands/commandline.h"
#include "app/protocol/statedigest.h"
#include "app/storage/databases.h"
#include "app/storage/datafolder.h"

#include <QFileInfo>
#include <QTextStream>

namespace mc::commands {

int runDigest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the state digest of the local cache."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("digest"), QStringLiteral("the sub-command"));
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("The console's data folder."), QStringLiteral("DIR")});
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (!noExtraArguments(parser, QStringLiteral("digest")))
        return kExitUsage;
    const QString dir = parser.value(QStringLiteral("data-dir"));
    if (dir.isEmpty() || !QFileInfo::exists(dir + u"/cache.sqlite")) {
        QTextStream(stderr) << "digest: no cache.sqlite in '" << dir << "' (use --data-dir)\n";
        return kExitUsage;
    }
    // A digest of a damaged cache would be a wrong answer, not a failure: check it first.
    if (core::Status health = storage::checkCache(dir); !health) {
        QTextStream(stderr) << "digest: " << health.error().toString()
                            << "; run: merchant-console rebuild-cache --data-dir " << dir << '\n';
        return kExitStorage;
    }
    auto db = storage::openReader(dir, storage::DatabaseRole::Cache);
    if (!db) {
        QTextStream(stderr) << "digest: " << db.error().toString() << '\n';
        return kExitStorage;
    }
    auto digest = protocol::stateDigest(*db.value());
    if (!digest) {
        QTextStream(stderr) << "digest: " << digest.error().toString() << '\n';
        return kExitStorage;
    }
    QTextStream(stdout) << protocol::digestJsonLine(digest.value()) << '\n';
    return kExitOk;
}

} // namespace mc::commands
