// Vouchers refunded online, so no longer redeemable: revoking (the 11.11 simulator, and
// mc.admin.voucher.revoke for tests) and the list every till syncs (mc.voucher.revocations.get,
// not store-scoped: a voucher may be presented at any store). VoucherDesk::redeem refuses a
// revoked voucher (isv.eticket-revoked) unless it was accepted at the counter before the revocation.
// One instance per connection: writes on the state thread, reads on worker threads.
#pragma once

#include "app/storage/database.h"
#include "sandbox/apicall.h"

namespace mc::sandbox {

class VoucherRevocations
{
public:
    static constexpr auto kRefunded = "refunded";

    explicit VoucherRevocations(storage::Database &db) : m_db(db) {}

    // Writer, inside the caller's transaction: revokes at revokedMs (whole seconds). A voucher
    // revoked already keeps its first revocation. False when no such voucher was issued.
    core::Result<bool> revoke(const QByteArray &voucherId, std::int64_t revokedMs, const char *reason = kRefunded);
    // mc.admin.voucher.revoke: voucher_id; answers with the (first) revocation.
    ApiReply revokeCall(const ApiCall &call);
    // Reader: mc.voucher.revocations.get.
    ApiReply list(const ApiCall &call);

private:
    storage::Database &m_db;
};

} // namespace mc::sandbox
