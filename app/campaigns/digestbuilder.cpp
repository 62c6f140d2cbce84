#include "app/campaigns/digestbuilder.h"

#include "app/campaigns/campaignpricing.h"
#include "app/campaigns/orderdigest.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

const QString kBackfillMark = u"digest.backfill_below"_s;

} // namespace

core::Result<std::int64_t> DigestBuilder::categoryId(const QByteArray &name)
{
    if (name.isEmpty())
        return 0;
    if (!m_categoriesLoaded) {
        auto all = digestCategories(m_db);
        if (!all)
            return all.error();
        m_categories = std::move(all).value();
        m_categoriesLoaded = true;
    }
    if (auto known = m_categories.constFind(name); known != m_categories.cend())
        return *known;
    auto add = m_db.prepare(u"INSERT INTO digest_categories (name) VALUES (?)"_s);
    if (!add)
        return add.error();
    if (core::Status s = add.value().bindText(1, name).run(); !s)
        return s.error();
    const std::int64_t id = m_db.lastInsertRowId();
    m_categories.insert(name, id); // a rolled-back batch reloads them (see buildBatch)
    return id;
}

core::Result<int> DigestBuilder::digestWhere(const QString &condition)
{
    auto source = m_db.prepare(u"SELECT o.tid, o.created_ms, o.channel = 'store', o.location_id, "_s + kBuyerKeySql +
                               u", l.sku_id, l.num, l.payment_fen, l.refund_status = 'SUCCESS', l.category "
                               u"FROM orders o JOIN order_lines l ON l.tid = o.tid WHERE " +
                               kCountedOrderSql + u" AND " + condition + u" ORDER BY o.created_ms, o.tid, l.oid");
    auto insert = m_db.prepare(u"INSERT OR REPLACE INTO order_digest (created_ms, tid, location_id, flags, buyer, "
                               u"lines) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const auto *s : {&source, &insert})
        if (!*s)
            return s->error();
    auto &src = source.value();
    std::vector<DigestLine> lines;
    QByteArray blob;
    std::int64_t tid = 0, created = 0, location = 0, buyer = 0;
    bool store = false, bad = false;
    int done = 0;
    auto flush = [&]() -> core::Status {
        blob.clear();
        if (!bad)
            encodeDigestLines(lines, blob);
        ++done;
        return insert.value()
            .bind(1, created)
            .bind(2, tid)
            .bind(3, location)
            .bind(4, (store ? kDigestStore : 0) | (bad ? kDigestReadLines : 0))
            .bind(5, buyer)
            .bind(6, blob)
            .run();
    };
    while (true) {
        auto row = src.step();
        if (!row)
            return row.error();
        if (!row.value() || src.int64(0) != tid) {
            if (!lines.empty() || bad)
                if (core::Status s = flush(); !s)
                    return s.error();
            lines.clear();
            bad = false;
            if (!row.value())
                return done;
            tid = src.int64(0);
            created = src.int64(1);
            store = src.int64(2) != 0;
            location = src.int64(3);
            buyer = static_cast<std::int64_t>(buyerKeyHash(src.blobView(4)));
        }
        DigestLine line{src.int64(5), src.int64(6), src.int64(7), 0, src.int64(8) != 0};
        if (line.units < 1 || line.units > kMaxUnits || line.paymentFen < 0 || line.paymentFen > kMaxLineFen) {
            bad = true;
            continue;
        }
        auto category = categoryId(src.blob(9));
        if (!category)
            return category.error();
        line.categoryId = category.value();
        lines.push_back(line);
    }
}

core::Result<int> DigestBuilder::buildBatch(int maxOrders)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    m_categoriesLoaded = false; // what a failed batch added is gone with its rollback
    m_categories.clear();
    auto pendingTop = m_db.queryInt(u"SELECT coalesce(max(tid), -1) FROM (SELECT tid FROM digest_pending "
                                    u"ORDER BY tid LIMIT "_s + QString::number(maxOrders) + u')');
    if (!pendingTop)
        return pendingTop.error();
    if (pendingTop.value() >= 0) {
        const QString upTo = QString::number(pendingTop.value());
        const QString pending = u"o.tid IN (SELECT tid FROM digest_pending WHERE tid <= "_s + upTo + u')';
        // Whatever their rows were keyed by: the triggers dropped rows under an old creation
        // time; an order that no longer counts, or lost its lines, keeps none.
        if (core::Status s = m_db.exec(u"DELETE FROM order_digest WHERE (created_ms, tid) IN (SELECT o.created_ms, "
                                       u"o.tid FROM orders o WHERE "_s + pending + u')');
            !s)
            return s.error();
        auto written = digestWhere(pending);
        if (!written)
            return written.error();
        const int done = static_cast<int>(
            m_db.queryInt(u"SELECT count(*) FROM digest_pending WHERE tid <= "_s + upTo).valueOr(0));
        if (core::Status s = m_db.exec(u"DELETE FROM digest_pending WHERE tid <= "_s + upTo); !s)
            return s.error();
        if (core::Status s = tx.value().commit(); !s)
            return s.error();
        return std::max(done, 1);
    }
    auto below = m_db.queryInt(u"SELECT coalesce((SELECT CAST(value AS INTEGER) FROM sync_cursors WHERE name = '"_s +
                               kBackfillMark + u"'), 0)");
    if (!below)
        return below.error();
    if (below.value() <= 0)
        return 0;
    const QString from = QString::number(below.value());
    // Whole milliseconds at a time: the creation time of the maxOrders-th order below the mark
    // is this batch's floor (none: the rest, and the backlog is done).
    auto floor = m_db.queryInt(u"SELECT coalesce((SELECT created_ms FROM orders WHERE created_ms < "_s + from +
                               u" ORDER BY created_ms DESC LIMIT 1 OFFSET " + QString::number(maxOrders - 1) +
                               u"), 0)");
    if (!floor)
        return floor.error();
    const bool last = floor.value() <= 0;
    const QString to = last ? u"0"_s : QString::number(floor.value());
    auto written = digestWhere(u"o.created_ms < "_s + from + (last ? QString() : u" AND o.created_ms >= "_s + to));
    if (!written)
        return written.error();
    if (core::Status s = m_db.exec(u"UPDATE sync_cursors SET value = '"_s + to + u"' WHERE name = '" + kBackfillMark +
                                   u'\'');
        !s)
        return s.error();
    if (core::Status s = tx.value().commit(); !s)
        return s.error();
    return std::max(written.value(), 1);
}

core::Result<std::int64_t> DigestBuilder::buildAll()
{
    std::int64_t total = 0;
    while (true) {
        auto done = buildBatch(20'000);
        if (!done)
            return done.error();
        if (done.value() == 0)
            return total;
        total += done.value();
    }
}

} // namespace mc::campaigns
