// Wire names of order enums.
#include "app/core/order.h"

#include <array>
#include <utility>

namespace mc::core {

namespace {
constexpr std::array<std::pair<OrderStatus, const char16_t *>, 6> kStatusNames{{
    {OrderStatus::WaitBuyerPay, u"WAIT_BUYER_PAY"},
    {OrderStatus::WaitSellerSendGoods, u"WAIT_SELLER_SEND_GOODS"},
    {OrderStatus::WaitBuyerConfirmGoods, u"WAIT_BUYER_CONFIRM_GOODS"},
    {OrderStatus::TradeFinished, u"TRADE_FINISHED"},
    {OrderStatus::TradeClosed, u"TRADE_CLOSED"},
    {OrderStatus::TradeClosedByTaobao, u"TRADE_CLOSED_BY_TAOBAO"},
}};
} // namespace

QString toWire(OrderStatus status)
{
    // Static strings: no allocation per call (this runs once per ingested order).
    static const QString kWire[] = {QStringLiteral("WAIT_BUYER_PAY"), QStringLiteral("WAIT_SELLER_SEND_GOODS"),
                                    QStringLiteral("WAIT_BUYER_CONFIRM_GOODS"), QStringLiteral("TRADE_FINISHED"),
                                    QStringLiteral("TRADE_CLOSED"), QStringLiteral("TRADE_CLOSED_BY_TAOBAO")};
    const auto index = static_cast<size_t>(status);
    return index < std::size(kWire) ? kWire[index] : QString();
}

std::optional<OrderStatus> orderStatusFromWire(QStringView text)
{
    for (const auto &[value, name] : kStatusNames)
        if (text == QStringView(name))
            return value;
    return std::nullopt;
}

QString toWire(Channel channel) { return channel == Channel::InStore ? QStringLiteral("store") : QStringLiteral("online"); }

std::optional<Channel> channelFromWire(QStringView text)
{
    if (text == u"online")
        return Channel::Online;
    if (text == u"store")
        return Channel::InStore;
    return std::nullopt;
}

bool countsAsSale(OrderStatus status)
{
    return status == OrderStatus::WaitSellerSendGoods || status == OrderStatus::WaitBuyerConfirmGoods ||
           status == OrderStatus::TradeFinished;
}

} // namespace mc::core
