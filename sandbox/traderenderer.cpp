// Trade JSON: the field set of docs/platform-api.md "Trade".
#include "sandbox/traderenderer.h"

#include "sandbox/rows.h"

namespace mc::sandbox {

TradeRenderer::TradeRenderer(storage::Statement lines, storage::Statement byTid, storage::Statement promotions)
    : m_lines(std::move(lines)), m_byTid(std::move(byTid)), m_promotions(std::move(promotions))
{}

core::Result<TradeRenderer> TradeRenderer::create(storage::Database &db)
{
    auto lines = db.prepare(u"SELECT oid, num_iid, sku_id, outer_sku_id, title, num, price_fen, payment_fen, "
                            u"refund_status FROM order_lines WHERE oid BETWEEN ?1 AND ?2 ORDER BY oid");
    if (!lines)
        return lines.error();
    auto byTid = db.prepare(QString(u"SELECT " + kColumns + u" FROM orders WHERE tid = ?1"));
    if (!byTid)
        return byTid.error();
    auto promotions = db.prepare(u"SELECT campaign_id, campaign_version, name, discount_fen FROM order_promotions "
                                 u"WHERE tid = ?1 ORDER BY campaign_id");
    if (!promotions)
        return promotions.error();
    return TradeRenderer(std::move(lines).value(), std::move(byTid).value(), std::move(promotions).value());
}

core::Status TradeRenderer::writeRow(const storage::Statement &row, JsonWriter &w)
{
    const std::int64_t tid = row.int64(0);
    const std::int64_t payTime = row.int64(10);
    w.beginObject();
    w.field("tid", tid);
    w.field("status", row.blob(1));
    w.moneyField("payment", row.int64(5));
    w.moneyField("total_fee", row.int64(6));
    w.moneyField("post_fee", row.int64(7));
    w.timeField("created", row.int64(8));
    w.timeField("modified", row.int64(9));
    if (payTime > 0)
        w.timeField("pay_time", payTime);
    w.field("type", "fixed");
    w.field("buyer_nick", row.blob(4));
    w.field("buyer_open_uid", row.blob(13));
    w.field("receiver_state", row.blob(11));
    w.field("receiver_city", row.blob(12));
    w.field("channel", row.blob(2));
    w.field("store_id", row.int64(3));
    w.key("orders").beginObject().key("order").beginArray();
    m_lines.bind(1, tid * 10).bind(2, tid * 10 + 9);
    const core::Status lines = forEachRow(m_lines, [&](storage::Statement &l) {
        w.beginObject()
            .field("oid", l.int64(0))
            .field("num_iid", l.int64(1))
            .field("sku_id", l.int64(2))
            .field("outer_sku_id", l.blob(3))
            .field("title", l.blob(4))
            .field("num", l.int64(5))
            .moneyField("price", l.int64(6))
            .moneyField("payment", l.int64(7))
            .field("refund_status", l.blob(8))
            .endObject();
    });
    if (!lines)
        return lines;
    w.endArray().endObject();
    if (core::Status s = writePromotions(tid, w); !s)
        return s;
    w.endObject();
    return {};
}

// TOP's promotion_details, only on trades a campaign applied to: `id` is the trade,
// `promotion_id` the campaign, `campaign_version` (ext) the version that applied.
core::Status TradeRenderer::writePromotions(std::int64_t tid, JsonWriter &w)
{
    bool any = false;
    const core::Status listed = forEachRow(m_promotions.bind(1, tid), [&](storage::Statement &p) {
        if (!std::exchange(any, true))
            w.key("promotion_details").beginObject().key("promotion_detail").beginArray();
        w.beginObject()
            .field("id", tid)
            .field("promotion_id", p.blob(0))
            .field("campaign_version", p.int64(1))
            .field("promotion_name", p.blob(2))
            .moneyField("discount_fee", p.int64(3))
            .endObject();
    });
    if (listed && any)
        w.endArray().endObject();
    return listed;
}

core::Result<bool> TradeRenderer::writeByTid(std::int64_t tid, JsonWriter &w, std::int64_t *locationId)
{
    core::Status written;
    auto found = firstRow(m_byTid.bind(1, tid), [&](storage::Statement &row) {
        if (locationId)
            *locationId = row.int64(kLocationColumn);
        written = writeRow(row, w);
    });
    if (!found)
        return found.error();
    if (!written)
        return written.error();
    return found.value();
}

} // namespace mc::sandbox
