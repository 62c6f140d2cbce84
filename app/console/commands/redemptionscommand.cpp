#include "app/console/commands/redemptionscommand.h"

#include "app/console/commands/commandline.h"
#include "app/console/commands/countersession.h"
#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/storecounter.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mc::commands {

namespace {

constexpr int kTimeoutMs = 10'000;
constexpr int kMaxRedemptionsPerRun = 1'000'000;

QJsonObject redemptionJson(const vouchers::RedemptionRecord &r)
{
    QJsonObject o{{u"serial"_s, r.serial},
                  {u"voucher_id"_s, QString::fromLatin1(r.voucherId)},
                  {u"store_id"_s, qint64(r.storeId)},
                  {u"operator"_s, r.operatorName},
                  {u"face_value"_s, core::Money::fromMinor(r.faceValueFen).toDecimalString()},
                  {u"redeemed_at"_s, QString::fromLatin1(protocol::formatTopTime(r.redeemedMs))},
                  {u"state"_s, vouchers::uploadStateName(r.state)},
                  {u"attempts"_s, r.attempts}};
    if (!r.platformMessage.isEmpty())
        o.insert(u"platform_message"_s, r.platformMessage);
    return o;
}

// Refreshes keys and records, then tries every pending redemption once; returns when each
// has an answer (confirmed, refused, conflict, or still pending after a failed attempt).
void uploadPending(vouchers::StoreCounter &counter)
{
    auto pending = counter.book().due(-1, kMaxRedemptionsPerRun);
    QSet<QString> waiting;
    for (const auto &r : pending.valueOr({}))
        waiting.insert(r.serial);
    QObject::connect(&counter, &vouchers::CounterService::redemptionUpdated, &counter,
                     [&waiting](const vouchers::RedemptionRecord &r) {
                         waiting.remove(r.serial);
                         if (waiting.isEmpty())
                             QCoreApplication::exit(0);
                     });
    QObject::connect(&counter, &vouchers::StoreCounter::platformRefreshed, &counter,
                     [&counter, &waiting](bool ok, const QString &message) {
                         if (!ok)
                             QTextStream(stderr) << "redemptions: refresh failed: " << message << '\n';
                         // Those not yet due (backing off) are tried now too; in-flight ones are skipped.
                         for (const QString &serial : QSet<QString>(waiting))
                             counter.retryUpload(serial);
                         if (waiting.isEmpty())
                             QCoreApplication::exit(0);
                     });
    counter.refreshFromPlatform();
    QCoreApplication::exec();
}

} // namespace

int runRedemptions(const QStringList &arguments)
{
    const QString command = u"redemptions"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists the counter's redemptions; with an endpoint, uploads the pending ones first."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(command, u"the sub-command"_s);
    CounterSession::addOptions(parser, kTimeoutMs);
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (!noExtraArguments(parser, command))
        return kExitUsage;
    int exitCode = kExitOk;
    auto session = CounterSession::open(parser, command, kTimeoutMs, exitCode);
    if (!session)
        return exitCode;
    vouchers::StoreCounter &counter = session->counter();
    if (session->client())
        uploadPending(counter);
    auto all = counter.book().queue(0);
    if (!all) {
        QTextStream(stderr) << command << ": " << all.error().toString() << '\n';
        return kExitStorage;
    }
    QMap<QString, int> byState;
    for (const auto &r : all.value()) {
        printJsonLine(redemptionJson(r));
        ++byState[vouchers::uploadStateName(r.state)];
    }
    QTextStream err(stderr);
    err << command << ":";
    for (const QString &state : {u"pending"_s, u"confirmed"_s, u"refused"_s, u"conflict"_s})
        err << ' ' << byState.value(state) << ' ' << state;
    err << '\n';
    return byState.value(u"pending"_s) == 0 ? kExitOk : kExitFailed;
}

} // namespace mc::commands
