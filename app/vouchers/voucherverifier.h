// VoucherVerifier: the verdict on a code at this store, now. The checks run in the order of
// Refusal: the code's shape, its key, its Ed25519 signature (nothing of the payload is
// trusted before it verified), validity on the platform-corrected clock, store scope, uses
// left (this ledger's redemptions and the platform's for this store), revocation.
#pragma once

#include "app/core/clock.h"
#include "app/vouchers/voucherverdict.h"

#include <QString>

#include <cstdint>

namespace mc::vouchers {

class VoucherKeyring;
class PlatformRecords;
class RedemptionBook;

class VoucherVerifier
{
public:
    // `records` and `book` may be null (no platform records, no local ledger). storeId 0:
    // the store is not checked.
    VoucherVerifier(const VoucherKeyring &keys, PlatformRecords *records, RedemptionBook *book,
                    const core::Clock &clock, std::int64_t storeId);

    VoucherVerdict verify(const QByteArray &code) const;
    // The last storage error met while counting uses or revocations (the verdict then
    // refuses: an unknown count is not "unused").
    const QString &lastError() const { return m_lastError; }

    // Refusal as a stable word for logs and JSON ("none", "malformed", "bad-signature", ...);
    // the Counter page words them for people.
    static QString reasonName(Refusal refusal);

private:
    const VoucherKeyring &m_keys;
    PlatformRecords *m_records;
    RedemptionBook *m_book;
    const core::Clock &m_clock;
    std::int64_t m_storeId;
    mutable QString m_lastError;
};

} // namespace mc::vouchers
