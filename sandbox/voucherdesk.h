// Vouchers on the platform: the Ed25519 signing keys (mc.voucher.keys.get), issuing signed
// codes (mc.vouchers.issue), redeeming them at a store (taobao.vmarket.eticket.auth.consume,
// idempotent by serial_num) and the redemptions list for reconciliation (mc.redemptions.get).
// The 11.11 simulator issues and redeems through issueOne() and redeem(), so its vouchers
// follow the same rules as the API's. Revocations live in VoucherRevocations; redeem() reads them.
// One instance per connection: writes on the state thread, reads on worker threads.
#pragma once

#include "app/core/uuid7.h"
#include "app/protocol/vouchercode.h"
#include "app/storage/database.h"
#include "sandbox/apicall.h"

#include <memory>
#include <optional>

namespace mc::sandbox {

// One redemption as a store's till submits it.
struct Redemption
{
    QByteArray code;
    std::int64_t consumeNum = 1;
    std::int64_t storeId = 0;
    QByteArray operatorId;
    QByteArray serial;
    std::int64_t redeemedMs = 0; // whole seconds: when the code was accepted at the counter
    std::int64_t recordedMs = 0; // when the platform receives it
    QByteArray appKey;
};

// What redeem() decided: the redemption (first one, for a replayed serial) or a refusal.
struct RedeemOutcome
{
    std::optional<ApiError> refusal;
    QByteArray voucherId;
    std::int64_t consumed = 0;
    std::int64_t left = 0;
    std::int64_t redeemedMs = 0;
};

class SettlementDesk;

class VoucherDesk
{
public:
    explicit VoucherDesk(storage::Database &db) : m_db(db) {}
    // Writer: every accepted redemption gets its settlement line there (same transaction).
    void setSettlements(SettlementDesk *settlements) { m_settlements = settlements; }

    // Writer: makes sure an active signing key exists (first start).
    core::Status ensureKey(std::int64_t nowMs);
    // Writer calls, inside the caller's transaction.
    ApiReply issue(const ApiCall &call);
    ApiReply consume(const ApiCall &call);
    // Signs and stores one voucher (terms.voucherId set by the caller; keyId is filled in).
    core::Result<QByteArray> issueOne(protocol::VoucherTerms &terms, std::int64_t nowMs);
    // Every redemption rule; records the redemption when it is accepted.
    core::Result<RedeemOutcome> redeem(const Redemption &r);
    // Reader calls.
    ApiReply keys(const ApiCall &call);
    ApiReply redemptions(const ApiCall &call);

private:
    core::Result<std::pair<QByteArray, QByteArray>> activeKey(); // key id, private PEM

    storage::Database &m_db;
    SettlementDesk *m_settlements = nullptr;
    core::ManualClock m_idClock;
    core::Uuid7Generator m_ids{m_idClock};
};

} // namespace mc::sandbox
