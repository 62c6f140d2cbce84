// Store counter benchmark (issue "the store counter"): verification of one code, a
// redemption recorded (fsync'd, synchronous=FULL) until "accepted" is signalled, and forged
// codes of every kind, none of which may be accepted.
//   bench_counter [codes=10000] [forged=1000000]
// Goals: verify p99 <= 1 ms; recorded -> accepted p99 <= 50 ms; 0 forged accepted.
#include "app/core/clock.h"
#include "app/protocol/vouchercode.h"
#include "app/vouchers/storecounter.h"
#include "app/vouchers/voucherkeyring.h"
#include "tests/support/percentile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <vector>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kNow = 1'762'790'400'000; // 2025-11-11 00:00:00 +08:00
constexpr std::int64_t kStore = 1001;

protocol::VoucherTerms termsFor(int i)
{
    protocol::VoucherTerms t;
    t.keyId = "k-bench";
    t.voucherId = "v-" + QByteArray::number(i);
    t.campaignId = "1111-store-voucher";
    t.faceValueFen = 2000;
    t.uses = 1;
    t.validFromMs = kNow - 3'600'000;
    t.validUntilMs = kNow + 14 * 86'400'000LL;
    t.storeIds = {kStore, 1002};
    return t;
}

// One forgery of `code`: a flipped bit in payload or signature, truncation, garbage, or a
// code re-signed with a key the console does not know (taken from `strangers`).
QByteArray forge(const QByteArray &code, const QList<QByteArray> &strangers, QRandomGenerator &rng)
{
    QByteArray out = code;
    switch (rng.bounded(5)) {
    case 0: { // bit flip anywhere after the prefix
        const int at = 5 + static_cast<int>(rng.bounded(static_cast<quint32>(out.size() - 5)));
        out[at] = static_cast<char>(out[at] ^ (1 << rng.bounded(8)));
        return out == code ? out + 'x' : out;
    }
    case 1: // a flipped bit in the signature part
        out[out.size() - 1 - static_cast<int>(rng.bounded(40u))] ^= 0x04;
        return out == code ? out + 'x' : out;
    case 2:
        return out.left(static_cast<int>(rng.bounded(static_cast<quint32>(out.size()))));
    case 3: {
        QByteArray garbage(static_cast<int>(rng.bounded(400u)), Qt::Uninitialized);
        for (char &c : garbage)
            c = static_cast<char>(rng.bounded(256));
        return rng.bounded(2) ? garbage : "MCV1." + garbage.toBase64();
    }
    default:
        return strangers.at(static_cast<int>(rng.bounded(static_cast<quint32>(strangers.size()))));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int codes = args.value(1, u"10000"_s).toInt();
    const int forged = args.value(2, u"1000000"_s).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    core::ManualClock clock(kNow);
    auto key = protocol::VoucherCode::generateKey();
    auto stranger = protocol::VoucherCode::generateKey();
    vouchers::StoreCounter counter(vouchers::CounterOptions{dir.path(), kStore}, clock);
    if (!key || !stranger || !counter.open() ||
        !counter.keyring().store({vouchers::VoucherKey{"k-bench", "ed25519", key.value().publicRaw, kNow, true}}, kNow)) {
        out << "set-up failed\n";
        return 1;
    }
    QList<QByteArray> issued;
    for (int i = 0; i < codes; ++i)
        issued.append(protocol::VoucherCode::issue(termsFor(i), key.value().privatePem).valueOr({}));
    QList<QByteArray> strangers;
    for (int i = 0; i < 200; ++i)
        strangers.append(protocol::VoucherCode::issue(termsFor(i), stranger.value().privatePem).valueOr({}));

    // Verification of one code (offline: keys, ledger and platform records in SQLite).
    std::vector<double> verifyMs;
    QElapsedTimer t;
    for (const QByteArray &code : issued) {
        t.start();
        const vouchers::VoucherVerdict v = counter.verifyNow(code);
        verifyMs.push_back(t.nsecsElapsed() / 1e6);
        if (!v.accepted()) {
            out << "an issued code was refused\n";
            return 1;
        }
    }

    // Redemption: verify, record in ledger.sqlite (FULL sync) -> redemptionFinished(accepted).
    std::vector<double> redeemMs;
    QElapsedTimer since;
    int accepted = 0;
    QObject::connect(&counter, &vouchers::CounterService::redemptionFinished, &counter,
                     [&](const vouchers::VoucherVerdict &, bool ok, const vouchers::RedemptionRecord &) {
                         redeemMs.push_back(since.nsecsElapsed() / 1e6);
                         accepted += ok ? 1 : 0;
                     });
    for (const QByteArray &code : issued) {
        since.start();
        counter.redeem(code, u"bench"_s);
    }

    // Forgeries: none may be accepted (the issued codes are used up now, so a forgery that
    // decoded to an issued voucher would be refused as used up, not as forged: count both).
    QRandomGenerator rng(20261111);
    int forgedAccepted = 0;
    int forgedTermsTrusted = 0;
    QElapsedTimer forgedTime;
    forgedTime.start();
    for (int i = 0; i < forged; ++i) {
        const vouchers::VoucherVerdict v = counter.verifyNow(forge(issued.at(i % issued.size()), strangers, rng));
        forgedAccepted += v.accepted() ? 1 : 0;
        forgedTermsTrusted += v.termsKnown && v.refusal != vouchers::Refusal::UsedUp ? 1 : 0;
    }

    using test::percentile;
    out << "codes " << codes << ", Qt " << qVersion() << '\n';
    out << "verify: p50 " << percentile(verifyMs, 0.5) << " ms, p99 " << percentile(verifyMs, 0.99) << " ms, max "
        << percentile(verifyMs, 1.0) << " ms (goal p99 <= 1 ms)\n";
    out << "redeem recorded -> accepted: p50 " << percentile(redeemMs, 0.5) << " ms, p99 " << percentile(redeemMs, 0.99)
        << " ms, max " << percentile(redeemMs, 1.0) << " ms, " << accepted << " accepted (goal p99 <= 50 ms)\n";
    out << "forged: " << forged << " in " << forgedTime.elapsed() << " ms, accepted " << forgedAccepted
        << ", terms trusted from a forgery " << forgedTermsTrusted << " (goal 0 accepted)\n";
    return forgedAccepted == 0 && accepted == codes ? 0 : 1;
}
