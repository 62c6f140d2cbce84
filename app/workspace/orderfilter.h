// What the Orders workspace asks for and gets back: a filter over the cached orders, one
// row of the list, and the detail of one order. Value types, safe to pass between threads.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mc::workspace {

struct OrderFilter
{
    std::int64_t fromMs = 0;          // created at or after (UTC ms); 0: no lower bound
    std::int64_t toMs = 0;            // created before; 0: no upper bound
    QStringList statuses;             // TOP statuses (WAIT_SELLER_SEND_GOODS, ...); empty: any
    QString channel;                  // "online", "store"; empty: both
    std::int64_t locationId = -1;     // -1: any location
    QString province;                 // empty: any
    std::optional<std::int64_t> minFen; // payment at least
    std::optional<std::int64_t> maxFen; // payment at most
    // An order id (digits), or a substring of the buyer's nick or of a product title.
    QString search;

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

// Position in the list's order (newest first): created_ms descending, then tid descending.
struct OrderKey
{
    std::int64_t createdMs = 0;
    std::int64_t tid = 0;
    friend bool operator==(const OrderKey &, const OrderKey &) = default;
};

struct OrderRow
{
    std::int64_t tid = 0;
    std::int64_t createdMs = 0;
    QString buyerNick;
    QString channel;
    std::int64_t locationId = 0;
    QString province;
    QString status;
    std::int64_t paymentFen = 0;
    int items = 0;                    // units over all lines
    QString firstTitle;               // the first line's product title
    OrderKey key() const { return {createdMs, tid}; }
};

struct OrderLine
{
    std::int64_t oid = 0;
    std::int64_t numIid = 0;
    std::int64_t skuId = 0;
    QString title;
    int num = 0;
    std::int64_t priceFen = 0;
    std::int64_t paymentFen = 0;
    QString refundStatus;
};

struct OrderDetail
{
    OrderRow order;
    QString city;
    std::int64_t totalFeeFen = 0;
    std::int64_t postFeeFen = 0;
    std::int64_t modifiedMs = 0;
    std::int64_t payTimeMs = 0;
    QList<OrderLine> lines;
};

// How far the search index has come (built in the background after the cache is migrated).
struct SearchIndexState
{
    std::int64_t indexed = 0;
    std::int64_t remaining = 0;
    bool complete() const { return remaining == 0; }
};

} // namespace mc::workspace

Q_DECLARE_METATYPE(mc::workspace::OrderFilter)
Q_DECLARE_METATYPE(mc::workspace::OrderRow)
Q_DECLARE_METATYPE(QList<mc::workspace::OrderRow>)
Q_DECLARE_METATYPE(mc::workspace::OrderDetail)
Q_DECLARE_METATYPE(mc::workspace::SearchIndexState)
