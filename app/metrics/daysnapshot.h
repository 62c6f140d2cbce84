// DaySnapshot: every figure of the war-room dashboard for one scope and one (Beijing)
// day, as plain values. Loaded from rollups at start-up, then kept current by folding in
// the sync engine's change summaries (LiveSales).
#pragma once

#include "app/core/campaignday.h"
#include "app/metrics/salesscope.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace mc::metrics {

struct Ranked
{
    QString key;     // category, province, or SKU id as text
    QString label;   // what to show (category / province name, SKU title)
    std::int64_t gmvFen = 0;
    std::int64_t orders = 0; // categories/provinces: orders; SKUs: units
};

struct StockRisk
{
    std::int64_t skuId = 0;
    std::int64_t locationId = 0;
    QString title;
    QString locationName;
    std::int64_t quantity = 0;
    double unitsPerHour = 0;
    double hoursLeft = 0; // quantity / unitsPerHour
    friend bool operator==(const StockRisk &, const StockRisk &) = default;
};

struct Totals
{
    std::int64_t gmvFen = 0;
    std::int64_t orders = 0;
    std::int64_t units = 0;
    std::int64_t refundFen = 0;

    std::int64_t averageOrderFen() const { return orders > 0 ? gmvFen / orders : 0; }
    void add(std::int64_t g, std::int64_t o, std::int64_t u, std::int64_t r)
    {
        gmvFen += g;
        orders += o;
        units += u;
        refundFen += r;
    }
};

inline constexpr int kMinutesPerDay = 1440;
inline constexpr std::int64_t kNotCounted = -1; // a slow figure not computed yet

struct DaySnapshot
{
    SalesScope scope;            // which sales the figures cover
    std::int64_t dayStartMs = 0; // Beijing midnight, UTC ms
    std::int64_t asOfMs = 0;
    Totals total;
    Totals online;
    Totals inStore;
    std::int64_t buyers = kNotCounted; // distinct buyers; counted after the first paint
    Totals yesterdaySameTime;    // same scope, yesterday up to the same time of day
    bool hasYesterday = false;
    std::array<std::int64_t, kMinutesPerDay> gmvPerMinute{};
    std::array<std::int64_t, kMinutesPerDay> ordersPerMinute{};
    QList<Ranked> categories;    // by GMV, descending
    QList<Ranked> provinces;
    QList<Ranked> skus;
    QList<StockRisk> stockRisks; // most urgent first
    // GMV that arrived per second over the last kSecondsShown seconds (oldest first),
    // the last slot ending at perSecondEndMs: the "ticking" part of the big screen.
    QList<std::int64_t> gmvPerSecond;
    std::int64_t perSecondEndMs = 0;
    // The last sync commit (its "commit.seq") these figures were loaded with: change
    // summaries up to it are already in them.
    std::int64_t loadedCommitSeq = 0;
    // Campaigns with orders today or live now (whole shop, whatever the scope), by today's
    // discount cost: the Campaigns tile. Refreshed at most once a second after a change.
    QList<core::CampaignToday> campaigns;
};

inline constexpr int kSecondsShown = 300;

} // namespace mc::metrics
