// The 11.11 scenario's vouchers: some online buyers get the "11.11 store voucher" with their
// paid order (mc.vouchers.issue's rules and signing key), some redeem it within hours at a
// store's till (as another console would: taobao.vmarket.eticket.auth.consume's rules, so
// they show in mc.redemptions.get as redemptions this console did not make), and a few are
// refunded online (revoked: mc.voucher.revocations.get). Pending steps live in voucher_events,
// so a restart continues them. Runs on the state thread inside the tick's transaction; the
// dice are the scenario seed's, so a run is reproducible.
#pragma once

#include "app/core/result.h"
#include "sandbox/rng.h"

#include <QByteArray>

#include <cstdint>

namespace mc::storage {
class Database;
}

namespace mc::sandbox {

class CatalogSnapshot;
class VoucherDesk;
class VoucherRevocations;

class VoucherTraffic
{
public:
    static constexpr double kIssueShare = 0.02;    // of paid online orders
    static constexpr double kMultiUseShare = 0.30; // 3 uses instead of 1
    static constexpr double kLimitedShare = 0.25;  // only at 3 stores instead of every store
    static constexpr double kRedeemShare = 0.30;   // redeemed at a store within hours
    static constexpr double kOfflineShare = 0.10;  // of redemptions: pushed by the till minutes later
    static constexpr double kRevokeShare = 0.02;   // refunded online
    static constexpr std::int64_t kFaceValueFen = 2000;
    static constexpr int kMultiUses = 3;
    static constexpr int kLimitedStores = 3;
    static constexpr std::int64_t kValidDays = 14;
    static constexpr auto kCampaignId = "1111-store-voucher"; // the campaign "11.11 store voucher"
    static constexpr auto kTillAppKey = "sandbox-till";       // the other console's tills

    VoucherTraffic(storage::Database &db, const CatalogSnapshot &catalog, VoucherDesk &desk,
                   VoucherRevocations &revocations, std::uint64_t seed, std::int64_t nextTid);

    // An online order was paid at paidMs: now and then its buyer gets a voucher.
    core::Status onlineOrderPaid(std::int64_t paidMs);
    // Every redemption and refund due by toMs.
    core::Status advance(std::int64_t toMs);

    std::int64_t issued() const { return m_issued; }
    std::int64_t redeemed() const { return m_redeemed; }
    std::int64_t refused() const { return m_refused; } // till redemptions the platform refused
    std::int64_t revoked() const { return m_revoked; }

private:
    enum Kind { Redeem = 1, Revoke = 2 };

    QByteArray nextUuid7(std::int64_t ms);
    core::Status schedule(std::int64_t dueMs, const QByteArray &voucherId, Kind kind);
    core::Status redeemAtStore(const QByteArray &voucherId, std::int64_t dueMs);
    core::Status refund(const QByteArray &voucherId, std::int64_t dueMs);

    storage::Database &m_db;
    const CatalogSnapshot &m_catalog;
    VoucherDesk &m_desk;
    VoucherRevocations &m_revocations;
    Rng m_rng;
    std::int64_t m_issued = 0;
    std::int64_t m_redeemed = 0;
    std::int64_t m_refused = 0;
    std::int64_t m_revoked = 0;
};

} // namespace mc::sandbox
