// Writes orders, their lines and their scheduled lifecycle events to sandbox.sqlite with
// prepared statements: the storage side of the simulator and the history seeder.
#pragma once

#include "sandbox/catalogsnapshot.h"
#include "sandbox/orderfactory.h"
#include "sandbox/promotiondesk.h"

#include <QVarLengthArray>

#include <memory>
#include <optional>

namespace mc::sandbox {

namespace status {
inline constexpr QByteArrayView kWaitBuyerPay = "WAIT_BUYER_PAY";
inline constexpr QByteArrayView kWaitSellerSend = "WAIT_SELLER_SEND_GOODS";
inline constexpr QByteArrayView kWaitBuyerConfirm = "WAIT_BUYER_CONFIRM_GOODS";
inline constexpr QByteArrayView kFinished = "TRADE_FINISHED";
inline constexpr QByteArrayView kClosed = "TRADE_CLOSED";
inline constexpr QByteArrayView kClosedByTaobao = "TRADE_CLOSED_BY_TAOBAO";
} // namespace status

enum class OrderEvent : int { Pay = 1, Close = 2, Ship = 3, Finish = 4, Refund = 5 };

inline constexpr std::int64_t kFirstTid = 200'000'000'000'001;

class OrderLedger
{
public:
    static core::Result<std::unique_ptr<OrderLedger>> create(storage::Database &db, const CatalogSnapshot &catalog);

    // The next unused trade id (one past the largest stored).
    core::Result<std::int64_t> nextTid();

    // refundedLine: index of a line already refunded (history), or -1. The published
    // campaigns live at createdMs take their discount first (PromotionDesk).
    core::Status insert(const NewOrder &order, QByteArrayView status, std::int64_t createdMs, std::int64_t modifiedMs,
                        std::int64_t payTimeMs, int refundedLine = -1);
    core::Status schedule(std::int64_t dueMs, std::int64_t tid, OrderEvent event, std::int64_t arg = 0);

    struct Due
    {
        std::int64_t dueMs;
        std::int64_t tid;
        OrderEvent event;
        std::int64_t arg;
    };
    // Events due at or before nowMs, oldest first, removed from the schedule.
    core::Result<std::vector<Due>> takeDue(std::int64_t nowMs, int limit);

    struct Current
    {
        QByteArray status;
        std::int64_t modifiedMs = 0;
        std::int64_t locationId = 0;
    };
    core::Result<std::optional<Current>> current(std::int64_t tid);
    core::Status setStatus(std::int64_t tid, QByteArrayView status, std::int64_t modifiedMs, std::int64_t payTimeMs);
    // Marks a line refunded and touches its order; returns how many lines are not refunded.
    core::Result<int> refundLine(std::int64_t oid, std::int64_t modifiedMs);
    struct LineStock
    {
        std::int64_t skuId;
        std::int64_t num;
    };
    core::Result<QVarLengthArray<LineStock, 4>> lineStock(std::int64_t tid);

private:
    explicit OrderLedger(const CatalogSnapshot &catalog) : m_catalog(catalog) {}

    const CatalogSnapshot &m_catalog;
    std::unique_ptr<PromotionDesk> m_promotions;
    storage::Statement m_insertOrder, m_insertLine, m_insertEvent, m_due, m_deleteEvent, m_current, m_setStatus,
        m_refund, m_touch, m_unrefunded, m_lines, m_maxTid;
};

} // namespace mc::sandbox
