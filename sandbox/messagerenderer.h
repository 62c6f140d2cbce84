// The reply of taobao.tmc.messages.consume: each handed-out message with its content rendered
// from the subject's state now (a trade, a refund with its trade, a stock level). Runs on any
// connection: the state thread only picks the messages (MessageQueue::take), a reader thread
// renders them, so the writer is not held by the rendering.
#pragma once

#include "app/storage/database.h"
#include "sandbox/apicall.h"
#include "sandbox/traderenderer.h"

#include <vector>

namespace mc::sandbox {

namespace topic {
inline constexpr QByteArrayView kTradeCreate = "taobao_trade_TradeCreate";
inline constexpr QByteArrayView kTradeBuyerPay = "taobao_trade_TradeBuyerPay";
inline constexpr QByteArrayView kTradeSellerShip = "taobao_trade_TradeSellerShip";
inline constexpr QByteArrayView kTradeSuccess = "taobao_trade_TradeSuccess";
inline constexpr QByteArrayView kTradeClose = "taobao_trade_TradeClose";
inline constexpr QByteArrayView kRefundSuccess = "taobao_refund_RefundSuccess";
inline constexpr QByteArrayView kItemStockChanged = "taobao_item_ItemStockChanged";
} // namespace topic

struct TmcMessage
{
    std::int64_t id;
    QByteArray topic;
    std::int64_t pubMs;
    std::int64_t subjectId;
    std::int64_t locationId;
    std::int64_t arg;
};

class MessageRenderer
{
public:
    static core::Result<MessageRenderer> create(storage::Database &db, QByteArray ownerAppKey);

    ApiReply render(const ApiCall &call, const std::vector<TmcMessage> &batch);

private:
    MessageRenderer(TradeRenderer renderer, storage::Statement stock, QByteArray ownerAppKey);
    core::Status renderContent(const TmcMessage &m, QByteArray &content);

    TradeRenderer m_renderer;
    storage::Statement m_stock;
    QByteArray m_ownerAppKey;
};

} // namespace mc::sandbox
