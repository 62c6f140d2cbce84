// Today's figures per campaign: a few rows of campaign_days, never the orders.
#include "app/campaigns/campaigntoday.h"

#include "app/campaigns/campaignstore.h"
#include "app/core/functionclock.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"

#include <QHash>

#include <algorithm>

namespace mc::campaigns {

core::Result<QList<core::CampaignToday>> campaignsToday(storage::Database &cache, storage::Database *ledger,
                                                        std::int64_t nowMs)
{
    const std::int64_t today = protocol::beijingDayStartMs(nowMs);
    QHash<QString, core::CampaignToday> byId;
    auto days = cache.prepare(u"SELECT campaign_id, name, day_ms, channel, orders, discount_fen FROM campaign_days "
                              u"WHERE day_ms <= ?1 ORDER BY campaign_id, day_ms");
    if (!days)
        return days.error();
    auto &s = days.value();
    s.bind(1, today);
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        core::CampaignToday &c = byId[s.text(0)];
        c.campaignId = s.text(0);
        c.name = s.text(1);
        c.costToDateFen += s.int64(5);
        if (s.int64(2) == today)
            (s.text(3) == u"store" ? c.inStore : c.online) = {s.int64(4), s.int64(5)};
    }
    if (ledger) {
        const core::FunctionClock clock([nowMs] { return nowMs; });
        CampaignStore store(*ledger, clock);
        auto local = store.newest();
        if (!local)
            return local.error();
        for (const CampaignVersion &v : local.value()) {
            const bool live = v.spec.startsMs <= nowMs && nowMs < v.spec.endsMs;
            const bool published = store.lastPlatformVersion(v.spec.id).valueOr(0) > 0;
            auto it = byId.find(v.spec.id);
            if (it == byId.end() && !(live && published))
                continue;
            core::CampaignToday &c = byId[v.spec.id];
            c.campaignId = v.spec.id;
            c.name = v.spec.name; // the merchant's name for it, as on the Campaigns page
            c.budgetFen = v.spec.budgetFen;
            c.live = live && published;
        }
    }
    QList<core::CampaignToday> out;
    out.reserve(byId.size());
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        if (it->ordersToday() > 0 || it->live)
            out.append(*it);
    std::sort(out.begin(), out.end(), [](const core::CampaignToday &a, const core::CampaignToday &b) {
        if (a.discountTodayFen() != b.discountTodayFen())
            return a.discountTodayFen() > b.discountTodayFen();
        return a.name < b.name;
    });
    return out;
}

} // namespace mc::campaigns
