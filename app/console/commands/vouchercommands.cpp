#include "app/console/commands/vouchercommands.h"

#include "app/console/commands/commandline.h"
#include "app/console/commands/countersession.h"
#include "app/core/functionclock.h"
#include "app/core/money.h"
#include "app/platform/platformclient.h"
#include "app/storage/datafolder.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/storecounter.h"
#include "app/vouchers/voucherverifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <limits>

using namespace Qt::StringLiterals;

namespace mc::commands {

namespace {

constexpr int kRedeemTimeoutMs = 10'000;

QJsonObject verdictJson(const vouchers::VoucherVerdict &v)
{
    QJsonObject o{{u"valid"_s, v.accepted()}, {u"reason"_s, vouchers::VoucherVerifier::reasonName(v.refusal)}};
    if (v.termsKnown) {
        o.insert(u"voucher_id"_s, QString::fromLatin1(v.terms.voucherId));
        o.insert(u"face_value"_s, core::Money::fromMinor(v.terms.faceValueFen).toDecimalString());
        o.insert(u"uses_left"_s, v.terms.usesLeft);
    } else {
        o.insert(u"voucher_id"_s, QJsonValue::Null);
        o.insert(u"face_value"_s, QJsonValue::Null);
    }
    return o;
}

} // namespace

int runVoucher(const QStringList &arguments)
{
    const QString command = u"voucher verify"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Verifies voucher codes read from stdin, offline, one JSON line each."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"voucher"_s, u"the command"_s);
    parser.addPositionalArgument(u"verify"_s, u"the sub-command"_s);
    parser.addOptions({{u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s},
                       {u"store"_s, u"Check the store scope for this store."_s, u"ID"_s}});
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (parser.positionalArguments() != QStringList{u"voucher"_s, u"verify"_s})
        return usageError(command, u"usage: voucher verify --data-dir DIR [--store ID] < codes"_s);
    const QString dataDir = parser.value(u"data-dir"_s);
    if (dataDir.isEmpty())
        return usageError(command, u"--data-dir is required"_s);
    const auto storeId = integerOption(parser, command, u"store"_s, 1, std::numeric_limits<qint64>::max(), 0);
    if (!storeId)
        return kExitUsage;
    // Verifying writes nothing: beside a console that has the folder open, read-only
    // connections are enough (that console keeps the schema current).
    auto folder = storage::DataFolder::acquire(dataDir);
    const bool shared = !folder && folder.error().code == QLatin1String(storage::codes::kLocked);
    if (!folder && !shared) {
        QTextStream(stderr) << command << ": " << folder.error().toString() << '\n';
        return kExitStorage;
    }
    vouchers::StoreCounter counter({dataDir, *storeId}, core::SystemClock::instance());
    if (core::Status s = shared ? counter.openForVerifying() : counter.open(); !s) {
        QTextStream(stderr) << command << ": " << s.error().toString() << '\n';
        return kExitStorage;
    }
    if (counter.keyCount() == 0)
        QTextStream(stderr) << command << ": no voucher keys in the cache yet (sync or redeem online first)\n";
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return kExitFailed;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (!line.isEmpty())
            printJsonLine(verdictJson(counter.verifyNow(line)));
    }
    return kExitOk;
}

int runRedeem(const QStringList &arguments)
{
    const QString command = u"redeem"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Verifies and redeems one voucher code at a store's counter."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(command, u"the sub-command"_s);
    parser.addPositionalArgument(u"CODE"_s, u"the voucher code"_s);
    CounterSession::addOptions(parser, kRedeemTimeoutMs);
    parser.addOption({u"operator"_s, u"Who redeems (up to 64 characters)."_s, u"NAME"_s});
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(command, u"exactly one CODE is needed"_s);
    int exitCode = kExitOk;
    auto session = CounterSession::open(parser, command, kRedeemTimeoutMs, exitCode);
    if (!session)
        return exitCode;
    vouchers::StoreCounter &counter = session->counter();
    platform::PlatformClient *raw = session->client();
    QJsonObject result;
    if (raw) {
        QObject::connect(&counter, &vouchers::StoreCounter::platformRefreshed, &counter,
                         [&result](bool ok, const QString &message) {
                             if (!ok)
                                 result.insert(u"refresh_error"_s, message);
                             QCoreApplication::exit(0);
                         });
        counter.refreshFromPlatform();
        QCoreApplication::exec();
        counter.setPlatformClient(nullptr); // upload exactly this redemption, once, below
    }
    vouchers::VoucherVerdict verdict;
    vouchers::RedemptionRecord record;
    bool accepted = false;
    QObject::connect(&counter, &vouchers::CounterService::redemptionFinished, &counter,
                     [&](const vouchers::VoucherVerdict &v, bool ok, const vouchers::RedemptionRecord &r) {
                         verdict = v;
                         accepted = ok;
                         record = r;
                     });
    counter.redeem(positional.at(1).toLatin1(), parser.value(u"operator"_s));
    const QJsonObject verdictFields = verdictJson(verdict);
    for (auto it = verdictFields.begin(); it != verdictFields.end(); ++it)
        result.insert(it.key(), it.value());
    result.insert(u"accepted"_s, accepted);
    if (accepted) {
        result.insert(u"serial"_s, record.serial);
        if (raw) {
            QObject::connect(&counter, &vouchers::CounterService::redemptionUpdated, &counter,
                             [&record](const vouchers::RedemptionRecord &r) {
                                 if (r.serial == record.serial) {
                                     record = r;
                                     QCoreApplication::exit(0);
                                 }
                             });
            counter.setPlatformClient(raw);
            QCoreApplication::exec();
            counter.setPlatformClient(nullptr);
        }
        result.insert(u"state"_s, vouchers::uploadStateName(record.state));
        if (!record.platformMessage.isEmpty())
            result.insert(u"platform_message"_s, record.platformMessage);
    }
    printJsonLine(result);
    const bool refused = !accepted || record.state == vouchers::UploadState::Refused ||
                         record.state == vouchers::UploadState::Conflict;
    return refused ? kExitRefused : kExitOk;
}

} // namespace mc::commands
