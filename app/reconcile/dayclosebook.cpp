#include "app/reconcile/dayclosebook.h"

#include "app/storage/database.h"
#include "app/storage/transaction.h"
#include "app/sync/ledgerkey.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

// User-visible messages (context mc::reconcile::DayCloseBook).
struct DayCloseText
{
    Q_DECLARE_TR_FUNCTIONS(mc::reconcile::DayCloseBook)
};

namespace {

constexpr int kMaxNameChars = 64;
constexpr int kMaxNoteChars = 2000;

QByteArray canonicalEntry(std::int64_t seq, const QString &id, std::int64_t atMs, std::int64_t storeId,
                          const QString &day, const QString &action, const QString &subject, const QString &resolution,
                          const QString &note, const QString &actor, const QString &detail)
{
    QByteArray out = QByteArray::number(seq) + '\t' + id.toUtf8() + '\t' + QByteArray::number(atMs) + '\t' +
                     QByteArray::number(storeId) + '\t' + day.toUtf8();
    for (const QString *field : {&action, &subject, &resolution, &note, &actor, &detail})
        out += '\t' + field->toUtf8().toPercentEncoding(); // a tab inside a field cannot shift the others
    return out;
}

core::Error refused(const QString &message)
{
    return core::Error{QString::fromLatin1(kDaySignedOff), message, {}};
}

} // namespace

DayCloseBook::DayCloseBook(storage::Database &ledger, QByteArray key, const core::Clock &clock)
    : m_db(ledger), m_key(std::move(key)), m_clock(clock), m_ids(clock)
{}

bool DayCloseBook::isResolutionKind(const QString &kind)
{
    return kind == u"accept" || kind == u"write-off" || kind == u"dispute";
}

core::Result<DayState> DayCloseBook::state(std::int64_t storeId, const QDate &day)
{
    auto stmt = m_db.prepare(u"SELECT action, subject, resolution, note, actor, detail, at_ms FROM day_close_log "
                             u"WHERE store_id = ? AND day = ? ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, storeId).bind(2, day.toString(Qt::ISODate));
    DayState state;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return state;
        const storage::Statement &s = stmt.value();
        const QString action = s.text(0);
        if (action == u"resolve") {
            state.resolutions.insert(s.text(1), Resolution{s.text(2), s.text(3), s.text(4), s.int64(6)});
        } else if (action == u"sign-off") {
            state.signedOff = true;
            state.signedBy = s.text(4);
            state.signedAtMs = s.int64(6);
            state.signedFigures = s.text(5);
        } else if (action == u"reopen") {
            state.signedOff = false;
            ++state.reopenings;
            state.lastReopenedBy = s.text(4);
            state.lastReopenReason = s.text(3);
        }
    }
}

core::Result<QMap<std::int64_t, QString>> DayCloseBook::signedOffStores(const QDate &day)
{
    auto stmt = m_db.prepare(u"SELECT store_id, action, actor FROM day_close_log WHERE day = ? AND action <> 'resolve' "
                             u"ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, day.toString(Qt::ISODate));
    QMap<std::int64_t, QString> out;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        if (stmt.value().text(1) == u"sign-off")
            out.insert(stmt.value().int64(0), stmt.value().text(2));
        else
            out.remove(stmt.value().int64(0));
    }
}

core::Status DayCloseBook::appendIf(std::int64_t storeId, const QDate &day, bool signedOff, const Entry &entry)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = state(storeId, day);
    if (!current)
        return current.error();
    const QString dayText = day.toString(Qt::ISODate);
    if (current.value().signedOff && !signedOff)
        return refused(DayCloseText::tr("%1 of store %2 was signed off by %3: reopen it first").arg(dayText)
                           .arg(storeId)
                           .arg(current.value().signedBy));
    if (!current.value().signedOff && signedOff)
        return core::Error{u"reconcile.reopen"_s, DayCloseText::tr("%1 of store %2 is not signed off").arg(dayText).arg(storeId), {}};
    if (core::Status s = append(storeId, day, entry); !s)
        return s;
    return tx.value().commit();
}

