// Vouchers on the platform: the Ed25519 signing keys (mc.voucher.keys.get), issuing signed
// codes (mc.vouchers.issue), redeeming them at a store (taobao.vmarket.eticket.auth.consume,
// idempotent by serial_num) and the redemptions list for reconciliation (mc.redemptions.get).
// One instance per connection: writes on the state thread, reads on worker threads.
#pragma once

#include "app/core/uuid7.h"
#include "sandbox/apicall.h"
#include "app/storage/database.h"

#include <memory>

namespace mc::sandbox {

class VoucherDesk
{
public:
    explicit VoucherDesk(storage::Database &db) : m_db(db) {}

    // Writer: makes sure an active signing key exists (first start).
    core::Status ensureKey(std::int64_t nowMs);
    // Writer calls, inside the caller's transaction.
    ApiReply issue(const ApiCall &call);
    ApiReply consume(const ApiCall &call);
    // Reader calls.
    ApiReply keys(const ApiCall &call);
    ApiReply redemptions(const ApiCall &call);

private:
    storage::Database &m_db;
    core::ManualClock m_idClock;
    core::Uuid7Generator m_ids{m_idClock};
};

} // namespace mc::sandbox
