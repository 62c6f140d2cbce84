#include "app/vouchers/redemptionbook.h"

#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"
#include "app/sync/ledgerkey.h"
#include "app/sync/ledgerstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mc::vouchers {

namespace {
constexpr auto kColumns = u"id, seq, voucher_code, voucher_id, store_id, operator_id, face_value_fen, redeemed_ms, "
                          u"upload_state, attempts, platform_message, next_try_ms";

// The chained fields: what never changes after the redemption was recorded.
QByteArray canonicalRow(std::int64_t seq, const QString &id, const QByteArray &code, const QByteArray &voucherId,
                        std::int64_t storeId, const QString &operatorName, std::int64_t consumeNum,
                        std::int64_t faceValueFen, std::int64_t redeemedMs)
{
    return QByteArray::number(seq) + '\t' + id.toUtf8() + '\t' + code + '\t' + voucherId + '\t' +
           QByteArray::number(storeId) + '\t' + operatorName.toUtf8() + '\t' + QByteArray::number(consumeNum) + '\t' +
           QByteArray::number(faceValueFen) + '\t' + QByteArray::number(redeemedMs);
}

UploadState stateFromName(const QString &name)
{
    if (name == u"confirmed")
        return UploadState::Confirmed;
    if (name == u"refused")
        return UploadState::Refused;
    if (name == u"conflict")
        return UploadState::Conflict;
    return UploadState::Pending;
}

RedemptionRecord readRecord(const storage::Statement &s)
{
    RedemptionRecord r;
    r.serial = s.text(0);
    r.code = s.text(2).toLatin1();
    r.voucherId = s.text(3).toLatin1();
    r.storeId = s.int64(4);
    r.operatorName = s.text(5);
    r.faceValueFen = s.int64(6);
    r.redeemedMs = s.int64(7);
    r.state = stateFromName(s.text(8));
    r.attempts = static_cast<int>(s.int64(9));
    r.platformMessage = s.text(10);
    r.nextTryMs = s.int64(11);
    return r;
}

core::Result<QList<RedemptionRecord>> readAll(storage::Statement &stmt)
{
    QList<RedemptionRecord> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.append(readRecord(stmt));
    }
}

// The outbox's words for the upload states.
QString outboxState(UploadState state)
{
    switch (state) {
    case UploadState::Confirmed:
        return u"acked"_s;
    case UploadState::Refused:
        return u"rejected"_s;
    case UploadState::Conflict:
        return u"conflict"_s;
    case UploadState::Pending:
        break;
    }
    return u"pending"_s;
}
} // namespace

QString uploadStateName(UploadState state)
{
    switch (state) {
    case UploadState::Confirmed:
        return u"confirmed"_s;
    case UploadState::Refused:
        return u"refused"_s;
    case UploadState::Conflict:
        return u"conflict"_s;
    case UploadState::Pending:
        break;
    }
    return u"pending"_s;
}

RedemptionBook::RedemptionBook(std::unique_ptr<sync::LedgerStore> ledger, QByteArray key, const core::Clock &clock)
    : m_ledger(std::move(ledger)), m_key(std::move(key)), m_ids(clock), m_clock(clock)
{}

RedemptionBook::~RedemptionBook() = default;

storage::Database &RedemptionBook::database()
{
    return m_ledger->database();
}

core::Result<std::unique_ptr<RedemptionBook>> RedemptionBook::open(const QString &dataDir, const core::Clock &clock)
{
    // LedgerStore makes the ledger key on first use (and keys legacy audit links then).
    auto ledger = sync::LedgerStore::open(dataDir, clock);
    if (!ledger)
        return ledger.error();
    auto key = sync::loadLedgerKey(dataDir, false);
    if (!key)
        return key.error();
    return std::unique_ptr<RedemptionBook>(new RedemptionBook(std::move(ledger).value(), key.value(), clock));
}

