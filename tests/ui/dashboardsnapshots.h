// Hand-built DaySnapshots for the dashboard tests: an 11.11 morning with a midnight surge,
// ranked lists, stock risks and yesterday's figures, growing from one snapshot to the next;
// the stores for the scope selector and a live sync status.
#pragma once

#include "app/core/location.h"
#include "app/metrics/daysnapshot.h"
#include "ui/dashboard/datafreshness.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace mc::test {

inline constexpr std::int64_t kDayStartMs = 1'731'254'400'000; // 2024-11-11 00:00 Beijing (UTC+8)

// Step 0, 1, 2 ...: each step ten minutes and a fixed amount of sales later.
inline metrics::DaySnapshot daySnapshot(int step, metrics::SalesScope scope = metrics::SalesScope::all())
{
    using metrics::Ranked;
    metrics::DaySnapshot s;
    s.scope = scope;
    s.dayStartMs = kDayStartMs;
    const int minute = 8 * 60 + 10 * step; // 08:00, 08:10 ...
    s.asOfMs = kDayStartMs + minute * 60'000LL + 30'000;
    for (int m = 0; m <= minute; ++m) {
        // A midnight surge decaying through the morning.
        const std::int64_t orders = 40 + static_cast<std::int64_t>(1500.0 * std::exp(-m / 45.0));
        s.ordersPerMinute[static_cast<size_t>(m)] = orders;
        s.gmvPerMinute[static_cast<size_t>(m)] = orders * 12'345;
        s.total.add(orders * 12'345, orders, orders * 2, 0);
    }
    s.total.refundFen = 98'765 + step * 1'000;
    s.online.add(s.total.gmvFen * 3 / 4, s.total.orders * 3 / 4, 0, 0);
    s.inStore.add(s.total.gmvFen - s.online.gmvFen, s.total.orders - s.online.orders, 0, 0);
    s.buyers = s.total.orders * 9 / 10;
    s.hasYesterday = true;
    s.yesterdaySameTime.add(s.total.gmvFen / 5, s.total.orders / 4, 0, 120'000);

    const QStringList categories{QStringLiteral("美妆护肤"), QStringLiteral("母婴"), QStringLiteral("食品饮料"),
                                 QStringLiteral("家用电器"), QStringLiteral("服饰")};
    const QStringList provinces{QStringLiteral("广东省"), QStringLiteral("浙江省"), QStringLiteral("江苏省"),
                                QStringLiteral("上海市")};
    std::int64_t share = s.total.gmvFen / 3;
    for (const QString &c : categories) {
        s.categories.append(Ranked{c, c, share, share / 12'345});
        share = share * 2 / 3;
    }
    share = s.total.gmvFen / 4;
    for (const QString &p : provinces) {
        s.provinces.append(Ranked{p, p, share, share / 12'345});
        share = share * 3 / 4;
    }
    for (int i = 0; i < 12; ++i) {
        const std::int64_t gmv = (12 - i) * 1'000'000LL + step * 10'000; // SKU 1 leads
        s.skus.append(Ranked{QString::number(9000 + i), QStringLiteral("Glacier Spring 冰泉 面霜 %1").arg(i + 1), gmv,
                             gmv / 25'000});
    }
    s.stockRisks = {
        {9001, 11, QStringLiteral("Glacier Spring 冰泉 面霜 2"), QStringLiteral("悦选 杭州湖滨店"), 4, 8.0, 0.5},
        {9003, 1, QStringLiteral("Glacier Spring 冰泉 面霜 4"), QStringLiteral("华东仓"), 60, 10.0, 6.0},
        {9002, 12, QStringLiteral("Glacier Spring 冰泉 面霜 3"), QStringLiteral("悦选 上海南京西路店"), 9, 6.0, 1.5},
        {9005, 11, QStringLiteral("Glacier Spring 冰泉 面霜 6"), QStringLiteral("悦选 杭州湖滨店"), 0, 2.0, 0.0},
    };
    s.perSecondEndMs = s.asOfMs - s.asOfMs % 1000 + 1000;
    for (int i = 0; i < metrics::kSecondsShown; ++i)
        s.gmvPerSecond.append(2'000 + (i * 7919 + step * 13) % 5'000);
    return s;
}

// A live sync, 1.5 s behind the platform, 42 requests of budget left.
inline ui::DataFreshness liveFreshness(std::int64_t nowMs)
{
    ui::DataFreshness f;
    f.state = ui::DataFreshness::State::Live;
    f.lastSyncMs = nowMs - 1'000;
    f.lastMessageMs = nowMs - 2'000;
    f.behindMs = 1'500;
    f.budgetRemaining = 42;
    return f;
}

inline QList<core::Location> dashboardLocations()
{
    return {{1, core::LocationKind::Warehouse, QStringLiteral("华东仓"), QStringLiteral("浙江省"),
             QStringLiteral("杭州市"), 0},
            {12, core::LocationKind::Store, QStringLiteral("悦选 上海南京西路店"), QStringLiteral("上海市"),
             QStringLiteral("上海市"), 0},
            {11, core::LocationKind::Store, QStringLiteral("悦选 杭州湖滨店"), QStringLiteral("浙江省"),
             QStringLiteral("杭州市"), 0}};
}

} // namespace mc::test
