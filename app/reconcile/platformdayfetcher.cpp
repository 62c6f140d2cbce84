#include "app/reconcile/platformdayfetcher.h"

#include "app/platform/platformclient.h"
#include "app/protocol/toptime.h"
#include "app/reconcile/settlementrecords.h"
#include "app/storage/database.h"
#include "app/vouchers/platformrecords.h"

namespace mc::reconcile {

namespace {
constexpr int kPageSize = 500;
constexpr int kMaxPages = 1000; // 500,000 lines for one day

protocol::Parameters dayParameters(const DayScope &scope, int page)
{
    protocol::Parameters params{
        {"page_no", QByteArray::number(page)},
        {"page_size", QByteArray::number(kPageSize)},
        {"start_redeemed", protocol::formatTopTime(scope.startMs())},
        {"end_redeemed", protocol::formatTopTime(scope.endMs())},
    };
    if (!scope.allStores())
        params.emplace("store_id", QByteArray::number(scope.storeId));
    return params;
}
} // namespace

PlatformDayFetcher::PlatformDayFetcher(storage::Database &cache, platform::PlatformClient &client, QObject *parent)
    : QObject(parent), m_cache(cache), m_client(&client)
{}

void PlatformDayFetcher::fetch(const DayScope &scope)
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_scope = scope;
    fetchRedemptions(1);
}

void PlatformDayFetcher::fetchRedemptions(int page)
{
    QPointer<PlatformDayFetcher> self(this);
    m_client->call("mc.redemptions.get", dayParameters(m_scope, page),
                   [self, page](const platform::CallOutcome &outcome) {
                       if (!self)
                           return;
                       if (!outcome.ok())
                           return self->done(false, outcome.error->toString());
                       int total = 0;
                       auto rows = vouchers::PlatformRecords::parseRedemptions(outcome.body, &total);
                       core::Status stored = rows ? vouchers::PlatformRecords(self->m_cache).storeRedemptions(rows.value())
                                                  : rows.error();
                       if (!stored)
                           return self->done(false, stored.error().toString());
                       if (page * kPageSize < total && !rows.value().isEmpty() && page < kMaxPages)
                           return self->fetchRedemptions(page + 1);
                       self->fetchSettlements(1);
                   });
}

void PlatformDayFetcher::fetchSettlements(int page)
{
    QPointer<PlatformDayFetcher> self(this);
    m_client->call("mc.settlements.get", dayParameters(m_scope, page),
                   [self, page](const platform::CallOutcome &outcome) {
                       if (!self)
                           return;
                       if (!outcome.ok()) {
                           if (outcome.error->code == 22) // a platform without the statement extension
                               return self->done(true, outcome.error->toString(), false);
                           return self->done(false, outcome.error->toString());
                       }
                       int total = 0;
                       auto rows = parseSettlements(outcome.body, &total);
                       core::Status stored = rows ? storeSettlements(self->m_cache, rows.value(),
                                                                     self->m_client->platformNowMs())
                                                  : rows.error();
                       if (!stored)
                           return self->done(false, stored.error().toString());
                       if (page * kPageSize < total && !rows.value().isEmpty() && page < kMaxPages)
                           return self->fetchSettlements(page + 1);
                       self->done(true, {});
                   });
}

void PlatformDayFetcher::done(bool ok, const QString &message, bool settlementsKnown)
{
    m_running = false;
    Q_EMIT finished(ok, message, settlementsKnown);
}

} // namespace mc::reconcile
