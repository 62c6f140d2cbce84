#include "app/vouchers/voucherverifier.h"

#include "app/protocol/vouchercode.h"
#include "app/vouchers/platformrecords.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/voucherkeyring.h"

using namespace Qt::StringLiterals;

namespace mc::vouchers {

namespace {
constexpr qsizetype kMaxCodeBytes = 4000; // what the platform accepts as verify_code
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// An MCV1 code in canonical form: two base64url parts that re-encode to exactly themselves
// (no padding, no stray bits: one voucher has one spelling) and a 64-byte signature.
bool wellFormed(const QByteArray &code)
{
    if (code.size() > kMaxCodeBytes || !code.startsWith("MCV1."))
        return false;
    const QList<QByteArray> parts = code.mid(5).split('.');
    if (parts.size() != 2 || parts[0].isEmpty())
        return false;
    const auto options = kBase64Url | QByteArray::AbortOnBase64DecodingErrors;
    auto body = QByteArray::fromBase64Encoding(parts[0], options);
    auto signature = QByteArray::fromBase64Encoding(parts[1], options);
    return body && signature && (*signature).size() == 64 && (*body).toBase64(kBase64Url) == parts[0] &&
           (*signature).toBase64(kBase64Url) == parts[1];
}

VoucherTerms termsOf(const protocol::VoucherTerms &t)
{
    VoucherTerms out;
    out.voucherId = t.voucherId;
    out.campaignId = t.campaignId;
    out.faceValueFen = t.faceValueFen;
    out.uses = t.uses;
    out.validFromMs = t.validFromMs;
    out.validUntilMs = t.validUntilMs;
    out.storeIds = t.storeIds;
    return out;
}
} // namespace

VoucherVerifier::VoucherVerifier(const VoucherKeyring &keys, PlatformRecords *records, RedemptionBook *book,
                                 const core::Clock &clock, std::int64_t storeId)
    : m_keys(keys), m_records(records), m_book(book), m_clock(clock), m_storeId(storeId)
{}

VoucherVerdict VoucherVerifier::verify(const QByteArray &code) const
{
    VoucherVerdict verdict;
    verdict.code = code.trimmed();
    verdict.checkedAtMs = m_clock.nowMs();
    auto refuse = [&verdict](Refusal why) {
        verdict.refusal = why;
        return verdict;
    };
    if (!wellFormed(verdict.code))
        return refuse(Refusal::Malformed);
    const auto kid = protocol::VoucherCode::keyIdOf(verdict.code);
    if (!kid)
        return refuse(Refusal::Malformed);
    const auto publicKey = m_keys.publicKey(*kid);
    if (!publicKey)
        return refuse(Refusal::UnknownKey);
    const auto terms = protocol::VoucherCode::verify(verdict.code, *publicKey);
    if (!terms)
        return refuse(Refusal::BadSignature);
    // Signed by the platform from here on; still, a payload without the essentials is no voucher.
    if (terms->keyId != *kid || terms->voucherId.isEmpty() || terms->uses < 1 || terms->validUntilMs <= 0)
        return refuse(Refusal::Malformed);
    verdict.termsKnown = true;
    verdict.terms = termsOf(*terms);

    if (verdict.checkedAtMs < terms->validFromMs)
        return refuse(Refusal::NotYetValid);
    if (verdict.checkedAtMs > terms->validUntilMs)
        return refuse(Refusal::Expired);
    if (m_storeId != 0 && !terms->storeIds.isEmpty() && !terms->storeIds.contains(m_storeId))
        return refuse(Refusal::WrongStore);

    int used = 0;
    bool usedUpElsewhere = false;
    QSet<QString> ours;
    if (m_book) {
        auto local = m_book->usesOf(terms->voucherId);
        if (!local) {
            m_lastError = local.error().toString();
            return refuse(Refusal::UsedUp);
        }
        used += local.value().uses;
        usedUpElsewhere = local.value().conflict;
        ours = local.value().serials;
    }
    if (m_records) {
        auto platform = m_records->usesRecorded(terms->voucherId, ours);
        if (!platform) {
            m_lastError = platform.error().toString();
            return refuse(Refusal::UsedUp);
        }
        used += platform.value();
    }
    verdict.terms.usesLeft = usedUpElsewhere ? 0 : std::max(0, terms->uses - used);
    if (verdict.terms.usesLeft == 0)
        return refuse(Refusal::UsedUp);
    if (m_records) {
        auto revoked = m_records->revokedAt(terms->voucherId);
        if (!revoked) {
            m_lastError = revoked.error().toString();
            return refuse(Refusal::Revoked);
        }
        if (revoked.value() && *revoked.value() <= verdict.checkedAtMs)
            return refuse(Refusal::Revoked);
    }
    return refuse(Refusal::None);
}

QString VoucherVerifier::reasonName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return u"none"_s;
    case Refusal::Malformed:
        return u"malformed"_s;
    case Refusal::UnknownKey:
        return u"unknown-key"_s;
    case Refusal::BadSignature:
        return u"bad-signature"_s;
    case Refusal::NotYetValid:
        return u"not-yet-valid"_s;
    case Refusal::Expired:
        return u"expired"_s;
    case Refusal::WrongStore:
        return u"wrong-store"_s;
    case Refusal::UsedUp:
        return u"used-up"_s;
    case Refusal::Revoked:
        return u"revoked"_s;
    }
    return u"malformed"_s;
}

} // namespace mc::vouchers