core::Status DayCloseBook::append(std::int64_t storeId, const QDate &day, const Entry &e)
{
    auto tail = sync::chainTail(m_db, u"day_close_log");
    if (!tail)
        return tail.error();
    const std::int64_t seq = tail.value().seq + 1;
    const QByteArray previous = tail.value().hash;
    const QString id = m_ids.next().toString(QUuid::WithoutBraces);
    const std::int64_t at = m_clock.nowMs();
    const QString dayText = day.toString(Qt::ISODate);
    const QByteArray link =
        sync::chainLink(sync::kChainHmacSha256, m_key, previous,
                        canonicalEntry(seq, id, at, storeId, dayText, e.action, e.subject, e.resolution, e.note,
                                       e.actor, e.detail));
    auto insert = m_db.prepare(u"INSERT INTO day_close_log (id, seq, at_ms, store_id, day, action, subject, "
                               u"resolution, note, actor, detail, prev_hash, hash, chain) "
                               u"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'hmac-sha256')");
    if (!insert)
        return insert.error();
    insert.value().bind(1, id).bind(2, seq).bind(3, at).bind(4, storeId).bind(5, dayText).bind(6, e.action);
    insert.value().bind(7, e.subject).bind(8, e.resolution).bind(9, e.note).bind(10, e.actor).bind(11, e.detail);
    insert.value().bind(12, previous).bind(13, link);
    return insert.value().run();
}

core::Status DayCloseBook::resolve(std::int64_t storeId, const QDate &day, const QString &itemKey,
                                   const QString &kind, const QString &note, const QString &actor)
{
    if (!isResolutionKind(kind))
        return core::Error{u"reconcile.resolution"_s, DayCloseText::tr("a resolution is accept, write-off or dispute, not '%1'").arg(kind), {}};
    if (itemKey.isEmpty() || actor.trimmed().isEmpty() || actor.size() > kMaxNameChars || note.size() > kMaxNoteChars)
        return core::Error{u"reconcile.resolution"_s, DayCloseText::tr("a resolution needs a discrepancy, a manager's name (up to 64 "
                                                              "characters) and a note of at most 2000"), {}};
    if (kind != u"accept" && note.trimmed().isEmpty())
        return core::Error{u"reconcile.resolution"_s, DayCloseText::tr("a write-off or a dispute needs a note"), {}};
    return appendIf(storeId, day, false, {u"resolve"_s, itemKey, kind, note, actor.trimmed(), {}});
}

core::Status DayCloseBook::signOff(std::int64_t storeId, const QDate &day, const QString &actor,
                                   const QString &figures)
{
    if (actor.trimmed().isEmpty() || actor.size() > kMaxNameChars)
        return core::Error{u"reconcile.sign-off"_s, DayCloseText::tr("a sign-off needs the manager's name (up to 64 characters)"), {}};
    return appendIf(storeId, day, false, {u"sign-off"_s, {}, {}, {}, actor.trimmed(), figures});
}

core::Status DayCloseBook::reopen(std::int64_t storeId, const QDate &day, const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty() || actor.size() > kMaxNameChars || reason.trimmed().isEmpty() ||
        reason.size() > kMaxNoteChars)
        return core::Error{u"reconcile.reopen"_s, DayCloseText::tr("reopening needs the manager's name and a reason"), {}};
    return appendIf(storeId, day, true, {u"reopen"_s, {}, {}, reason.trimmed(), actor.trimmed(), {}});
}

core::Result<bool> DayCloseBook::verifyChain(std::int64_t *firstBadSeq)
{
    return sync::verifyKeyedChain(
        m_db,
        u"SELECT seq, id, at_ms, store_id, day, action, subject, resolution, note, actor, detail, prev_hash, hash, "
        u"chain FROM day_close_log ORDER BY seq",
        m_key,
        [](storage::Statement &s) {
            return canonicalEntry(s.int64(0), s.text(1), s.int64(2), s.int64(3), s.text(4), s.text(5), s.text(6),
                                  s.text(7), s.text(8), s.text(9), s.text(10));
        },
        firstBadSeq);
}

} // namespace mc::reconcile
