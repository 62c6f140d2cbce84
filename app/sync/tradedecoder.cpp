// Field-by-field decoding of TOP trades with JsonReader, then validation.
#include "app/sync/tradedecoder.h"

#include "app/core/ordervalidation.h"
#include "app/protocol/toptime.h"
#include "app/sync/jsonreader.h"

#include <QHash>

#include <array>

namespace mc::sync {

namespace {

core::Error payloadError(const QString &message) { return core::Error{QStringLiteral("sync.payload"), message, {}}; }

// Provinces, cities, refund states and titles repeat endlessly across trades: share one
// QString per distinct value instead of allocating each time (bounded, per thread).
const QString &interned(const QByteArray &utf8)
{
    thread_local QHash<QByteArray, QString> pool;
    auto it = pool.constFind(utf8);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() > 20'000)
        pool.clear();
    return *pool.insert(utf8, QString::fromUtf8(utf8));
}

std::optional<core::OrderStatus> statusFromBytes(const QByteArray &text)
{
    using S = core::OrderStatus;
    static const std::pair<const char *, S> kNames[] = {
        {"WAIT_BUYER_PAY", S::WaitBuyerPay},           {"WAIT_SELLER_SEND_GOODS", S::WaitSellerSendGoods},
        {"WAIT_BUYER_CONFIRM_GOODS", S::WaitBuyerConfirmGoods}, {"TRADE_FINISHED", S::TradeFinished},
        {"TRADE_CLOSED", S::TradeClosed},              {"TRADE_CLOSED_BY_TAOBAO", S::TradeClosedByTaobao}};
    for (const auto &[name, status] : kNames)
        if (text == name)
            return status;
    return std::nullopt;
}

// The members we read, by position in a table: a bit each, to notice one sent twice.
template<size_t N>
int indexOf(const std::array<const char *, N> &names, const QByteArray &key)
{
    for (size_t i = 0; i < N; ++i)
        if (key == names[i])
            return static_cast<int>(i);
    return -1;
}

struct TradeKey
{
    enum { Tid, Status, Channel, StoreId, Payment, TotalFee, PostFee, Created, Modified, PayTime, BuyerNick,
           BuyerOpenUid, ReceiverState, ReceiverCity, Orders, PromotionDetails };
};
constexpr std::array<const char *, 16> kTradeKeys{"tid",      "status",     "channel",  "store_id",   "payment",
                                                  "total_fee", "post_fee",  "created",  "modified",   "pay_time",
                                                  "buyer_nick", "buyer_open_uid", "receiver_state", "receiver_city",
                                                  "orders", "promotion_details"};
struct LineKey
{
    enum { Oid, NumIid, SkuId, Num, Title, Price, Payment, RefundStatus };
};
constexpr std::array<const char *, 8> kLineKeys{"oid",   "num_iid", "sku_id",  "num",
                                                "title", "price",   "payment", "refund_status"};
constexpr std::array<const char *, 8> kLineFields{"orders.order.oid",   "orders.order.num_iid", "orders.order.sku_id",
                                                  "orders.order.num",   "orders.order.title",   "orders.order.price",
                                                  "orders.order.payment", "orders.order.refund_status"};

// Reads field values leniently, noting the first problem as a reason ("code: field detail").
struct FieldSink
{
    JsonReader &r;
    QString problem;
    QByteArray scratch;

