// Rendering consume replies (moved out of MessageQueue so a reader thread can do it).
#include "sandbox/messagerenderer.h"

#include "sandbox/envelope.h"
#include "sandbox/rows.h"

namespace mc::sandbox {

namespace {
constexpr std::int64_t kSellerUserId = 2'200'000'111'111;
constexpr QByteArrayView kSellerNick = "悦选美妆母婴旗舰店";
} // namespace

MessageRenderer::MessageRenderer(TradeRenderer renderer, storage::Statement stock, QByteArray ownerAppKey)
    : m_renderer(std::move(renderer)), m_stock(std::move(stock)), m_ownerAppKey(std::move(ownerAppKey))
{}

core::Result<MessageRenderer> MessageRenderer::create(storage::Database &db, QByteArray ownerAppKey)
{
    auto renderer = TradeRenderer::create(db);
    if (!renderer)
        return renderer.error();
    auto stock = db.prepare(u"SELECT l.quantity, l.modified_ms, s.num_iid FROM stock_levels l "
                            u"JOIN skus s ON s.sku_id = l.sku_id WHERE l.location_id = ?1 AND l.sku_id = ?2");
    if (!stock)
        return stock.error();
    return MessageRenderer(std::move(renderer).value(), std::move(stock).value(), std::move(ownerAppKey));
}

core::Status MessageRenderer::renderContent(const TmcMessage &m, QByteArray &content)
{
    content.clear();
    JsonWriter w(content);
    if (m.topic == topic::kItemStockChanged) {
        w.beginObject().field("sku_id", m.subjectId).field("location_id", m.locationId);
        auto found = firstRow(m_stock.bind(1, m.locationId).bind(2, m.subjectId), [&](storage::Statement &s) {
            w.field("num_iid", s.int64(2)).field("quantity", s.int64(0)).timeField("modified", s.int64(1));
        });
        w.endObject().finish();
        return found ? core::Status() : core::Status(found.error());
    }
    const bool refund = m.topic == topic::kRefundSuccess;
    if (refund)
        w.beginObject().field("tid", m.subjectId).field("oid", m.arg).field("refund_status", "SUCCESS").key("trade");
    auto found = m_renderer.writeByTid(m.subjectId, w);
    if (!found)
        return found.error();
    if (!found.value()) // the order is gone (cannot happen today; keep the message readable)
        refund ? w.null() : w.beginObject().field("tid", m.subjectId).endObject();
    if (refund)
        w.endObject();
    w.finish();
    return {};
}

ApiReply MessageRenderer::render(const ApiCall &call, const std::vector<TmcMessage> &batch)
{
    SuccessEnvelope envelope(call.method, call.requestId, 2048 * static_cast<qsizetype>(batch.size() + 1));
    JsonWriter &w = envelope.writer();
    w.key("messages").beginObject().key("tmc_message").beginArray();
    QByteArray content;
    for (const TmcMessage &m : batch) {
        if (!renderContent(m, content))
            return storageFailure(call);
        w.beginObject()
            .field("id", m.id)
            .field("topic", m.topic)
            .timeField("pub_time", m.pubMs)
            .field("pub_ms", m.pubMs) // extension: millisecond precision, for latency measurements
            .timeField("outgoing_time", call.nowMs)
            .field("user_id", kSellerUserId)
            .field("user_nick", kSellerNick)
            .field("pub_app_key", m_ownerAppKey)
            .field("content", content)
            .endObject();
    }
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
