// Rollup contributions of orders.
#include "app/sync/rollupdelta.h"

#include <QSet>

namespace mc::sync {

void RollupDelta::add(const OrderFacts &order, int sign)
{
    if (order.payTimeMs <= 0)
        return; // never paid: no sale, no refund
    const bool sale = core::countsAsSale(order.status);
    const std::int64_t minute = minuteOf(order.payTimeMs);
    RollupValues &whole = m_cells[RollupKey{minute, order.channel, order.locationId, kAllCategories, order.province}];
    if (sale)
        whole.orders += sign;
    QSet<QString> countedCategories;
    for (const OrderFacts::Line &line : order.lines) {
        RollupValues &cell = m_cells[RollupKey{minute, order.channel, order.locationId, line.category, order.province}];
        for (RollupValues *v : {&whole, &cell}) {
            if (sale) {
                v->units += sign * line.num;
                v->gmvFen += sign * line.paymentFen;
            }
            if (line.refunded)
                v->refundFen += sign * line.paymentFen;
        }
        if (sale) {
            SkuHourValues &sku = m_skuHours[SkuHourKey{hourOf(order.payTimeMs), line.skuId, order.locationId}];
            sku.units += sign * line.num;
            sku.gmvFen += sign * line.paymentFen;
        }
        if (sale && !countedCategories.contains(line.category)) {
            countedCategories.insert(line.category);
            cell.orders += sign;
        }
    }
}

void RollupDelta::merge(const RollupDelta &other)
{
    for (auto it = other.m_cells.cbegin(); it != other.m_cells.cend(); ++it) {
        RollupValues &cell = m_cells[it.key()];
        cell.orders += it->orders;
        cell.units += it->units;
        cell.gmvFen += it->gmvFen;
        cell.refundFen += it->refundFen;
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
        t.orders += it->orders;
        t.units += it->units;
        t.gmvFen += it->gmvFen;
        t.refundFen += it->refundFen;
    }
    return t;
}

} // namespace mc::sync
