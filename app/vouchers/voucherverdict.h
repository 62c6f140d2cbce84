// What the counter learns about a voucher code before redeeming it: the terms (only once
// the signature verified) and whether it may be redeemed here and now, with the reason.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace mc::vouchers {

// Why a code is refused, in the order the checks run: nothing of a code is trusted before
// its signature verified.
enum class Refusal {
    None,         // may be redeemed
    Malformed,    // not an MCV1 code (truncated, garbage, wrong encoding)
    UnknownKey,   // signed with a key this console does not know (yet)
    BadSignature, // the signature does not verify: forged or altered
    NotYetValid,
    Expired,
    WrongStore,   // not redeemable in this store
    UsedUp,       // every use consumed (locally or as the platform last told us)
    Revoked,      // refunded online; the revocation reached this console
};

struct VoucherTerms
{
    QByteArray voucherId;
    QByteArray campaignId;
    std::int64_t faceValueFen = 0;
    int uses = 1;
    int usesLeft = -1; // as far as known here: local redemptions and the platform's records; -1 unknown
    std::int64_t validFromMs = 0;
    std::int64_t validUntilMs = 0;
    QList<std::int64_t> storeIds; // empty: every store
};

struct VoucherVerdict
{
    QByteArray code;
    Refusal refusal = Refusal::Malformed;
    bool termsKnown = false; // the signature verified: `terms` can be shown
    VoucherTerms terms;
    std::int64_t checkedAtMs = 0; // on the platform-corrected clock

    bool accepted() const { return refusal == Refusal::None; }
};

} // namespace mc::vouchers

Q_DECLARE_METATYPE(mc::vouchers::VoucherVerdict)
