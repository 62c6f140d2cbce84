#include "app/reconcile/dayclose.h"

#include "app/core/checkedmath.h"
#include "app/reconcile/daymatcher.h"
#include "app/reconcile/daysources.h"
#include "app/storage/databases.h"
#include "app/sync/ledgerkey.h"
#include "app/vouchers/redemptionbook.h"

namespace mc::reconcile {

namespace {
QList<StoreStatus> storeStatuses(const DayReport &report, const QMap<std::int64_t, QString> &signedOff)
{
    QMap<std::int64_t, StoreStatus> byStore;
    for (const Item &item : report.items) {
        StoreStatus &s = byStore[item.storeId];
        s.storeId = item.storeId;
        ++s.items;
        s.discrepancies += item.category == Category::Matched ? 0 : 1;
        s.amountFen = core::saturatingAdd(s.amountFen, item.amountFen);
    }
    for (auto it = signedOff.cbegin(); it != signedOff.cend(); ++it) {
        StoreStatus &s = byStore[it.key()];
        s.storeId = it.key();
        s.signedOff = true;
        s.signedBy = it.value();
    }
    return byStore.values();
}
} // namespace

DayClose::DayClose(std::unique_ptr<vouchers::RedemptionBook> redemptions, std::unique_ptr<storage::Database> cache,
                   QByteArray key, const core::Clock &clock)
    : m_redemptions(std::move(redemptions)), m_cache(std::move(cache)),
      m_book(std::make_unique<DayCloseBook>(m_redemptions->database(), std::move(key), clock)),
      m_verified(std::make_unique<sync::ChainPoint>()), m_clock(clock)
{}

DayClose::~DayClose() = default;

storage::Database &DayClose::ledger()
{
    return m_redemptions->database();
}

core::Result<std::unique_ptr<DayClose>> DayClose::open(const QString &dataDir, const core::Clock &clock)
{
    auto redemptions = vouchers::RedemptionBook::open(dataDir, clock);
    if (!redemptions)
        return redemptions.error();
    auto cache = storage::openWriter(dataDir, storage::DatabaseRole::Cache);
    if (!cache)
        return cache.error();
    auto key = sync::loadLedgerKey(dataDir, false);
    if (!key)
        return key.error();
    return std::unique_ptr<DayClose>(
        new DayClose(std::move(redemptions).value(), std::move(cache).value(), key.value(), clock));
}

core::Status DayClose::verifyChains(ChainStatus &chain)
{
    auto redemptionsIntact = m_redemptions->verifyChain(&chain.redemptionsFirstBadSeq, m_verified.get());
    if (!redemptionsIntact)
        return redemptionsIntact.error();
    chain.redemptionsIntact = redemptionsIntact.value();
    auto dayCloseIntact = m_book->verifyChain(&chain.dayCloseFirstBadSeq);
    if (!dayCloseIntact)
        return dayCloseIntact.error();
    chain.dayCloseIntact = dayCloseIntact.value();
    chain.checked = true;
    m_walked = true;
    return {};
}

bool DayClose::chainWalked() const
{
    return m_verified->seq > 0 || m_walked;
}

core::Result<DayReport> DayClose::report(const DayScope &scope, const std::optional<QList<TillRow>> &till,
                                         ChainCheck check)
{
    auto sources = readDaySources(ledger(), *m_cache, scope);
    if (!sources)
        return sources.error();
    if (till) {
        sources.value().tillImported = true;
        sources.value().till = *till;
    }
    DayReport report = matchDay(sources.value(), m_clock.nowMs());
    report.chain.checked = check == ChainCheck::Now;
    if (check == ChainCheck::Now) {
        if (core::Status s = verifyChains(report.chain); !s)
            return s.error();
    }
    auto state = m_book->state(scope.storeId, scope.day);
    if (!state)
        return state.error();
    report.state = state.value();
    report.changedSinceSignOff = report.state.signedOff && report.state.signedFigures != figuresFingerprint(report);
    if (scope.allStores()) {
        auto signedOff = m_book->signedOffStores(scope.day);
        if (!signedOff)
            return signedOff.error();
        report.stores = storeStatuses(report, signedOff.value());
    }
    return report;
}

} // namespace mc::reconcile