core::Result<std::unique_ptr<RedemptionBook>> RedemptionBook::openReadOnly(const QString &dataDir,
                                                                          const core::Clock &clock)
{
    auto ledger = sync::LedgerStore::openReadOnly(dataDir, clock);
    if (!ledger)
        return ledger.error();
    auto key = sync::loadLedgerKey(dataDir, false);
    if (!key)
        return key.error();
    return std::unique_ptr<RedemptionBook>(new RedemptionBook(std::move(ledger).value(), key.value(), clock));
}

core::Result<RedemptionRecord> RedemptionBook::record(RedemptionRecord r)
{
    storage::Database &db = database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto tail = sync::chainTail(db, u"redemptions");
    if (!tail)
        return tail.error();
    const std::int64_t seq = tail.value().seq + 1;
    const QByteArray previous = tail.value().hash;

    r.serial = m_ids.next().toString(QUuid::WithoutBraces);
    r.state = UploadState::Pending;
    r.attempts = 0;
    r.nextTryMs = 0;
    const QByteArray link = sync::chainLink(
        sync::kChainHmacSha256, m_key, previous,
        canonicalRow(seq, r.serial, r.code, r.voucherId, r.storeId, r.operatorName, 1, r.faceValueFen, r.redeemedMs));
    auto insert =
        db.prepare(u"INSERT INTO redemptions (id, seq, voucher_code, voucher_id, store_id, operator_id, consume_num, "
                   u"face_value_fen, redeemed_ms, state, prev_hash, hash, chain, upload_state, updated_ms) "
                   u"VALUES (?,?,?,?,?,?,1,?,?,'recorded',?,?,'hmac-sha256','pending',?)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, r.serial)
        .bind(2, seq)
        .bindText(3, r.code)
        .bindText(4, r.voucherId)
        .bind(5, r.storeId)
        .bind(6, r.operatorName)
        .bind(7, r.faceValueFen)
        .bind(8, r.redeemedMs)
        .bind(9, previous)
        .bind(10, link)
        .bind(11, m_clock.nowMs());
    if (core::Status s = insert.value().run(); !s)
        return s.error();

    // The outbox row carries the call's arguments; its id is the serial (the idempotency key).
    const QJsonObject payload{{u"verify_code"_s, QString::fromLatin1(r.code)},
                              {u"consume_num"_s, 1},
                              {u"storeid"_s, qint64(r.storeId)},
                              {u"operatorid"_s, r.operatorName},
                              {u"serial_num"_s, r.serial},
                              {u"redeemed_at"_s, QString::fromLatin1(protocol::formatTopTime(r.redeemedMs))}};
    auto outbox = db.prepare(u"INSERT INTO outbox (id, kind, payload, created_ms) VALUES (?, 'voucher.redeem', ?, ?)");
    if (!outbox)
        return outbox.error();
    outbox.value()
        .bind(1, r.serial)
        .bind(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(3, m_clock.nowMs());
    if (core::Status s = outbox.value().run(); !s)
        return s.error();
    if (core::Status s = tx.value().commit(); !s)
        return s.error();
    return r;
}

core::Result<LocalUses> RedemptionBook::usesOf(const QByteArray &voucherId)
{
    auto stmt = database().prepare(u"SELECT id, upload_state FROM redemptions WHERE voucher_id = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bindText(1, voucherId);
    LocalUses uses;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return uses;
        uses.serials.insert(stmt.value().text(0));
        const UploadState state = stateFromName(stmt.value().text(1));
        if (state == UploadState::Pending || state == UploadState::Confirmed)
            ++uses.uses;
        else if (state == UploadState::Conflict)
            uses.conflict = true;
    }
}

core::Result<RedemptionRecord> RedemptionBook::find(const QString &serial)
{
    auto stmt = database().prepare(u"SELECT "_s + kColumns + u" FROM redemptions WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, serial);
    auto rows = readAll(stmt.value());
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return core::Error{u"vouchers.not-found"_s, u"no redemption %1 in the ledger"_s.arg(serial), {}};
    return rows.value().first();
}

core::Result<QList<RedemptionRecord>> RedemptionBook::due(std::int64_t nowMs, int limit)
{
    auto stmt = database().prepare(u"SELECT "_s + kColumns +
                                   u" FROM redemptions WHERE upload_state = 'pending' AND (? < 0 OR next_try_ms <= ?) "
                                   u"ORDER BY next_try_ms, seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, nowMs).bind(2, nowMs).bind(3, limit);
    return readAll(stmt.value());
}

core::Result<QList<RedemptionRecord>> RedemptionBook::queue(std::int64_t sinceMs)
{
    auto stmt = database().prepare(u"SELECT "_s + kColumns +
                                   u" FROM redemptions WHERE upload_state = 'pending' OR redeemed_ms >= ? "
                                   u"ORDER BY upload_state <> 'pending', "
                                   u"CASE WHEN upload_state = 'pending' THEN seq ELSE -seq END");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, sinceMs);
    return readAll(stmt.value());
}

core::Result<int> RedemptionBook::pendingCount()
{
    auto n = database().queryInt(u"SELECT count(*) FROM redemptions WHERE upload_state = 'pending'");
    if (!n)
        return n.error();
    return static_cast<int>(n.value());
}

core::Result<std::int64_t> RedemptionBook::earliestNextTry()
{
    return database().queryInt(
        u"SELECT coalesce(min(next_try_ms), -1) FROM redemptions WHERE upload_state = 'pending'");
}

core::Status RedemptionBook::update(const RedemptionRecord &r)
{
    storage::Database &db = database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString legacyState = r.state == UploadState::Confirmed ? u"confirmed"_s
                                : r.state == UploadState::Pending ? u"recorded"_s
                                                                  : u"rejected"_s;
    auto redemption = db.prepare(u"UPDATE redemptions SET upload_state = ?, attempts = ?, platform_message = ?, "
                                 u"next_try_ms = ?, state = ?, updated_ms = ? WHERE id = ?");
    if (!redemption)
        return redemption.error();
    redemption.value()
        .bind(1, uploadStateName(r.state))
        .bind(2, r.attempts)
        .bind(3, r.platformMessage)
        .bind(4, r.nextTryMs)
        .bind(5, legacyState)
        .bind(6, m_clock.nowMs())
        .bind(7, r.serial);
    if (core::Status s = redemption.value().run(); !s)
        return s;
    const bool done = r.state != UploadState::Pending;
    auto outbox = db.prepare(u"UPDATE outbox SET state = ?, attempts = ?, last_error = ?, next_try_ms = ?, "
                             u"done_ms = ? WHERE id = ?");
    if (!outbox)
        return outbox.error();
    outbox.value()
        .bind(1, outboxState(r.state))
        .bind(2, r.attempts)
        .bind(3, r.platformMessage)
        .bind(4, r.nextTryMs)
        .bind(5, done ? m_clock.nowMs() : std::int64_t(0))
        .bind(6, r.serial);
    if (core::Status s = outbox.value().run(); !s)
        return s;
    return tx.value().commit();
}

core::Result<bool> RedemptionBook::verifyChain(std::int64_t *firstBadSeq, sync::ChainPoint *resume)
{
    const QString select =
        u"SELECT seq, id, voucher_code, voucher_id, store_id, operator_id, consume_num, face_value_fen, redeemed_ms, "
        u"prev_hash, hash, chain FROM redemptions"_s +
        (resume ? u" WHERE seq > ?1"_s : QString()) + u" ORDER BY seq"_s;
    return sync::verifyKeyedChain(
        database(), select,
        m_key,
        [](storage::Statement &s) {
            return canonicalRow(s.int64(0), s.text(1), s.text(2).toLatin1(), s.text(3).toLatin1(), s.int64(4),
                                s.text(5), s.int64(6), s.int64(7), s.int64(8));
        },
        firstBadSeq, resume);
}

} // namespace mc::vouchers
