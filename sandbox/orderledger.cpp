// Order storage statements.
#include "sandbox/orderledger.h"

#include "sandbox/rows.h"

namespace mc::sandbox {

core::Result<std::unique_ptr<OrderLedger>> OrderLedger::create(storage::Database &db, const CatalogSnapshot &catalog)
{
    std::unique_ptr<OrderLedger> ledger(new OrderLedger(catalog));
    const std::pair<storage::Statement *, QStringView> all[] = {
        {&ledger->m_insertOrder,
         u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, total_fee_fen, "
         u"post_fee_fen, created_ms, modified_ms, pay_time_ms, province, city, buyer_open_uid) "
         u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
        {&ledger->m_insertLine,
         u"INSERT INTO order_lines (oid, tid, num_iid, sku_id, outer_sku_id, title, num, price_fen, payment_fen, "
         u"refund_status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&ledger->m_insertEvent,
         u"INSERT OR IGNORE INTO order_events (due_ms, tid, kind, arg) VALUES (?1, ?2, ?3, ?4)"},
        {&ledger->m_due,
         u"SELECT due_ms, tid, kind, arg FROM order_events WHERE due_ms <= ?1 ORDER BY due_ms LIMIT ?2"},
        {&ledger->m_deleteEvent, u"DELETE FROM order_events WHERE due_ms = ?1 AND tid = ?2 AND kind = ?3"},
        {&ledger->m_current, u"SELECT status, modified_ms, location_id FROM orders WHERE tid = ?1"},
        {&ledger->m_setStatus,
         u"UPDATE orders SET status = ?2, modified_ms = ?3, pay_time_ms = max(pay_time_ms, ?4) WHERE tid = ?1"},
        {&ledger->m_refund,
         u"UPDATE order_lines SET refund_status = 'SUCCESS' WHERE oid = ?1 AND refund_status <> 'SUCCESS'"},
        {&ledger->m_touch, u"UPDATE orders SET modified_ms = max(?2, modified_ms + 1000) WHERE tid = ?1"},
        {&ledger->m_unrefunded,
         u"SELECT count(*) FROM order_lines WHERE oid BETWEEN ?1 AND ?2 AND refund_status <> 'SUCCESS'"},
        {&ledger->m_lines, u"SELECT sku_id, num FROM order_lines WHERE oid BETWEEN ?1 AND ?2"},
        {&ledger->m_maxTid, u"SELECT max(tid) FROM orders"},
    };
    for (const auto &[target, sql] : all) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        *target = std::move(stmt).value();
    }
    auto promotions = PromotionDesk::create(db, catalog);
    if (!promotions)
        return promotions.error();
    ledger->m_promotions = std::move(promotions).value();
    return ledger;
}

core::Result<std::int64_t> OrderLedger::nextTid()
{
    std::int64_t max = 0;
    if (auto found = firstRow(m_maxTid, [&](storage::Statement &s) { max = s.int64(0); }); !found)
        return found.error();
    return std::max(max + 1, kFirstTid);
}

core::Status OrderLedger::insert(const NewOrder &given, QByteArrayView status, std::int64_t createdMs,
                                 std::int64_t modifiedMs, std::int64_t payTimeMs, int refundedLine)
{
    NewOrder discounted = given;
    auto applied = m_promotions->apply(discounted, createdMs);
    if (!applied)
        return applied.error();
    const NewOrder &order = applied.value().isEmpty() ? given : discounted;
    static const QByteArray kOnline("online");
    static const QByteArray kStore("store");
    static const QByteArray kNoRefund("NO_REFUND");
    static const QByteArray kSuccess("SUCCESS");
    auto &o = m_insertOrder;
    o.bind(1, order.tid).bindText(2, status.toByteArray()).bindText(3, order.inStore ? kStore : kOnline);
    o.bind(4, order.locationId).bindText(5, order.buyerNick).bind(6, order.paymentFen).bind(7, order.totalFeeFen);
    o.bind(8, order.postFeeFen).bind(9, createdMs).bind(10, modifiedMs).bind(11, payTimeMs);
    o.bindText(12, order.province).bindText(13, order.city).bindText(14, order.buyerOpenUid);
    if (core::Status s = o.run(); !s)
        return s;
    const auto &skus = m_catalog.skus();
    for (int i = 0; i < order.lines.size(); ++i) {
        const NewLine &line = order.lines[i];
        const SkuEntry &sku = skus[static_cast<std::size_t>(line.skuIndex)];
        auto &l = m_insertLine;
        l.bind(1, order.tid * 10 + i + 1).bind(2, order.tid).bind(3, sku.numIid).bind(4, sku.skuId);
        l.bindText(5, sku.outerId).bindText(6, sku.title).bind(7, line.num).bind(8, sku.priceFen);
        l.bind(9, line.paymentFen).bindText(10, i == refundedLine ? kSuccess : kNoRefund);
        if (core::Status s = l.run(); !s)
            return s;
    }
    return m_promotions->record(order.tid, applied.value());
}

core::Status OrderLedger::schedule(std::int64_t dueMs, std::int64_t tid, OrderEvent event, std::int64_t arg)
{
    m_insertEvent.bind(1, dueMs).bind(2, tid).bind(3, static_cast<int>(event)).bind(4, arg);
    return m_insertEvent.run();
}

core::Result<std::vector<OrderLedger::Due>> OrderLedger::takeDue(std::int64_t nowMs, int limit)
{
    std::vector<Due> due;
    const core::Status listed = forEachRow(m_due.bind(1, nowMs).bind(2, limit), [&](storage::Statement &s) {
        due.push_back({s.int64(0), s.int64(1), static_cast<OrderEvent>(s.int64(2)), s.int64(3)});
    });
    if (!listed)
        return listed.error();
    for (const Due &d : due) {
        m_deleteEvent.bind(1, d.dueMs).bind(2, d.tid).bind(3, static_cast<int>(d.event));
        if (core::Status s = m_deleteEvent.run(); !s)
            return s.error();
    }
    return due;
}

core::Result<std::optional<OrderLedger::Current>> OrderLedger::current(std::int64_t tid)
{
    std::optional<Current> out;
    auto found = firstRow(m_current.bind(1, tid), [&](storage::Statement &s) {
        out = Current{s.blob(0), s.int64(1), s.int64(2)};
    });
    if (!found)
        return found.error();
    return out;
}

core::Status OrderLedger::setStatus(std::int64_t tid, QByteArrayView status, std::int64_t modifiedMs,
                                    std::int64_t payTimeMs)
{
    m_setStatus.bind(1, tid).bindText(2, status.toByteArray()).bind(3, modifiedMs).bind(4, payTimeMs);
    return m_setStatus.run();
}

core::Result<int> OrderLedger::refundLine(std::int64_t oid, std::int64_t modifiedMs)
{
    const std::int64_t tid = oid / 10;
    if (core::Status s = m_refund.bind(1, oid).run(); !s)
        return s.error();
    if (core::Status s = m_touch.bind(1, tid).bind(2, modifiedMs).run(); !s)
        return s.error();
    int left = 0;
    auto counted = firstRow(m_unrefunded.bind(1, tid * 10).bind(2, tid * 10 + 9),
                            [&](storage::Statement &s) { left = static_cast<int>(s.int64(0)); });
    if (!counted)
        return counted.error();
    return left;
}

core::Result<QVarLengthArray<OrderLedger::LineStock, 4>> OrderLedger::lineStock(std::int64_t tid)
{
    QVarLengthArray<LineStock, 4> out;
    const core::Status listed = forEachRow(m_lines.bind(1, tid * 10).bind(2, tid * 10 + 9), [&](storage::Statement &s) {
        out.append({s.int64(0), s.int64(1)});
    });
    if (!listed)
        return listed.error();
    return out;
}

} // namespace mc::sandbox
