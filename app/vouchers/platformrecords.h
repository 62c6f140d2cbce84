// PlatformRecords: what the platform told this console about vouchers, kept in cache.sqlite:
// its redemptions for this store (mc.redemptions.get, table platform_redemptions) and the
// vouchers refunded online (mc.voucher.revocations.get, table voucher_revocations).
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>

namespace mc::storage {
class Database;
}

namespace mc::vouchers {

struct PlatformRedemption
{
    QString serial;
    QByteArray voucherId;
    QByteArray code;
    std::int64_t storeId = 0;
    int consumeNum = 1;
    QString operatorId;
    std::int64_t redeemedMs = 0;
    std::int64_t recordedMs = 0;
    std::int64_t faceValueFen = 0; // per use; 0: not told (a platform without the field)
};

struct Revocation
{
    QByteArray voucherId;
    std::int64_t revokedMs = 0;
};

class PlatformRecords
{
public:
    explicit PlatformRecords(storage::Database &cache) : m_cache(&cache) {}

    // One page of mc.redemptions.get; `total` gets total_results.
    static core::Result<QList<PlatformRedemption>> parseRedemptions(const QJsonObject &response, int *total);
    // One page of mc.voucher.revocations.get (revocations.revocation[]: voucher_id, revoked).
    static core::Result<QList<Revocation>> parseRevocations(const QJsonObject &response, int *total);

    core::Status storeRedemptions(const QList<PlatformRedemption> &rows);
    core::Status storeRevocations(const QList<Revocation> &rows, std::int64_t fetchedMs);

    // Uses of the voucher the platform recorded, leaving out the serials given (ours, counted
    // from the ledger already).
    core::Result<int> usesRecorded(const QByteArray &voucherId, const QSet<QString> &exceptSerials);
    core::Result<std::optional<std::int64_t>> revokedAt(const QByteArray &voucherId);

private:
    storage::Database *m_cache;
};

} // namespace mc::vouchers
