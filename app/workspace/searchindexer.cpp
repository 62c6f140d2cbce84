#include "app/workspace/searchindexer.h"

#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/workspace/orderquery.h"
#include "app/workspace/searchkey.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSearchIndex, "mc.workspace.search")

namespace mc::workspace {

namespace {
constexpr int kPauseBetweenBatchesMs = 2; // other events on the thread go first
constexpr int kBatchesPerReport = 25;
constexpr auto kIndexSource = u"SELECT o.tid, o.created_ms, o.buyer_nick, coalesce((SELECT group_concat(title, ' ') "
                              u"FROM order_lines WHERE tid = o.tid), ''), (SELECT coalesce(sum(num), 0) FROM "
                              u"order_lines WHERE tid = o.tid), coalesce((SELECT title FROM order_lines WHERE "
                              u"tid = o.tid ORDER BY oid LIMIT 1), '') FROM orders o WHERE ";
} // namespace

core::Result<int> SearchIndexer::indexWhere(const QString &condition)
{
    auto source = m_db->prepare(kIndexSource + condition);
    auto occupant = m_db->prepare(u"SELECT tid FROM order_search WHERE rowid = ?"_s);
    auto drop = m_db->prepare(u"DELETE FROM order_search WHERE rowid = ?"_s);
    auto insert = m_db->prepare(u"INSERT INTO order_search (rowid, buyer_nick, titles, tid) VALUES (?, ?, ?, ?)"_s);
    auto listed = m_db->prepare(u"UPDATE orders SET items = ?, first_title = ? WHERE tid = ?"_s);
    for (const auto *s : {&source, &occupant, &drop, &insert, &listed})
        if (!*s)
            return s->error();
    int done = 0;
    while (true) {
        auto more = source.value().step();
        if (!more)
            return more.error();
        if (!more.value())
            return done;
        const std::int64_t tid = source.value().int64(0);
        const std::int64_t floor = searchKeyFloor(source.value().int64(1));
        // Open addressing within the millisecond: from the preferred slot to the first that is
        // free or already this order's (indexed again: its old row goes, the slot is reused).
        // Rows are only ever replaced in place, so no probe chain is broken.
        std::int64_t slot = preferredSearchSlot(tid);
        for (std::int64_t probes = 0;; ++probes, slot = (slot + 1) % kSearchSlots) {
            if (probes == kSearchSlots)
                return core::Error{u"workspace.search_slots"_s,
                                   u"More than %1 orders were created in one millisecond."_s.arg(kSearchSlots), {}};
            occupant.value().reset();
            auto found = occupant.value().bind(1, floor + slot).step();
            if (!found)
                return found.error();
            if (!found.value())
                break;
            if (occupant.value().int64(0) == tid) {
                if (core::Status s = drop.value().bind(1, floor + slot).run(); !s)
                    return s.error();
                break;
            }
        }
        if (core::Status s = insert.value()
                                 .bind(1, floor + slot)
                                 .bind(2, source.value().text(2))
                                 .bind(3, source.value().text(3))
                                 .bind(4, tid)
                                 .run();
            !s)
            return s.error();
        if (core::Status s = listed.value()
                                 .bind(1, source.value().int64(4))
                                 .bind(2, source.value().text(5))
                                 .bind(3, tid)
                                 .run();
            !s)
            return s.error();
        ++done;
    }
}

SearchIndexer::SearchIndexer(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_timer(new QTimer(this))
{
    qRegisterMetaType<SearchIndexState>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SearchIndexer::step);
}

SearchIndexer::~SearchIndexer() = default;

core::Status SearchIndexer::open()
{
    auto db = storage::openWriter(m_dataDir, storage::DatabaseRole::Cache);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return {};
}

core::Result<int> SearchIndexer::indexBatch(int maxOrders)
{
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    // New orders first: what a merchant just saw on the dashboard is what they look up.
    auto pendingTop = m_db->queryInt(u"SELECT coalesce(max(tid), -1) FROM (SELECT tid FROM search_pending "
                                     u"ORDER BY tid LIMIT "_s + QString::number(maxOrders) + u')');
    if (!pendingTop)
        return pendingTop.error();
    if (pendingTop.value() >= 0) {
        const QString upTo = QString::number(pendingTop.value());
        if (auto indexed = indexWhere(u"o.tid IN (SELECT tid FROM search_pending WHERE tid <= "_s + upTo + u')');
            !indexed)
            return indexed.error();
        const int done = static_cast<int>(m_db->queryInt(u"SELECT count(*) FROM search_pending WHERE tid <= "_s + upTo)
                                              .valueOr(0));
        if (core::Status s = m_db->exec(u"DELETE FROM search_pending WHERE tid <= "_s + upTo); !s)
            return s.error();
        if (core::Status s = tx.value().commit(); !s)
            return s.error();
        return std::max(done, 1);
    }
    auto below = m_db->queryInt(u"SELECT coalesce((SELECT CAST(value AS INTEGER) FROM sync_cursors "
                                u"WHERE name = 'search.backfill_below'), 0)"_s);
    if (!below)
        return below.error();
    if (below.value() <= 0)
        return 0;
    const QString from = QString::number(below.value());
    // Down the list, whole milliseconds at a time: the creation time of the maxOrders-th order
    // below the mark is this batch's floor (none: the rest, and the backlog is done). In list
    // order, so the index's rows and orders_list's entries are written in key order.
    auto floor = m_db->queryInt(u"SELECT coalesce((SELECT created_ms FROM orders WHERE created_ms < "_s + from +
                                u" ORDER BY created_ms DESC LIMIT 1 OFFSET " + QString::number(maxOrders - 1) +
                                u"), 0)");
    if (!floor)
        return floor.error();
    const bool last = floor.value() <= 0;
    const QString to = last ? u"0"_s : QString::number(floor.value());
    auto indexed = indexWhere(u"o.created_ms < "_s + from + (last ? QString() : u" AND o.created_ms >= "_s + to) +
                              u" ORDER BY o.created_ms DESC, o.tid DESC");
    if (!indexed)
        return indexed.error();
    const int done = indexed.value();
    if (core::Status s = m_db->exec(u"UPDATE sync_cursors SET value = '"_s + to +
                                    u"' WHERE name = 'search.backfill_below'");
        !s)
        return s.error();
    if (core::Status s = tx.value().commit(); !s)
        return s.error();
    return std::max(done, 1);
}

core::Result<SearchIndexState> SearchIndexer::state()
{
    return OrderQuery(*m_db).indexState();
}

void SearchIndexer::wake()
{
    if (m_db && !m_timer->isActive())
        m_timer->start(kPauseBetweenBatchesMs);
}

void SearchIndexer::step()
{
    if (!m_state) { // counted once per drain; estimated from the batches in between
        auto exact = state();
        if (exact)
            m_state = exact.value();
    }
    auto done = indexBatch();
    if (!done) {
        qCWarning(lcSearchIndex).noquote() << "search index batch failed:" << done.error().toString();
        m_state.reset();
        return; // tried again on the next change
    }
    const bool more = done.value() > 0;
    if (more && m_state) {
        m_state->indexed += done.value();
        m_state->remaining = std::max<std::int64_t>(1, m_state->remaining - done.value());
    }
    if (!more) {
        m_state.reset();
        if (auto exact = state(); exact)
            Q_EMIT progress(exact.value());
    } else if (++m_batchesSinceReport >= kBatchesPerReport && m_state) {
        m_batchesSinceReport = 0;
        Q_EMIT progress(*m_state);
    }
    if (more)
        m_timer->start(kPauseBetweenBatchesMs);
}

} // namespace mc::workspace
