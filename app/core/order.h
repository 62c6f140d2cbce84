// Orders (TOP "trades") and their lines (TOP sub-"orders").
#pragma once

#include "app/core/money.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mc::core {

enum class OrderStatus {
    WaitBuyerPay,
    WaitSellerSendGoods,
    WaitBuyerConfirmGoods,
    TradeFinished,
    TradeClosed,
    TradeClosedByTaobao,
    // A status this version does not know (e.g. SELLER_CONSIGNED_PART): kept with the order
    // as the platform sent it (Order::statusText), never counted as a sale.
    Unknown,
};

enum class Channel { Online, InStore };

// TOP's status strings, e.g. "WAIT_SELLER_SEND_GOODS" (empty for Unknown: its text is the order's).
QString toWire(OrderStatus status);
std::optional<OrderStatus> orderStatusFromWire(QStringView text);
QString toWire(Channel channel);
std::optional<Channel> channelFromWire(QStringView text);

// Paid and not closed: counts towards GMV. Unknown never does.
bool countsAsSale(OrderStatus status);

struct OrderLine
{
    std::int64_t oid = 0;
    std::int64_t tid = 0;
    std::int64_t numIid = 0;
    std::int64_t skuId = 0;
    QString title;
    std::int64_t num = 0;
    Money price;
    Money payment;
    QString refundStatus; // TOP refund_status, "NO_REFUND" when none

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

// A campaign the platform applied to the order (TOP promotion_details.promotion_detail).
struct OrderPromotion
{
    QString campaignId;               // promotion_id
    std::int64_t campaignVersion = 0; // campaign_version (ext); 0 when not sent
    QString name;                     // promotion_name
    Money discount;                   // discount_fee: what the campaign took off the order

    friend bool operator==(const OrderPromotion &, const OrderPromotion &) = default;
};

struct Order
{
    std::int64_t tid = 0;
    OrderStatus status = OrderStatus::WaitBuyerPay;
    QString statusText; // the platform's text when status is Unknown, else empty
    Channel channel = Channel::Online;
    std::int64_t locationId = 0; // fulfilling location: the warehouse or the store
    QString buyerNick;           // masked ("糖***豆"): many buyers share one
    QString buyerOpenUid;        // TOP buyer_open_uid: one stable id per buyer; empty when not sent
    Money payment;
    Money totalFee;
    Money postFee;
    std::int64_t createdMs = 0;
    std::int64_t modifiedMs = 0;
    std::int64_t payTimeMs = 0; // 0 when unpaid
    QString province;           // TOP receiver_state
    QString city;
    QList<OrderLine> lines;
    QList<OrderPromotion> promotions; // empty when no campaign applied

    // The status as the platform spells it, Unknown ones included.
    QString wireStatus() const { return status == OrderStatus::Unknown ? statusText : toWire(status); }

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace mc::core
