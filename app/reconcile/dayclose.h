// DayClose: one data folder's day close. Opens ledger.sqlite (through the RedemptionBook,
// which owns the chain key) and cache.sqlite, builds the report of a scope's day (sources,
// matching, chain verification, resolutions and sign-off state) and records resolutions,
// sign-offs and reopenings (DayCloseBook). On the sync thread in the app; the headless
// command uses it directly. The redemptions' chain is walked in full by the first report of
// a DayClose and then only from where that walk ended (rows appended since), so reports on
// one open DayClose stay fast; each command run, each page opening, starts a full walk.
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/reconcile/dayclosebook.h"
#include "app/reconcile/dayreport.h"

#include <memory>
#include <optional>

namespace mc::storage {
class Database;
}
namespace mc::vouchers {
class RedemptionBook;
}
namespace mc::sync {
struct ChainPoint;
}

namespace mc::reconcile {

class DayClose
{
public:
    static core::Result<std::unique_ptr<DayClose>> open(const QString &dataDir, const core::Clock &clock);
    ~DayClose();
    DayClose(const DayClose &) = delete;
    DayClose &operator=(const DayClose &) = delete;

    // `till`: the till's lines of the day when a CSV was imported.
    // ChainCheck::Later leaves the chains out (report.chain.checked false): the figures of a
    // day do not wait for the first walk of the whole ledger's chain.
    enum class ChainCheck { Now, Later };
    core::Result<DayReport> report(const DayScope &scope, const std::optional<QList<TillRow>> &till = std::nullopt,
                                   ChainCheck check = ChainCheck::Now);
    // Whether the chains were walked once already (later walks read only what was appended).
    bool chainWalked() const;
    // Walks both chains (the redemptions' from where the last walk left it) into `chain`.
    core::Status verifyChains(ChainStatus &chain);
    DayCloseBook &book() { return *m_book; }
    storage::Database &cache() { return *m_cache; }
    storage::Database &ledger();
    vouchers::RedemptionBook &redemptions() { return *m_redemptions; }

private:
    DayClose(std::unique_ptr<vouchers::RedemptionBook> redemptions, std::unique_ptr<storage::Database> cache,
             QByteArray key, const core::Clock &clock);

    std::unique_ptr<vouchers::RedemptionBook> m_redemptions;
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<DayCloseBook> m_book;
    std::unique_ptr<sync::ChainPoint> m_verified; // how far the redemptions' chain was found intact
    bool m_walked = false;
    const core::Clock &m_clock;
};

} // namespace mc::reconcile
