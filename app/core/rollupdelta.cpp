// Rollup contributions of orders.
#include "app/core/rollupdelta.h"

#include <QVarLengthArray>

#include <algorithm>

namespace mc::core {

namespace {
void addTo(RollupValues &cell, const RollupValues &v)
{
    cell.orders += v.orders;
    cell.units += v.units;
    cell.gmvFen += v.gmvFen;
    cell.refundFen += v.refundFen;
}
} // namespace

void RollupDelta::add(const OrderFacts &order, int sign)
{
    if (order.payTimeMs <= 0)
        return; // never paid: no sale, no refund
    const bool sale = core::countsAsSale(order.status);
    const std::int64_t minute = minuteOf(order.payTimeMs);
    // Accumulate locally: a reference into a QHash dies when another key is inserted.
    RollupValues whole;
    whole.orders = sale ? sign : 0;
    QVarLengthArray<const QString *, 8> countedCategories; // an order has a handful of lines
    for (const OrderFacts::Line &line : order.lines) {
        RollupValues share;
        if (sale) {
            share.units = sign * line.num;
            share.gmvFen = sign * line.paymentFen;
            const bool counted = std::any_of(countedCategories.cbegin(), countedCategories.cend(),
                                             [&](const QString *c) { return *c == line.category; });
            if (!counted) {
                countedCategories.append(&line.category);
                share.orders = sign;
            }
            SkuHourValues &sku = m_skuHours[SkuHourKey{hourOf(order.payTimeMs), line.skuId, order.locationId}];
            sku.units += share.units;
            sku.gmvFen += share.gmvFen;
        }
        if (line.refunded)
            share.refundFen = sign * line.paymentFen;
        whole.units += share.units;
        whole.gmvFen += share.gmvFen;
        whole.refundFen += share.refundFen;
        addTo(m_cells[RollupKey{minute, order.channel, order.locationId, line.category, order.province}], share);
    }
    addTo(m_cells[RollupKey{minute, order.channel, order.locationId, kAllCategories, order.province}], whole);
}

void RollupDelta::merge(const RollupDelta &other)
{
    for (auto it = other.m_cells.cbegin(); it != other.m_cells.cend(); ++it) {
        addTo(m_cells[it.key()], *it);
    }
    for (auto it = other.m_skuHours.cbegin(); it != other.m_skuHours.cend(); ++it) {
        SkuHourValues &cell = m_skuHours[it.key()];
        cell.units += it->units;
        cell.gmvFen += it->gmvFen;
    }
}

RollupValues RollupDelta::total() const
{
    RollupValues t;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (it.key().category != kAllCategories)
            continue;
        addTo(t, *it);
    }
    return t;
}

} // namespace mc::core