    bool note(const char *code, const char *field, const QByteArray &detail = {})
    {
        if (problem.isEmpty()) {
            problem = QLatin1String(code) + u": " + QLatin1String(field);
            if (!detail.isEmpty())
                problem += u' ' + QString::fromUtf8(detail.left(40));
        }
        return true;
    }
    // Marks member `bit` as seen; a second time is a problem.
    void once(std::uint32_t &seen, int bit, const char *field)
    {
        if (seen & (1u << bit))
            note("duplicate-key", field);
        seen |= 1u << bit;
    }
    bool integer(std::int64_t &out, const char *field)
    {
        bool matched = false;
        if (!r.integer(out, matched))
            return false;
        return matched || note("bad-field", field, "(not an integer)");
    }
    bool string(const char *field)
    {
        bool matched = false;
        if (!r.string(scratch, matched))
            return false;
        return matched || note("bad-field", field, "(not a string)");
    }
    bool text(QString &out, const char *field)
    {
        if (!string(field))
            return false;
        out = QString::fromUtf8(scratch);
        return true;
    }
    bool shared(QString &out, const char *field)
    {
        if (!string(field))
            return false;
        out = interned(scratch);
        return true;
    }
    bool money(core::Money &out, const char *field)
    {
        if (!string(field))
            return false;
        auto m = core::Money::parse(QByteArrayView(scratch));
        if (m)
            out = m.value();
        else if (m.error().code == u"money.overflow")
            note("amount-overflow", field, scratch);
        else
            note("bad-amount", field, scratch);
        return true;
    }
    // A time; null or "" leaves out at 0, a problem when `required`.
    bool time(std::int64_t &out, const char *field, bool required)
    {
        if (r.isNull()) {
            if (required)
                note("missing-time", field);
            return true;
        }
        if (!string(field))
            return false;
        if (scratch.isEmpty()) {
            if (required)
                note("missing-time", field);
            return true;
        }
        const auto t = protocol::parseTopTime(QByteArrayView(scratch));
        if (!t)
            return note("bad-time", field, scratch);
        out = *t;
        return true;
    }
};

bool decodeLine(JsonReader &r, core::OrderLine &line, FieldSink &sink)
{
    if (!r.isAt('{')) {
        sink.note("bad-field", "orders.order", "(not an object)");
        return r.skip();
    }
    std::uint32_t seen = 0;
    const bool ok = r.object([&](const QByteArray &key) {
        const int k = indexOf(kLineKeys, key);
        if (k < 0)
            return r.skip();
        const char *field = kLineFields[static_cast<size_t>(k)];
        sink.once(seen, k, field);
        switch (k) {
        case LineKey::Oid: return sink.integer(line.oid, field);
        case LineKey::NumIid: return sink.integer(line.numIid, field);
        case LineKey::SkuId: {
            if (r.isNull())
                return true; // an item without SKUs
            bool matched = false;
            if (!r.integer(line.skuId, matched))
                return false;
            if (!matched)
                sink.note("bad-field", field, "(not an integer)");
            else if (line.skuId <= 0) // sent, so it names a SKU: ids start at 1
                sink.note("bad-id", field, QByteArray::number(line.skuId));
            return true;
        }
        case LineKey::Num: return sink.integer(line.num, field);
        case LineKey::Title: return sink.shared(line.title, field);
        case LineKey::Price: return sink.money(line.price, field);
        case LineKey::Payment: return sink.money(line.payment, field);
        case LineKey::RefundStatus: return sink.shared(line.refundStatus, field);
        }
        return r.skip();
    });
    for (int k : {LineKey::Oid, LineKey::NumIid, LineKey::Num, LineKey::Price, LineKey::Payment})
        if (!(seen & (1u << k)))
            sink.note("missing-field", kLineFields[static_cast<size_t>(k)]);
    if (line.refundStatus.isEmpty())
        line.refundStatus = QStringLiteral("NO_REFUND");
    return ok;
}

bool decodeOrders(JsonReader &r, core::Order &o, FieldSink &sink)
{
    if (!r.isAt('{')) {
        sink.note("bad-field", "orders", "(not an object)");
        return r.skip();
    }
    std::uint32_t seen = 0;
    return r.object([&](const QByteArray &inner) {
        if (inner != "order")
            return r.skip();
        sink.once(seen, 0, "orders.order");
        if (!r.isAt('[')) {
            sink.note("bad-field", "orders.order", "(not an array)");
            return r.skip();
        }
        return r.array([&] {
            core::OrderLine line;
            if (!decodeLine(r, line, sink))
                return false;
            o.lines.append(std::move(line));
            return true;
        });
    });
}

// promotion_details: {"promotion_detail": [{promotion_id, campaign_version, promotion_name,
// discount_fee}]} (docs/platform-api.md); other members (TOP's id, gift_item_name) are skipped.
constexpr std::array<const char *, 4> kPromotionKeys{"promotion_id", "campaign_version", "promotion_name",
                                                     "discount_fee"};
constexpr std::array<const char *, 4> kPromotionFields{
    "promotion_details.promotion_detail.promotion_id", "promotion_details.promotion_detail.campaign_version",
    "promotion_details.promotion_detail.promotion_name", "promotion_details.promotion_detail.discount_fee"};

bool decodePromotion(JsonReader &r, core::OrderPromotion &p, FieldSink &sink)
{
    if (!r.isAt('{')) {
        sink.note("bad-field", "promotion_details.promotion_detail", "(not an object)");
        return r.skip();
    }
    std::uint32_t seen = 0;
    const bool ok = r.object([&](const QByteArray &key) {
        const int k = indexOf(kPromotionKeys, key);
        if (k < 0)
            return r.skip();
        const char *field = kPromotionFields[static_cast<size_t>(k)];
        sink.once(seen, k, field);
        switch (k) {
        case 0: return sink.text(p.campaignId, field);
        case 1: return sink.integer(p.campaignVersion, field);
        case 2: return sink.shared(p.name, field);
        case 3: return sink.money(p.discount, field);
        }
        return r.skip();
    });
    for (int k : {0, 3})
        if (!(seen & (1u << k)))
            sink.note("missing-field", kPromotionFields[static_cast<size_t>(k)]);
    return ok;
}

bool decodePromotions(JsonReader &r, core::Order &o, FieldSink &sink)
{
    if (r.isNull())
        return true;
    if (!r.isAt('{')) {
        sink.note("bad-field", "promotion_details", "(not an object)");
        return r.skip();
    }
    std::uint32_t seen = 0;
    return r.object([&](const QByteArray &inner) {
        if (inner != "promotion_detail")
            return r.skip();
        sink.once(seen, 0, "promotion_details.promotion_detail");
        if (!r.isAt('[')) {
            sink.note("bad-field", "promotion_details.promotion_detail", "(not an array)");
            return r.skip();
        }
        return r.array([&] {
            core::OrderPromotion p;
            if (!decodePromotion(r, p, sink))
                return false;
            o.promotions.append(std::move(p));
            return true;
        });
    });
}

// The trade at the reader's position. False when the JSON is not well-formed; otherwise
// `reason` is empty for an order that may be applied, or says why it is set aside.
bool readTrade(JsonReader &r, core::Order &o, QString &reason)
{
    FieldSink sink{r, {}, {}};
    if (!r.isAt('{')) {
        sink.note("bad-field", "trade", "(not an object)");
        reason = sink.problem;
        return r.skip();
    }
    std::uint32_t seen = 0;
    const bool ok = r.object([&](const QByteArray &key) {
        const int k = indexOf(kTradeKeys, key);
        if (k < 0)
            return r.skip();
        const char *field = kTradeKeys[static_cast<size_t>(k)];
        sink.once(seen, k, field);
        switch (k) {
        case TradeKey::Tid: return sink.integer(o.tid, field);
        case TradeKey::Status: {
            if (!sink.string(field))
                return false;
            if (auto s = statusFromBytes(sink.scratch)) {
                o.status = *s;
                o.statusText.clear();
            } else if (sink.scratch.isEmpty()) {
                sink.note("bad-field", field, "(empty)");
            } else {
                o.status = core::OrderStatus::Unknown; // kept, never a sale (order.h)
                o.statusText = interned(sink.scratch);
            }
            return true;
        }
        case TradeKey::Channel: {
            if (!sink.string(field))
                return false;
            if (sink.scratch == "online")
                o.channel = core::Channel::Online;
            else if (sink.scratch == "store")
                o.channel = core::Channel::InStore;
            else
                sink.note("bad-field", field, sink.scratch);
            return true;
        }
        case TradeKey::StoreId: return r.isNull() || sink.integer(o.locationId, field);
        case TradeKey::Payment: return sink.money(o.payment, field);
        case TradeKey::TotalFee: return sink.money(o.totalFee, field);
        case TradeKey::PostFee: return sink.money(o.postFee, field);
        case TradeKey::Created: return sink.time(o.createdMs, field, true);
        case TradeKey::Modified: return sink.time(o.modifiedMs, field, true);
        case TradeKey::PayTime: return sink.time(o.payTimeMs, field, false);
        case TradeKey::BuyerNick: return sink.text(o.buyerNick, field);
        case TradeKey::BuyerOpenUid: // optional: older platforms and old sandbox orders lack it
            return r.isNull() || sink.text(o.buyerOpenUid, field);
        case TradeKey::ReceiverState: return sink.shared(o.province, field);
        case TradeKey::ReceiverCity: return sink.shared(o.city, field);
        case TradeKey::Orders: return decodeOrders(r, o, sink);
        case TradeKey::PromotionDetails: return decodePromotions(r, o, sink);
        }
        return r.skip();
    });
    if (!ok)
        return false;
    for (int k : {TradeKey::Tid, TradeKey::Status, TradeKey::Payment, TradeKey::TotalFee})
        if (!(seen & (1u << k)))
            sink.note("missing-field", kTradeKeys[static_cast<size_t>(k)]);
    for (int k : {TradeKey::Created, TradeKey::Modified})
        if (!(seen & (1u << k)))
            sink.note("missing-time", kTradeKeys[static_cast<size_t>(k)]);
    for (core::OrderLine &line : o.lines)
        line.tid = o.tid;
    reason = sink.problem.isEmpty() ? core::validateOrder(o) : sink.problem;
    return true;
}

core::Error malformed(const JsonReader &r, QByteArrayView json)
{
    return payloadError(QStringLiteral("malformed or truncated JSON (%1 bytes): %2")
                            .arg(json.size())
                            .arg(r.ok() ? QStringLiteral("trailing data") : r.error()));
}

} // namespace

core::Result<DecodedTrade> decodeTradeOrReject(QByteArrayView json)
{
    JsonReader r(json);
    DecodedTrade out;
    QString reason;
    const char *start = r.mark();
    if (!readTrade(r, out.order, reason))
        return malformed(r, json);
    const QByteArrayView text = r.since(start); // before atEnd() reads the trailing blanks
    if (!r.atEnd())
        return malformed(r, json);
    if (!reason.isEmpty())
        out.rejected = RejectedTrade{out.order.tid, out.order.modifiedMs, text.toByteArray(), reason};
    return out;
}

core::Result<core::Order> decodeTrade(QByteArrayView json)
{
    auto decoded = decodeTradeOrReject(json);
    if (!decoded)
        return decoded.error();
    if (const auto &rejected = decoded.value().rejected)
        return core::Error{QString::fromLatin1(kInvalidTradeCode), rejected->reason,
                           QStringLiteral("trade %1").arg(rejected->tid)};
    return std::move(decoded).value().order;
}

core::Result<TradePage> decodeTradePage(QByteArrayView json, QByteArrayView responseKey)
{
    JsonReader r(json);
    TradePage page;
    bool sawKey = false;
    const bool ok = r.object([&](const QByteArray &key) {
        if (key != responseKey)
            return r.skip();
        sawKey = true;
        return r.object([&](const QByteArray &field) {
            if (field == "total_results")
                return r.integer(page.totalResults);
            if (field == "has_next")
                return r.boolean(page.hasNext);
            if (field != "trades")
                return r.skip();
            return r.object([&](const QByteArray &inner) {
                if (inner != "trade")
                    return r.skip();
                return r.array([&] {
                    const char *start = r.mark();
                    core::Order order;
                    QString reason;
                    if (!readTrade(r, order, reason))
                        return false; // not well-formed: the page is broken or truncated
                    if (reason.isEmpty())
                        page.orders.append(std::move(order));
                    else // set aside alone, with its bytes as received
                        page.rejected.append({order.tid, order.modifiedMs, r.since(start).toByteArray(), reason});
                    return true;
                });
            });
        });
    });
    if (!ok || !r.atEnd())
        return malformed(r, json);
    if (!sawKey)
        return payloadError(QStringLiteral("response has no %1").arg(QString::fromLatin1(responseKey)));
    return page;
}

} // namespace mc::sync
