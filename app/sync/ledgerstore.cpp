// Outbox and audit log on ledger.sqlite.
#include "app/sync/ledgerstore.h"

#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/sync/ledgerkey.h"

#include <QFile>
#include <QJsonDocument>

namespace mc::sync {

using core::Status;

namespace {
QByteArray auditRow(std::int64_t seq, const QString &id, std::int64_t atMs, const QString &actor, const QString &action,
                    const QString &detail)
{
    return QByteArray::number(seq) + '\t' + id.toUtf8() + '\t' + QByteArray::number(atMs) + '\t' + actor.toUtf8() +
           '\t' + action.toUtf8() + '\t' + detail.toUtf8();
}
} // namespace

LedgerStore::LedgerStore(std::unique_ptr<storage::Database> db, QByteArray key, const core::Clock &clock)
    : m_db(std::move(db)), m_key(std::move(key)), m_clock(clock), m_ids(clock)
{}

core::Result<std::unique_ptr<LedgerStore>> LedgerStore::open(const QString &dataDir, const core::Clock &clock)
{
    auto db = storage::openWriter(dataDir, storage::DatabaseRole::Ledger);
    if (!db)
        return db.error();
    // Legacy links are keyed only by the open that creates the key: once a key exists, an
    // unkeyed link can only be a forgery and must stay visible as one.
    const bool firstKeyedOpen = !QFile::exists(ledgerKeyPath(dataDir));
    auto key = loadLedgerKey(dataDir, true);
    if (!key)
        return key.error();
    std::unique_ptr<LedgerStore> store(new LedgerStore(std::move(db).value(), key.value(), clock));
    if (firstKeyedOpen) {
        if (Status s = store->keyLegacyLinks(); !s)
            return s.error();
    }
    return store;
}

core::Result<std::unique_ptr<LedgerStore>> LedgerStore::openReadOnly(const QString &dataDir, const core::Clock &clock)
{
    auto db = storage::openReader(dataDir, storage::DatabaseRole::Ledger);
    if (!db)
        return db.error();
    auto key = loadLedgerKey(dataDir, false);
    if (!key)
        return key.error();
    return std::unique_ptr<LedgerStore>(new LedgerStore(std::move(db).value(), key.value(), clock));
}

Status LedgerStore::keyLegacyLinks()
{
    auto legacy = m_db->queryInt(u"SELECT count(*) FROM audit_log WHERE chain <> 'hmac-sha256'");
    if (!legacy)
        return legacy.error();
    if (legacy.value() == 0)
        return {};
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto rows =
        m_db->prepare(u"SELECT seq, id, at_ms, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY seq");
    if (!rows)
        return rows.error();
    struct Link
    {
        std::int64_t seq;
        QByteArray prev;
        QByteArray hash;
    };
    QList<Link> relinked;
    QByteArray previousOld(32, '\0');
    QByteArray previousNew(32, '\0');
    std::int64_t expectedSeq = 1;
    for (;;) {
        auto row = rows.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        storage::Statement &r = rows.value();
        const QByteArray canonical = auditRow(r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5));
        if (r.int64(0) != expectedSeq++ || r.blob(6) != previousOld ||
            r.blob(7) != chainLink(kChainSha256, {}, previousOld, canonical))
            return {}; // broken before it was keyed: keep the evidence as it is
        previousOld = r.blob(7);
        const QByteArray keyed = chainLink(kChainHmacSha256, m_key, previousNew, canonical);
        relinked.append({r.int64(0), previousNew, keyed});
        previousNew = keyed;
    }
    auto update = m_db->prepare(u"UPDATE audit_log SET prev_hash = ?, hash = ?, chain = 'hmac-sha256' WHERE seq = ?");
    if (!update)
        return update.error();
    for (const Link &link : relinked) {
        update.value().bind(1, link.prev).bind(2, link.hash).bind(3, link.seq);
        if (Status s = update.value().run(); !s)
            return s;
    }
    return tx.value().commit();
}

