// Vouchers shoppers get online and redeem in stores, and the record of a redemption.
#pragma once

#include "app/core/money.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <cstdint>

namespace mc::core {

struct Voucher
{
    QString code;        // the signed code printed as QR / typed at the counter
    QString voucherId;   // platform id
    QString campaignId;
    Money faceValue;
    int uses = 1;        // how many times it may be consumed in total
    std::int64_t validFromMs = 0;
    std::int64_t validUntilMs = 0;
    QList<std::int64_t> storeIds; // empty: redeemable in every store

    friend bool operator==(const Voucher &, const Voucher &) = default;
};

enum class RedemptionState { Recorded, Pushed, Confirmed, Rejected };

struct Redemption
{
    QUuid id;            // UUIDv7, also the platform serial_num (idempotency key)
    QString voucherCode;
    std::int64_t storeId = 0;
    QString operatorId;
    int consumeNum = 1;
    std::int64_t redeemedMs = 0;
    RedemptionState state = RedemptionState::Recorded;

    friend bool operator==(const Redemption &, const Redemption &) = default;
};

} // namespace mc::core
