// How one order contributes to the per-minute rollups, and the running sum of changes a
// batch makes to them. Applying "new contribution minus old contribution" for every
// upsert keeps the rollups exact however often an order arrives again (overlapping
// windows, redelivered messages, restarts).
//
// Definitions (docs/metrics.md): an order counts from the minute it was paid. GMV is the
// line payments of orders whose status counts as a sale (paid, shipped, finished); refunds
// are line payments whose refund_status is SUCCESS, for paid orders, in the minute paid.
// Each order adds to one cell per category of its lines ("orders" there = orders that
// contain the category) and to one whole-order cell whose category is kAllCategories
// ("*"): totals come from the "*" cells only, breakdowns from the others.
#pragma once

#include "app/core/order.h"

#include <QHash>
#include <QString>

#include <cstdint>

namespace mc::core {

inline const QString kAllCategories = QStringLiteral("*");

struct RollupKey
{
    std::int64_t minuteMs = 0;
    QString channel;
    std::int64_t locationId = 0;
    QString category;
    QString province;

    friend bool operator==(const RollupKey &, const RollupKey &) = default;
};

inline size_t qHash(const RollupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.minuteMs, k.channel, k.locationId, k.category, k.province);
}

struct SkuHourKey
{
    std::int64_t hourMs = 0;
    std::int64_t skuId = 0;
    std::int64_t locationId = 0;
    friend bool operator==(const SkuHourKey &, const SkuHourKey &) = default;
};

inline size_t qHash(const SkuHourKey &k, size_t seed = 0) { return qHashMulti(seed, k.hourMs, k.skuId, k.locationId); }

struct SkuHourValues
{
    std::int64_t units = 0;
    std::int64_t gmvFen = 0;
    bool isZero() const { return units == 0 && gmvFen == 0; }
};

struct RollupValues
{
    std::int64_t orders = 0;
    std::int64_t units = 0;
    std::int64_t gmvFen = 0;
    std::int64_t refundFen = 0;

    bool isZero() const { return orders == 0 && units == 0 && gmvFen == 0 && refundFen == 0; }
};

// The minimal facts of a stored order the rollups depend on.
struct OrderFacts
{
    core::OrderStatus status = core::OrderStatus::WaitBuyerPay;
    QString channel;
    std::int64_t locationId = 0;
    std::int64_t payTimeMs = 0;
    QString province;
    struct Line
    {
        QString category;
        std::int64_t skuId = 0;
        std::int64_t num = 0;
        std::int64_t paymentFen = 0;
        bool refunded = false;
        std::int64_t oid = 0; // which line (the cache writer drops lines a new version lacks)
    };
    QList<Line> lines;
};

// Every sum is checked (app/core/checkedmath.h): add() refuses an order whose contribution
// would overflow a cell, leaving the delta as it was; merge() and total() never wrap.
class RollupDelta
{
public:
    // +1 new contribution, -1 old contribution. False, with nothing changed, when a sum would
    // not fit in 64 bits.
    [[nodiscard]] bool add(const OrderFacts &order, int sign);
    const QHash<RollupKey, RollupValues> &cells() const { return m_cells; }
    const QHash<SkuHourKey, SkuHourValues> &skuHours() const { return m_skuHours; }
    void clear()
    {
        m_cells.clear();
        m_skuHours.clear();
        m_overflowed = false;
    }
    // Adds another delta; a cell that would overflow saturates and overflowed() turns true
    // (deltas of committed batches cannot: each is a difference of two stored int64 cells).
    void merge(const RollupDelta &other);
    bool overflowed() const { return m_overflowed; }
    // Totals over all cells (for change summaries), saturating.
    RollupValues total() const;

private:
    QHash<RollupKey, RollupValues> m_cells;
    QHash<SkuHourKey, SkuHourValues> m_skuHours;
    bool m_overflowed = false;
};

inline std::int64_t minuteOf(std::int64_t ms) { return ms - ((ms % 60'000) + 60'000) % 60'000; }
inline std::int64_t hourOf(std::int64_t ms) { return ms - ((ms % 3'600'000) + 3'600'000) % 3'600'000; }

} // namespace mc::core
