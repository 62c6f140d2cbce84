// Voucher issuing benchmark (issue "campaigns", item 4): a voucher campaign's N codes issued
// by campaigns::VoucherIssuer against a real platform-sandbox over loopback (batches of 100,
// each planned in ledger.sqlite with its idempotency key, each answer committed with its
// batch), cancelled halfway and resumed as after a crash; against a same-run baseline: the
// same number of mc.vouchers.issue calls of 100 (with idempotency keys) sent one after another
// by a bare signed HTTP client, nothing stored. Then the codes as CSV and as the QR sheet PDF (the console's
// exports), each timed.
//   bench_vouchers [vouchers=10000]
// Goal (issue): 10,000 vouchers, progress shown, resumable after a crash without issuing twice.
#include "app/campaigns/voucherissuer.h"
#include "app/core/functionclock.h"
#include "app/core/money.h"
#include "app/platform/platformclient.h"
#include "app/protocol/toptime.h"
#include "app/sync/ledgerstore.h"
#include "app/storage/database.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"
#include "ui/campaigns/voucherqrsheet.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QGuiApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

using namespace mc;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the PDF, no window
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 10'000;
    QTextStream out(stdout);

    test::SandboxProcess sandbox;
    if (!sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s})) {
        out << "sandbox did not start: " << sandbox.errorString() << Qt::endl;
        return 1;
    }
    core::FunctionClock clock([&sandbox] { return sandbox.sandboxNowMs(); });
    QTemporaryDir dir;
    auto ledger = sync::LedgerStore::open(dir.path(), clock);
    if (!ledger) {
        out << ledger.error().toString() << Qt::endl;
        return 1;
    }
    platform::ClientOptions options;
    options.endpoint = sandbox.url();
    options.endpoint.setPath(u"/router/rest"_s);
    const auto &owner = sandbox.owner();
    platform::PlatformClient client(options, platform::Credentials{owner.appKey, owner.appSecret, owner.session, 0}, clock);

    campaigns::CampaignSpec v;
    v.id = u"bench-vouchers"_s;
    v.name = u"双11 到店券 满300减50"_s;
    v.type = campaigns::CampaignType::Voucher;
    v.faceValueFen = 5'000;
    v.thresholdFen = 30'000;
    v.voucherQuantity = n;
    v.startsMs = (sandbox.sandboxNowMs() / 1000) * 1000 + 86'400'000;
    v.endsMs = v.startsMs + 3 * 86'400'000;

    // Baseline first: the same calls, bare.
    test::TopCallClient bare(sandbox.url(), owner);
    bare.setClock([&sandbox] { return sandbox.sandboxNowMs(); });
    QElapsedTimer t;
    t.start();
    int bareCodes = 0;
    for (int left = n; left > 0; left -= campaigns::kVouchersPerCall) {
        const auto reply = bare.call(
            "mc.vouchers.issue",
            {{"idempotency_key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
             {"campaign_id", "bench-baseline"},
             {"face_value", "50.00"},
             {"valid_from", protocol::formatTopTime(v.startsMs)},
             {"valid_until", protocol::formatTopTime(v.endsMs)},
             {"quantity", QByteArray::number(std::min(left, campaigns::kVouchersPerCall))}});
        if (reply.isError()) {
            out << "baseline call failed: " << reply.body << Qt::endl;
            return 1;
        }
        bareCodes += int(reply.response("mc.vouchers.issue")[u"vouchers"][u"voucher"].toArray().size());
    }
    const double bareS = t.nsecsElapsed() / 1e9;

    campaigns::VoucherIssuer issuer(client, ledger.value()->database());
    t.restart();
    if (auto planned = issuer.plan(v, {}); !planned) {
        out << planned.error().toString() << Qt::endl;
        return 1;
    }
    const double planS = t.nsecsElapsed() / 1e9;
    QEventLoop loop;
    int progressSignals = 0;
    QObject::connect(&issuer, &campaigns::VoucherIssuer::progress, [&](int issued) {
        ++progressSignals;
        if (issued >= n / 2)
            issuer.cancel(); // halfway: as if the console were closed
    });
    QObject::connect(&issuer, &campaigns::VoucherIssuer::finished, &loop, [&loop] { loop.quit(); });
    QObject::connect(&issuer, &campaigns::VoucherIssuer::failed, &loop, [&](const QString &why) {
        out << "failed: " << why << Qt::endl;
        loop.exit(1);
    });
    t.restart();
    issuer.run(v.id);
    if (loop.exec() != 0)
        return 1;
    const double firstHalfS = t.nsecsElapsed() / 1e9;
    const int half = issuer.counts(v.id).value().first;
    // The answer of the last batch "lost" (a crash between the call and its commit): pending again.
    (void)ledger.value()->database().exec(
        u"UPDATE campaign_voucher_batches SET state = 'pending', vouchers = '[]' WHERE campaign_id = 'bench-vouchers' "
        u"AND batch_no = (SELECT max(batch_no) FROM campaign_voucher_batches WHERE campaign_id = 'bench-vouchers' "
        u"AND state = 'issued')"_s);
    QObject::disconnect(&issuer, &campaigns::VoucherIssuer::progress, nullptr, nullptr);
    t.restart();
    issuer.run(v.id);
    if (loop.exec() != 0)
        return 1;
    const double secondHalfS = t.nsecsElapsed() / 1e9;
    const QList<campaigns::IssuedVoucher> all = issuer.issued(v.id).value();
    QSet<QString> distinct;
    for (const auto &i : all)
        distinct.insert(i.code);

    t.restart();
    const bool csvOk = campaigns::writeVoucherCsv(dir.filePath(u"codes.csv"_s), all).ok();
    const double csvS = t.nsecsElapsed() / 1e9;
    t.restart();
    const bool pdfOk = ui::writeVoucherQrSheet(dir.filePath(u"sheet.pdf"_s), v, all).ok();
    const double pdfS = t.nsecsElapsed() / 1e9;

    const double issueS = firstHalfS + secondHalfS;
    out << "vouchers " << n << ": plan " << QString::number(planS * 1000, 'f', 1) << " ms; issued "
        << all.size() << " (" << distinct.size() << " distinct) in " << QString::number(issueS, 'f', 2) << " s ("
        << int(all.size() / issueS) << " vouchers/s; cancelled at " << half << " after "
        << QString::number(firstHalfS, 'f', 2) << " s with " << progressSignals << " progress signals, resumed with one "
        << "answer lost)\n"
        << "baseline: " << bareCodes << " vouchers by bare calls in " << QString::number(bareS, 'f', 2) << " s ("
        << int(bareCodes / bareS) << " vouchers/s); ratio " << QString::number(issueS / bareS, 'f', 2) << "\n"
        << "CSV " << (csvOk ? "" : "FAILED ") << QString::number(csvS * 1000, 'f', 0) << " ms; QR sheet "
        << (pdfOk ? "" : "FAILED ") << (n + 8) / 9 << " pages, "
        << QFileInfo(dir.filePath(u"sheet.pdf"_s)).size() / 1024 << " KiB in " << QString::number(pdfS, 'f', 2) << " s"
        << Qt::endl;
    return all.size() == n && distinct.size() == n && csvOk && pdfOk ? 0 : 1;
}
