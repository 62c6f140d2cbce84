// Field-by-field decoding of TOP trades with JsonReader.
#include "app/sync/tradedecoder.h"

#include "app/protocol/toptime.h"
#include "app/sync/jsonreader.h"

#include <QHash>

#include <optional>

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

// Reads one field value into its slot, noting the first problem.
struct FieldSink
{
    JsonReader &r;
    QString problem;
    QByteArray scratch;

    // Records a problem with a value that has already been read.
    bool note(const char *field, const char *why)
    {
        if (problem.isEmpty())
            problem = QLatin1String(field) + u' ' + QLatin1String(why);
        return true;
    }
    bool shared(QString &out)
    {
        if (!r.string(scratch))
            return false;
        out = interned(scratch);
        return true;
    }
    bool money(core::Money &out, const char *field)
    {
        if (!r.string(scratch))
            return false;
        auto m = core::Money::parse(QByteArrayView(scratch));
        if (!m)
            return note(field, "is not a decimal amount");
        out = m.value();
        return true;
    }
    bool time(std::int64_t &out, const char *field)
    {
        if (r.isNull())
            return true;
        if (!r.string(scratch))
            return false;
        if (scratch.isEmpty())
            return true;
        const auto t = protocol::parseTopTime(QByteArrayView(scratch));
        if (!t)
            return note(field, "is not a platform time");
        out = *t;
        return true;
    }
};

bool decodeLine(JsonReader &r, core::OrderLine &line, FieldSink &sink)
{
    bool haveOid = false, haveNumIid = false, haveNum = false, havePrice = false, havePayment = false;
    const bool ok = r.object([&](const QByteArray &key) {
        if (key == "oid")
            return haveOid = r.integer(line.oid);
        if (key == "num_iid")
            return haveNumIid = r.integer(line.numIid);
        if (key == "sku_id")
            return r.isNull() || r.integer(line.skuId);
        if (key == "num")
            return haveNum = r.integer(line.num);
        if (key == "title")
            return sink.shared(line.title);
        if (key == "price")
            return havePrice = sink.money(line.price, "orders.order.price");
        if (key == "payment")
            return havePayment = sink.money(line.payment, "orders.order.payment");
        if (key == "refund_status")
            return sink.shared(line.refundStatus);
        return r.skip();
    });
    if (ok && !(haveOid && haveNumIid && haveNum && havePrice && havePayment) && sink.problem.isEmpty())
        sink.problem = QStringLiteral("an order line lacks oid, num_iid, num, price or payment");
    if (line.refundStatus.isEmpty())
        line.refundStatus = QStringLiteral("NO_REFUND");
    return ok;
}

} // namespace

core::Result<core::Order> decodeTrade(JsonReader &r)
{
    core::Order o;
    FieldSink sink{r, {}, {}};
    bool haveTid = false, haveStatus = false, havePayment = false, haveTotal = false, haveCreated = false,
         haveModified = false;
    QByteArray text;
    const bool ok = r.object([&](const QByteArray &key) {
        if (key == "tid")
            return haveTid = r.integer(o.tid);
        if (key == "status") {
            if (!r.string(text))
                return false;
            if (auto s = statusFromBytes(text))
                o.status = *s;
            else
                sink.note("status", "is unknown");
            return haveStatus = true;
        }
        if (key == "channel") {
            if (!r.string(text))
                return false;
            if (text == "online")
                o.channel = core::Channel::Online;
            else if (text == "store")
                o.channel = core::Channel::InStore;
            else
                sink.note("channel", "is unknown");
            return true;
        }
        if (key == "store_id")
            return r.isNull() || r.integer(o.locationId);
        if (key == "payment")
            return havePayment = sink.money(o.payment, "payment");
        if (key == "total_fee")
            return haveTotal = sink.money(o.totalFee, "total_fee");
        if (key == "post_fee")
            return sink.money(o.postFee, "post_fee");
        if (key == "created")
            return haveCreated = sink.time(o.createdMs, "created");
        if (key == "modified")
            return haveModified = sink.time(o.modifiedMs, "modified");
        if (key == "pay_time")
            return sink.time(o.payTimeMs, "pay_time");
        if (key == "buyer_nick")
            return r.text(o.buyerNick);
        if (key == "buyer_open_uid") // optional: older platforms and old sandbox orders lack it
            return r.isNull() || r.text(o.buyerOpenUid);
        if (key == "receiver_state")
            return sink.shared(o.province);
        if (key == "receiver_city")
            return sink.shared(o.city);
        if (key == "orders")
            return r.object([&](const QByteArray &inner) {
                if (inner != "order")
                    return r.skip();
                return r.array([&] {
                    core::OrderLine line;
                    if (!decodeLine(r, line, sink))
                        return false;
                    line.tid = o.tid;
                    o.lines.append(std::move(line));
                    return true;
                });
            });
        return r.skip();
    });
    if (!ok)
        return payloadError(QStringLiteral("malformed trade: %1").arg(r.error()));
    if (!(haveTid && haveStatus && havePayment && haveTotal && haveCreated && haveModified) && sink.problem.isEmpty())
        sink.problem = QStringLiteral("lacks tid, status, payment, total_fee, created or modified");
    if (!sink.problem.isEmpty())
        return payloadError(QStringLiteral("malformed trade %1: %2").arg(o.tid).arg(sink.problem));
    for (core::OrderLine &line : o.lines)
        line.tid = o.tid;
    return o;
}

core::Result<core::Order> decodeTrade(QByteArrayView json)
{
    JsonReader r(json);
    auto order = decodeTrade(r);
    if (order && !r.atEnd())
        return payloadError(QStringLiteral("trailing data after a trade"));
    return order;
}

core::Result<TradePage> decodeTradePage(QByteArrayView json, QByteArrayView responseKey)
{
    JsonReader r(json);
    TradePage page;
    bool sawKey = false;
    std::optional<core::Error> tradeError;
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
                    auto order = decodeTrade(r);
                    if (!order) {
                        if (!tradeError)
                            tradeError = order.error();
                        return r.ok(); // keep reading to tell a bad trade from a truncated page
                    }
                    page.orders.append(std::move(order).value());
                    return true;
                });
            });
        });
    });
    if (!ok || !r.atEnd())
        return payloadError(QStringLiteral("malformed or truncated page (%1 bytes): %2")
                                .arg(json.size())
                                .arg(r.ok() ? QStringLiteral("trailing data") : r.error()));
    if (tradeError)
        return *tradeError;
    if (!sawKey)
        return payloadError(QStringLiteral("response has no %1").arg(QString::fromLatin1(responseKey)));
    return page;
}

} // namespace mc::sync