Status LedgerStore::appendAudit(const QString &actor, const QString &action, const QString &detail)
{
    auto tail = chainTail(*m_db, u"audit_log");
    if (!tail)
        return tail.error();
    const std::int64_t seq = tail.value().seq + 1;
    const QByteArray previous = tail.value().hash;
    const QString id = m_ids.next().toString(QUuid::WithoutBraces);
    const std::int64_t at = m_clock.nowMs();
    auto insert =
        m_db->prepare(u"INSERT INTO audit_log (id, seq, at_ms, actor, action, detail, prev_hash, hash, chain) "
                      u"VALUES (?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, id)
        .bind(2, seq)
        .bind(3, at)
        .bind(4, actor)
        .bind(5, action)
        .bind(6, detail)
        .bind(7, previous)
        .bind(8, chainLink(kChainHmacSha256, m_key, previous, auditRow(seq, id, at, actor, action, detail)))
        .bind(9, QString::fromLatin1(kChainHmacSha256));
    return insert.value().run();
}

core::Result<QString> LedgerStore::record(const QString &kind, const QJsonObject &payload, const QString &actor,
                                          const QString &auditAction)
{
    auto ids = recordAll(kind, {payload}, actor, auditAction);
    if (!ids)
        return ids.error();
    return ids.value().constFirst();
}

core::Result<QStringList> LedgerStore::recordAll(const QString &kind, const QList<QJsonObject> &payloads,
                                                 const QString &actor, const QString &auditAction)
{
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto insert = m_db->prepare(u"INSERT INTO outbox (id, kind, payload, created_ms) VALUES (?,?,?,?)");
    if (!insert)
        return insert.error();
    QStringList ids;
    ids.reserve(payloads.size());
    for (const QJsonObject &payload : payloads) {
        const QString id = m_ids.next().toString(QUuid::WithoutBraces);
        const QString json = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        insert.value().bind(1, id).bind(2, kind).bind(3, json).bind(4, m_clock.nowMs());
        if (Status s = insert.value().run(); !s)
            return s.error();
        if (Status s = appendAudit(actor, auditAction, id + u' ' + json); !s)
            return s.error();
        ids.append(id);
    }
    if (Status s = tx.value().commit(); !s)
        return s.error();
    return ids;
}

Status LedgerStore::setStockThreshold(std::int64_t skuId, std::int64_t threshold, const QString &actor)
{
    if (skuId < 0 || threshold < 0)
        return core::Error{QStringLiteral("ledger.threshold"), QStringLiteral("a threshold is a count of 0 or more"), {}};
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto upsert = m_db->prepare(u"INSERT INTO stock_thresholds (sku_id, threshold, actor, updated_ms) VALUES (?,?,?,?) "
                                u"ON CONFLICT (sku_id) DO UPDATE SET threshold = excluded.threshold, "
                                u"actor = excluded.actor, updated_ms = excluded.updated_ms");
    if (!upsert)
        return upsert.error();
    upsert.value().bind(1, skuId).bind(2, threshold).bind(3, actor).bind(4, m_clock.nowMs());
    if (Status s = upsert.value().run(); !s)
        return s;
    const QString detail = QStringLiteral("{\"sku_id\":%1,\"threshold\":%2}").arg(skuId).arg(threshold);
    if (Status s = appendAudit(actor, QStringLiteral("stock.threshold.set"), detail); !s)
        return s;
    return tx.value().commit();
}

core::Result<QList<OutboxEntry>> LedgerStore::due(const QString &kind, int limit)
{
    auto stmt = m_db->prepare(u"SELECT id, kind, payload, state, attempts, last_error, created_ms FROM outbox "
                              u"WHERE state = 'pending' AND kind = ? AND next_try_ms <= ? ORDER BY id LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, kind).bind(2, m_clock.nowMs()).bind(3, limit);
    QList<OutboxEntry> out;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        storage::Statement &s = stmt.value();
        out.append({s.text(0), s.text(1), QJsonDocument::fromJson(s.text(2).toUtf8()).object(), s.text(3),
                    static_cast<int>(s.int64(4)), s.text(5), s.int64(6)});
    }
    return out;
}

Status LedgerStore::markDone(const QString &id, const QString &state, const QString &note)
{
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto update = m_db->prepare(u"UPDATE outbox SET state = ?, last_error = ?, done_ms = ?, attempts = attempts + 1 "
                                u"WHERE id = ?");
    if (!update)
        return update.error();
    update.value().bind(1, state).bind(2, note).bind(3, m_clock.nowMs()).bind(4, id);
    if (Status s = update.value().run(); !s)
        return s;
    if (Status s = appendAudit(QStringLiteral("platform"), u"outbox." + state, id + u' ' + note); !s)
        return s;
    return tx.value().commit();
}

Status LedgerStore::scheduleRetry(const QString &id, std::int64_t nextTryMs, const QString &error)
{
    auto update =
        m_db->prepare(u"UPDATE outbox SET attempts = attempts + 1, next_try_ms = ?, last_error = ? WHERE id = ?");
    if (!update)
        return update.error();
    update.value().bind(1, nextTryMs).bind(2, error).bind(3, id);
    return update.value().run();
}

core::Result<int> LedgerStore::pendingCount()
{
    auto n = m_db->queryInt(u"SELECT count(*) FROM outbox WHERE state = 'pending'");
    if (!n)
        return n.error();
    return static_cast<int>(n.value());
}

core::Result<bool> LedgerStore::verifyAuditChain(std::int64_t *firstBadSeq)
{
    return verifyKeyedChain(
        *m_db, u"SELECT seq, id, at_ms, actor, action, detail, prev_hash, hash, chain FROM audit_log ORDER BY seq",
        m_key,
        [](storage::Statement &s) {
            return auditRow(s.int64(0), s.text(1), s.int64(2), s.text(3), s.text(4), s.text(5));
        },
        firstBadSeq);
}

} // namespace mc::sync
