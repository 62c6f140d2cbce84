// Rendering a decoded order back to JSON for the quarantine.
#include "app/sync/rejectedtrade.h"

#include "app/protocol/toptime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mc::sync {

RejectedTrade rejectDecoded(const core::Order &o, QString reason)
{
    QJsonArray lines;
    for (const core::OrderLine &l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("oid"), qint64(l.oid)},
                                 {QStringLiteral("num_iid"), qint64(l.numIid)},
                                 {QStringLiteral("sku_id"), qint64(l.skuId)},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("num"), qint64(l.num)},
                                 {QStringLiteral("price"), l.price.toDecimalString()},
                                 {QStringLiteral("payment"), l.payment.toDecimalString()},
                                 {QStringLiteral("refund_status"), l.refundStatus}});
    auto time = [](std::int64_t ms) {
        return ms > 0 ? QJsonValue(QString::fromLatin1(protocol::formatTopTime(ms))) : QJsonValue();
    };
    const QJsonObject trade{{QStringLiteral("tid"), qint64(o.tid)},
                            {QStringLiteral("status"), o.wireStatus()},
                            {QStringLiteral("payment"), o.payment.toDecimalString()},
                            {QStringLiteral("total_fee"), o.totalFee.toDecimalString()},
                            {QStringLiteral("post_fee"), o.postFee.toDecimalString()},
                            {QStringLiteral("created"), time(o.createdMs)},
                            {QStringLiteral("modified"), time(o.modifiedMs)},
                            {QStringLiteral("pay_time"), time(o.payTimeMs)},
                            {QStringLiteral("buyer_nick"), o.buyerNick},
                            {QStringLiteral("buyer_open_uid"), o.buyerOpenUid},
                            {QStringLiteral("receiver_state"), o.province},
                            {QStringLiteral("receiver_city"), o.city},
                            {QStringLiteral("channel"), core::toWire(o.channel)},
                            {QStringLiteral("store_id"), qint64(o.locationId)},
                            {QStringLiteral("orders"), QJsonObject{{QStringLiteral("order"), lines}}}};
    return RejectedTrade{o.tid, o.modifiedMs, QJsonDocument(trade).toJson(QJsonDocument::Compact), std::move(reason)};
}

} // namespace mc::sync
