// RedemptionBook: the counter's redemptions in ledger.sqlite. record() writes the
// redemption (UUIDv7 serial, keyed hash-chain link over its immutable fields) and its outbox
// row ('voucher.redeem') in one fully-synced transaction: once it returns, the redemption
// survives a crash or a power cut. Upload states change; rows are never deleted.
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/core/uuid7.h"
#include "app/vouchers/redemptionrecord.h"

#include <QSet>

#include <memory>

namespace mc::sync {
class LedgerStore;
struct ChainPoint;
}
namespace mc::storage {
class Database;
}

namespace mc::vouchers {

struct LocalUses
{
    int uses = 0;            // pending or confirmed here
    bool conflict = false;   // the platform said the voucher was used up elsewhere
    QSet<QString> serials;   // every serial of this voucher in the ledger
};

class RedemptionBook
{
public:
    static core::Result<std::unique_ptr<RedemptionBook>> open(const QString &dataDir, const core::Clock &clock);
    // Reading only (uses, queue, chain), beside the console that has the folder open.
    static core::Result<std::unique_ptr<RedemptionBook>> openReadOnly(const QString &dataDir, const core::Clock &clock);
    ~RedemptionBook();
    RedemptionBook(const RedemptionBook &) = delete;
    RedemptionBook &operator=(const RedemptionBook &) = delete;

    // Records a redemption (serial and seq assigned here) with its outbox row; durable on return.
    core::Result<RedemptionRecord> record(RedemptionRecord record);
    core::Result<LocalUses> usesOf(const QByteArray &voucherId);
    core::Result<RedemptionRecord> find(const QString &serial);
    // Pending redemptions whose next try is due at `nowMs` (all pending when nowMs < 0).
    core::Result<QList<RedemptionRecord>> due(std::int64_t nowMs, int limit = 50);
    // Pending first (oldest first), then the others redeemed since `sinceMs`, newest first.
    core::Result<QList<RedemptionRecord>> queue(std::int64_t sinceMs);
    core::Result<int> pendingCount();
    core::Result<std::int64_t> earliestNextTry(); // -1: nothing pending
    // The new upload state, attempts, message and next try of a redemption, and its outbox row.
    core::Status update(const RedemptionRecord &record);
    // Re-computes the chain; false with the first bad seq when a row was changed, deleted or
    // inserted, or its link computed without the ledger key.
    // With `resume` (see sync::verifyKeyedChain), only the rows after that point are walked.
    core::Result<bool> verifyChain(std::int64_t *firstBadSeq = nullptr, sync::ChainPoint *resume = nullptr);

    storage::Database &database();

private:
    RedemptionBook(std::unique_ptr<sync::LedgerStore> ledger, QByteArray key, const core::Clock &clock);

    std::unique_ptr<sync::LedgerStore> m_ledger; // owns the ledger.sqlite connection
    QByteArray m_key;
    core::Uuid7Generator m_ids;
    const core::Clock &m_clock;
};

QString uploadStateName(UploadState state);

} // namespace mc::vouchers
