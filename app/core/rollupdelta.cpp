// Rollup contributions of orders, with checked sums.
#include "app/core/rollupdelta.h"

#include "app/core/checkedmath.h"

#include <QVarLengthArray>

#include <algorithm>
#include <type_traits>

namespace mc::core {

namespace {

// a + b for every field; false (out untouched) when one does not fit.
bool checkedSum(const RollupValues &a, const RollupValues &b, RollupValues &out)
{
    RollupValues r;
    if (!checkedAdd(a.orders, b.orders, r.orders) || !checkedAdd(a.units, b.units, r.units) ||
        !checkedAdd(a.gmvFen, b.gmvFen, r.gmvFen) || !checkedAdd(a.refundFen, b.refundFen, r.refundFen))
        return false;
    out = r;
    return true;
}

bool checkedSum(const SkuHourValues &a, const SkuHourValues &b, SkuHourValues &out)
{
    SkuHourValues r;
    if (!checkedAdd(a.units, b.units, r.units) || !checkedAdd(a.gmvFen, b.gmvFen, r.gmvFen))
        return false;
    out = r;
    return true;
}

template<typename Values>
void saturatingAddTo(Values &cell, const Values &v, bool &overflowed)
{
    if (checkedSum(cell, v, cell))
        return;
    overflowed = true;
    if constexpr (std::is_same_v<Values, RollupValues>) {
        cell.orders = saturatingAdd(cell.orders, v.orders);
        cell.refundFen = saturatingAdd(cell.refundFen, v.refundFen);
    }
    cell.units = saturatingAdd(cell.units, v.units);
    cell.gmvFen = saturatingAdd(cell.gmvFen, v.gmvFen);
}

} // namespace

bool RollupDelta::add(const OrderFacts &order, int sign)
{
    if (order.payTimeMs <= 0)
        return true; // never paid: no sale, no refund
    const bool sale = core::countsAsSale(order.status);
    const std::int64_t minute = minuteOf(order.payTimeMs);
    // First the order's own contribution, cell by cell (an order has a handful of lines),
    // then check that every target cell can take it, then apply: all or nothing.
    QVarLengthArray<std::pair<RollupKey, RollupValues>, 8> cells;
    QVarLengthArray<std::pair<SkuHourKey, SkuHourValues>, 8> skus;
    RollupValues whole;
    whole.orders = sale ? sign : 0;
    QVarLengthArray<const QString *, 8> countedCategories;
    for (const OrderFacts::Line &line : order.lines) {
        RollupValues share;
        std::int64_t units = 0, payment = 0;
        if (!checkedMul(line.num, sign, units) || !checkedMul(line.paymentFen, sign, payment))
            return false;
        if (sale) {
            share.units = units;
            share.gmvFen = payment;
            const bool counted = std::any_of(countedCategories.cbegin(), countedCategories.cend(),
                                             [&](const QString *c) { return *c == line.category; });
            if (!counted) {
                countedCategories.append(&line.category);
                share.orders = sign;
            }
            skus.append({SkuHourKey{hourOf(order.payTimeMs), line.skuId, order.locationId}, {units, payment}});
        }
        if (line.refunded)
            share.refundFen = payment;
        if (!checkedSum(whole, RollupValues{0, share.units, share.gmvFen, share.refundFen}, whole))
            return false;
        cells.append({RollupKey{minute, order.channel, order.locationId, line.category, order.province}, share});
    }
    cells.append({RollupKey{minute, order.channel, order.locationId, kAllCategories, order.province}, whole});

    // Several lines may share a cell: check against the sums as they will be. Small arrays,
    // no hash allocated per order (this runs for every ingested order).
    QVarLengthArray<std::pair<RollupKey, RollupValues>, 8> nextCells;
    for (const auto &cell : cells) { // (clang 14 cannot capture a structured binding)
        const RollupKey &key = cell.first;
        auto it = std::find_if(nextCells.begin(), nextCells.end(), [&key](const auto &c) { return c.first == key; });
        if (it == nextCells.end())
            it = nextCells.insert(nextCells.end(), {key, m_cells.value(key)});
        if (!checkedSum(it->second, cell.second, it->second))
            return false;
    }
    QVarLengthArray<std::pair<SkuHourKey, SkuHourValues>, 8> nextSkus;
    for (const auto &sku : skus) {
        const SkuHourKey &key = sku.first;
        auto it = std::find_if(nextSkus.begin(), nextSkus.end(), [&key](const auto &c) { return c.first == key; });
        if (it == nextSkus.end())
            it = nextSkus.insert(nextSkus.end(), {key, m_skuHours.value(key)});
        if (!checkedSum(it->second, sku.second, it->second))
            return false;
    }
    for (const auto &[key, v] : nextCells)
        m_cells.insert(key, v);
    for (const auto &[key, v] : nextSkus)
        m_skuHours.insert(key, v);
    return true;
}

void RollupDelta::merge(const RollupDelta &other)
{
    for (auto it = other.m_cells.cbegin(); it != other.m_cells.cend(); ++it)
        saturatingAddTo(m_cells[it.key()], *it, m_overflowed);
    for (auto it = other.m_skuHours.cbegin(); it != other.m_skuHours.cend(); ++it)
        saturatingAddTo(m_skuHours[it.key()], *it, m_overflowed);
    m_overflowed = m_overflowed || other.m_overflowed;
}

RollupValues RollupDelta::total() const
{
    RollupValues t;
    bool overflowed = false;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (it.key().category != kAllCategories)
            continue;
        saturatingAddTo(t, *it, overflowed);
    }
    return t;
}

} // namespace mc::core
