// Folding rollup deltas into the day's figures.
#include "app/metrics/livesales.h"

#include <algorithm>

namespace mc::metrics {

namespace {

template<typename Map>
QList<Ranked> topOf(const Map &map, int topN)
{
    QList<Ranked> out;
    out.reserve(map.size());
    for (const Ranked &r : map)
        if (r.gmvFen != 0 || r.orders != 0)
            out.append(r);
    std::sort(out.begin(), out.end(), [](const Ranked &a, const Ranked &b) {
        return a.gmvFen != b.gmvFen ? a.gmvFen > b.gmvFen : a.key < b.key;
    });
    if (out.size() > topN)
        out.resize(topN);
    return out;
}

} // namespace

void LiveSales::reset(const SalesScope &scope, const QSet<std::int64_t> &warehouseIds, const DaySnapshot &base)
{
    m_scope = scope;
    m_warehouses = warehouseIds;
    m_base = base;
    m_categories.clear();
    m_provinces.clear();
    m_skus.clear();
    for (const Ranked &r : base.categories)
        m_categories.insert(r.key, r);
    for (const Ranked &r : base.provinces)
        m_provinces.insert(r.key, r);
    for (const Ranked &r : base.skus)
        m_skus.insert(r.key.toLongLong(), r);
    m_seconds.fill(0);
    m_lastSecond = 0;
}

void LiveSales::addSecond(std::int64_t atMs, std::int64_t gmvFen)
{
    const std::int64_t second = atMs - atMs % 1000;
    if (m_lastSecond == 0)
        m_lastSecond = second;
    if (second > m_lastSecond) {
        const std::int64_t steps = std::min<std::int64_t>((second - m_lastSecond) / 1000, kSecondsShown);
        for (std::int64_t i = 1; i <= steps; ++i)
            m_seconds[static_cast<size_t>(((m_lastSecond / 1000) + i) % kSecondsShown)] = 0;
        m_lastSecond = second;
    }
    if (second > m_lastSecond - kSecondsShown * 1000LL)
        m_seconds[static_cast<size_t>((second / 1000) % kSecondsShown)] += gmvFen;
}

bool LiveSales::overlapsLoad(const core::ChangeSummary &summary) const
{
    return summary.firstCommitSeq > 0 && summary.firstCommitSeq <= m_base.loadedCommitSeq &&
           summary.lastCommitSeq > m_base.loadedCommitSeq;
}

bool LiveSales::fold(const core::ChangeSummary &summary, std::int64_t nowMs)
{
    if (summary.lastCommitSeq > 0 && summary.lastCommitSeq <= m_base.loadedCommitSeq)
        return false; // committed before the figures were loaded: already counted
    const std::int64_t dayEnd = m_base.dayStartMs + 86'400'000;
    bool changed = false;
    std::int64_t arrivedGmv = 0;
    for (auto it = summary.rollups.cells().cbegin(); it != summary.rollups.cells().cend(); ++it) {
        const core::RollupKey &k = it.key();
        if (k.minuteMs < m_base.dayStartMs || k.minuteMs >= dayEnd || !m_scope.contains(k.channel, k.locationId))
            continue;
        const core::RollupValues &v = *it;
        changed = true;
        if (k.category == core::kAllCategories) {
            m_base.total.add(v.gmvFen, v.orders, v.units, v.refundFen);
            (k.channel == QLatin1String("online") ? m_base.online : m_base.inStore)
                .add(v.gmvFen, v.orders, v.units, v.refundFen);
            const auto slot = static_cast<size_t>((k.minuteMs - m_base.dayStartMs) / 60'000);
            m_base.gmvPerMinute[slot] += v.gmvFen;
            m_base.ordersPerMinute[slot] += v.orders;
            Ranked &p = m_provinces[k.province];
            p.key = p.label = k.province;
            p.gmvFen += v.gmvFen;
            p.orders += v.orders;
            arrivedGmv += v.gmvFen;
        } else {
            Ranked &c = m_categories[k.category];
            c.key = c.label = k.category;
            c.gmvFen += v.gmvFen;
            c.orders += v.orders;
        }
    }
    for (auto it = summary.rollups.skuHours().cbegin(); it != summary.rollups.skuHours().cend(); ++it) {
        const core::SkuHourKey &k = it.key();
        if (k.hourMs < m_base.dayStartMs || k.hourMs >= dayEnd)
            continue;
        const bool online = m_warehouses.contains(k.locationId);
        const bool inScope = m_scope.kind == SalesScope::Kind::AllChannels ||
                             (m_scope.kind == SalesScope::Kind::Online && online) ||
                             (m_scope.kind == SalesScope::Kind::Store && k.locationId == m_scope.storeId);
        if (!inScope)
            continue;
        Ranked &r = m_skus[k.skuId];
        r.key = QString::number(k.skuId);
        r.gmvFen += it->gmvFen;
        r.orders += it->units;
        changed = true;
    }
    if (arrivedGmv != 0)
        addSecond(summary.committedAtMs > 0 ? summary.committedAtMs : nowMs, arrivedGmv);
    return changed;
}

DaySnapshot LiveSales::snapshot(std::int64_t nowMs, int topN) const
{
    DaySnapshot s = m_base;
    s.scope = m_scope;
    s.asOfMs = nowMs;
    s.categories = topOf(m_categories, topN);
    s.provinces = topOf(m_provinces, topN);
    s.skus = topOf(m_skus, topN);
    const std::int64_t endSecond = std::max(m_lastSecond, nowMs - nowMs % 1000);
    s.perSecondEndMs = endSecond + 1000;
    s.gmvPerSecond.reserve(kSecondsShown);
    for (int i = kSecondsShown - 1; i >= 0; --i) {
        const std::int64_t second = endSecond - i * 1000LL;
        const bool known = second <= m_lastSecond && second > m_lastSecond - kSecondsShown * 1000LL;
        s.gmvPerSecond.append(known ? m_seconds[static_cast<size_t>((second / 1000) % kSecondsShown)] : 0);
    }
    return s;
}

QList<std::int64_t> LiveSales::untitledSkus() const
{
    QList<std::int64_t> out;
    for (auto it = m_skus.cbegin(); it != m_skus.cend(); ++it)
        if (it->label.isEmpty())
            out.append(it.key());
    return out;
}

void LiveSales::setSkuTitles(const QHash<std::int64_t, QString> &titles)
{
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        if (auto sku = m_skus.find(it.key()); sku != m_skus.end())
            sku->label = *it;
}

void LiveSales::setSlowFigures(const DaySnapshot &slow)
{
    m_base.buyers = slow.buyers;
    m_base.stockRisks = slow.stockRisks;
}

} // namespace mc::metrics
