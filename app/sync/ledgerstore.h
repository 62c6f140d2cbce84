// LedgerStore: ledger.sqlite, what exists only on this machine until the platform
// acknowledges it: the outbox of commands (each with a UUIDv7 idempotency key) and the
// audit log, hash-chained with the installation's ledger key (ledgerkey.h). Rows are
// marked done, never deleted before the acknowledgement.
#pragma once

#include "app/core/clock.h"
#include "app/core/uuid7.h"
#include "app/storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace mc::sync {

struct OutboxEntry
{
    QString id; // UUIDv7 text: also the idempotency key sent to the platform
    QString kind;
    QJsonObject payload;
    QString state;
    int attempts = 0;
    QString lastError;
    std::int64_t createdMs = 0;
};

class LedgerStore
{
public:
    static core::Result<std::unique_ptr<LedgerStore>> open(const QString &dataDir, const core::Clock &clock);
    // A read-only connection beside the console that has the folder open (its writer keeps
    // the schema current); nothing can be recorded through it.
    static core::Result<std::unique_ptr<LedgerStore>> openReadOnly(const QString &dataDir, const core::Clock &clock);

    // One fully-synced transaction: the command and its audit record. Returns the id.
    core::Result<QString> record(const QString &kind, const QJsonObject &payload, const QString &actor,
                                 const QString &auditAction);
    // Several commands of one kind in one transaction (all or none), each with its audit
    // record. Returns their ids in order.
    core::Result<QStringList> recordAll(const QString &kind, const QList<QJsonObject> &payloads, const QString &actor,
                                        const QString &auditAction);
    // The low-stock threshold of a SKU (skuId 0: the default), with its audit record.
    core::Status setStockThreshold(std::int64_t skuId, std::int64_t threshold, const QString &actor);
    // Pending entries of one kind whose retry time has come, oldest first: each kind has its
    // own pusher, so one kind's backlog never starves another.
    core::Result<QList<OutboxEntry>> due(const QString &kind, int limit);
    core::Status markDone(const QString &id, const QString &state, const QString &note);
    core::Status scheduleRetry(const QString &id, std::int64_t nextTryMs, const QString &error);
    core::Result<int> pendingCount();
    // Re-computes the audit chain; false with the first bad sequence number if tampered
    // (a changed, deleted or inserted row, or a link re-computed without the key).
    core::Result<bool> verifyAuditChain(std::int64_t *firstBadSeq = nullptr);

    storage::Database &database() { return *m_db; }

private:
    LedgerStore(std::unique_ptr<storage::Database> db, QByteArray key, const core::Clock &clock);
    // Links written before the chain was keyed are re-linked with the key once, if their
    // unkeyed chain is intact; a broken legacy chain is left as it is, for verify to report.
    core::Status keyLegacyLinks();
    core::Status appendAudit(const QString &actor, const QString &action, const QString &detail);

    std::unique_ptr<storage::Database> m_db;
    QByteArray m_key; // ledger.key: keys the chain (HMAC-SHA256)
    const core::Clock &m_clock;
    core::Uuid7Generator m_ids;
};

} // namespace mc::sync
