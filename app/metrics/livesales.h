// LiveSales: a DaySnapshot kept current by folding in the sync engine's change summaries
// (rollup deltas), so the dashboard never re-aggregates while orders stream in.
#pragma once

#include "app/metrics/daysnapshot.h"
#include "app/metrics/salesscope.h"
#include "app/core/syncevents.h"

#include <QHash>
#include <QSet>

namespace mc::metrics {

class LiveSales
{
public:
    // `base` must hold every category/province/SKU of the day (load with a large topN).
    void reset(const SalesScope &scope, const QSet<std::int64_t> &warehouseIds, const DaySnapshot &base);
    // True when a figure of this scope changed. Deltas outside today are ignored.
    // Folds a summary in, unless the figures were loaded after its commits (false: nothing
    // changed). Call overlapsLoad() first: a summary straddling the load cannot be folded.
    bool fold(const core::ChangeSummary &summary, std::int64_t nowMs);
    // Some of the summary's commits are in the loaded figures and some are not: reload.
    bool overlapsLoad(const core::ChangeSummary &summary) const;
    // The current picture with ranked lists cut to topN.
    DaySnapshot snapshot(std::int64_t nowMs, int topN = 10) const;
    // SKUs seen in deltas that have no title yet (the service looks them up).
    QList<std::int64_t> untitledSkus() const;
    void setSkuTitles(const QHash<std::int64_t, QString> &titles);
    void setSlowFigures(const DaySnapshot &slow); // buyers and stock risks
    std::int64_t dayStartMs() const { return m_base.dayStartMs; }

private:
    void addSecond(std::int64_t atMs, std::int64_t gmvFen);

    SalesScope m_scope;
    QSet<std::int64_t> m_warehouses;
    DaySnapshot m_base;
    QHash<QString, Ranked> m_categories;
    QHash<QString, Ranked> m_provinces;
    QHash<std::int64_t, Ranked> m_skus;
    std::array<std::int64_t, kSecondsShown> m_seconds{}; // ring buffer
    std::int64_t m_lastSecond = 0;                         // second (ms) of the newest slot
};

} // namespace mc::metrics
