// A CounterService that answers at once with verdicts the test chose: only to drive the
// Counter page under test (the real service is app/vouchers'). It records what the page asked.
#pragma once

#include "app/vouchers/counterservice.h"

#include <QHash>
#include <QStringList>

namespace mc::test {

// A code shaped like a real one ("MCV1.<payload>.<signature>", base64url), as long as one.
inline QByteArray sampleVoucherCode(char tag = 'A')
{
    const QByteArray payload =
        QByteArray(R"({"v":"V-)") + tag +
        QByteArray(R"(0042","c":"C-1111","f":5000,"u":3,"a":1731254400000,"b":1732982399000,"s":[101]})");
    return "MCV1." + payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + "." +
           QByteArray(64, tag).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline vouchers::VoucherVerdict sampleVerdict(const QByteArray &code, vouchers::Refusal refusal)
{
    vouchers::VoucherVerdict v;
    v.code = code;
    v.refusal = refusal;
    v.termsKnown = refusal != vouchers::Refusal::Malformed && refusal != vouchers::Refusal::UnknownKey &&
                   refusal != vouchers::Refusal::BadSignature;
    v.terms.voucherId = "V-A0042";
    v.terms.campaignId = "C-1111";
    v.terms.faceValueFen = 123456; // ¥1,234.56
    v.terms.uses = 3;
    v.terms.usesLeft = 2;
    v.terms.validFromMs = 1731254400000;  // 2024-11-11 00:00 Beijing
    v.terms.validUntilMs = 1732982399000; // 2024-11-30 23:59:59 Beijing
    v.terms.storeIds = {101};
    return v;
}

class FakeCounterService final : public vouchers::CounterService
{
    Q_OBJECT

public:
    using CounterService::CounterService;

    vouchers::Refusal answer = vouchers::Refusal::None;
    QList<QByteArray> checked;
    QList<QPair<QByteArray, QString>> redeemed;
    QStringList retried;
    int queueRefreshes = 0;

    void check(const QByteArray &code) override
    {
        checked << code;
        Q_EMIT verdictReady(sampleVerdict(code, answer));
    }
    void redeem(const QByteArray &code, const QString &operatorName) override
    {
        redeemed << qMakePair(code, operatorName);
        vouchers::VoucherVerdict v = sampleVerdict(code, answer);
        vouchers::RedemptionRecord r;
        if (v.accepted()) {
            v.terms.usesLeft = 1;
            r.serial = QStringLiteral("0193a0c4-7f00-7000-8000-000000000001");
            r.code = code;
            r.voucherId = v.terms.voucherId;
            r.storeId = 101;
            r.operatorName = operatorName;
            r.faceValueFen = v.terms.faceValueFen;
            r.redeemedMs = 1731290400000; // 2024-11-11 10:00 Beijing
        }
        Q_EMIT redemptionFinished(v, v.accepted(), r);
    }
    void retryUpload(const QString &serial) override { retried << serial; }
    std::int64_t storeId() const override { return 101; }
    void refreshQueue() override { ++queueRefreshes; }
};

} // namespace mc::test
