#include "app/console/commands/maintenancecommands.h"

#include "app/console/commands/commandline.h"
#include "app/core/clock.h"
#include "app/storage/datafolder.h"
#include "app/sync/ledgerstore.h"
#include "app/vouchers/redemptionbook.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace mc::commands {

namespace {

// Parses `<command> --data-dir DIR` and takes the folder's lock; nullopt after printing why.
std::optional<QString> dataDirOf(const QStringList &arguments, const QString &description, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(arguments.value(1), u"the sub-command"_s); // its own name in the usage line
    parser.addOption({u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s});
    if (!parseOrExplain(parser, arguments)) {
        exitCode = parser.isSet(u"help"_s) ? kExitOk : kExitUsage;
        return std::nullopt;
    }
    const QString dir = parser.value(u"data-dir"_s);
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        QTextStream(stderr) << arguments.value(1) << ": no data folder '" << dir << "' (use --data-dir)\n";
        exitCode = kExitUsage;
        return std::nullopt;
    }
    return dir;
}

int fail(const QString &command, const core::Error &error, int exitCode)
{
    QTextStream(stderr) << command << ": " << error.toString() << '\n';
    return exitCode;
}

} // namespace

int runRebuildCache(const QStringList &arguments)
{
    int exitCode = kExitOk;
    const auto dir = dataDirOf(arguments, u"Sets a damaged cache aside; the next sync fetches it again."_s, exitCode);
    if (!dir)
        return exitCode;
    auto folder = storage::DataFolder::acquire(*dir);
    if (!folder)
        return fail(u"rebuild-cache"_s, folder.error(), kExitStorage);
    auto aside = storage::setCacheAside(*dir);
    if (!aside)
        return fail(u"rebuild-cache"_s, aside.error(), kExitStorage);
    QTextStream(stdout) << QJsonDocument(QJsonObject{{u"set_aside"_s, aside.value()}}).toJson(QJsonDocument::Compact)
                        << '\n';
    return kExitOk;
}

int runVerifyLedger(const QStringList &arguments)
{
    int exitCode = kExitOk;
    const auto dir = dataDirOf(arguments, u"Verifies the ledger's keyed hash chain."_s, exitCode);
    if (!dir)
        return exitCode;
    auto folder = storage::DataFolder::acquire(*dir);
    if (!folder)
        return fail(u"verify-ledger"_s, folder.error(), kExitStorage);
    auto ledger = sync::LedgerStore::open(*dir, core::SystemClock::instance());
    if (!ledger)
        return fail(u"verify-ledger"_s, ledger.error(), kExitStorage);
    auto book = vouchers::RedemptionBook::open(*dir, core::SystemClock::instance());
    if (!book)
        return fail(u"verify-ledger"_s, book.error(), kExitStorage);
    // Both chains: the audit log and the counter's redemptions (each keyed with ledger.key).
    std::int64_t firstBadAudit = 0;
    std::int64_t firstBadRedemption = 0;
    auto auditIntact = ledger.value()->verifyAuditChain(&firstBadAudit);
    if (!auditIntact)
        return fail(u"verify-ledger"_s, auditIntact.error(), kExitStorage);
    auto redemptionsIntact = book.value()->verifyChain(&firstBadRedemption);
    if (!redemptionsIntact)
        return fail(u"verify-ledger"_s, redemptionsIntact.error(), kExitStorage);
    auto &db = ledger.value()->database();
    const bool intact = auditIntact.value() && redemptionsIntact.value();
    QJsonObject out{{u"intact"_s, intact},
                    {u"audit_rows"_s, qint64(db.queryInt(u"SELECT count(*) FROM audit_log").valueOr(-1))},
                    {u"redemption_rows"_s, qint64(db.queryInt(u"SELECT count(*) FROM redemptions").valueOr(-1))}};
    if (!auditIntact.value())
        out.insert(u"first_broken_seq"_s, qint64(firstBadAudit));
    if (!redemptionsIntact.value())
        out.insert(u"first_broken_redemption_seq"_s, qint64(firstBadRedemption));
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return intact ? kExitOk : kExitFailed;
}

int runRestoreLedger(const QStringList &arguments)
{
    int exitCode = kExitOk;
    const auto dir = dataDirOf(arguments, u"Restores the ledger from its last backup."_s, exitCode);
    if (!dir)
        return exitCode;
    auto folder = storage::DataFolder::acquire(*dir);
    if (!folder)
        return fail(u"restore-ledger"_s, folder.error(), kExitStorage);
    auto replaced = storage::restoreLedger(*dir);
    if (!replaced)
        return fail(u"restore-ledger"_s, replaced.error(), kExitStorage);
    QTextStream(stdout) << QJsonDocument(QJsonObject{{u"restored_from"_s, storage::ledgerBackupPath(*dir)},
                                                     {u"previous_ledger"_s, replaced.value()}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return kExitOk;
}

} // namespace mc::commands
