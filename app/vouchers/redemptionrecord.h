// One redemption at this console's counter as the ledger keeps it, with its upload state.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace mc::vouchers {

enum class UploadState {
    Pending,   // recorded here, not yet acknowledged by the platform (offline, or retrying)
    Confirmed, // the platform recorded it (same serial_num)
    Refused,   // the platform refused it (reason in platformMessage)
    Conflict,  // the same code was used up elsewhere first (isv.eticket-exhausted): kept for reconciliation
};

struct RedemptionRecord
{
    QString serial;           // UUIDv7: the ledger id, the platform's serial_num and idempotency key
    QByteArray code;
    QByteArray voucherId;
    std::int64_t storeId = 0;
    QString operatorName;
    std::int64_t faceValueFen = 0;
    std::int64_t redeemedMs = 0; // platform-corrected clock, sent as redeemed_at
    UploadState state = UploadState::Pending;
    int attempts = 0;
    QString platformMessage;  // the platform's answer or the last error
    std::int64_t nextTryMs = 0;
};

} // namespace mc::vouchers

Q_DECLARE_METATYPE(mc::vouchers::RedemptionRecord)
Q_DECLARE_METATYPE(QList<mc::vouchers::RedemptionRecord>)
