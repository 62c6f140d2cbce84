// Historical orders spread uniformly over the days before now.
#include "sandbox/historyseeder.h"

#include "sandbox/orderledger.h"
#include "sandbox/sandboxtime.h"
#include "sandbox/statedatabase.h"
#include "app/storage/transaction.h"

#include <algorithm>

namespace mc::sandbox {

namespace {
constexpr std::int64_t kBatch = 50'000;
constexpr std::int64_t kOrdersPerDay = 150'000;
constexpr std::int64_t whole(std::int64_t ms)
{
    return wholeSecond(ms);
}

struct Plan
{
    QByteArrayView status;
    std::int64_t modifiedMs = 0;
    std::int64_t payMs = 0;
    std::optional<std::pair<std::int64_t, OrderEvent>> next;
};

// Where the live lifecycle would have taken an order created at createdMs by nowMs.
Plan lifecycle(Rng &rng, bool inStore, std::int64_t createdMs, std::int64_t nowMs)
{
    Plan plan{status::kWaitBuyerPay, createdMs, 0, std::nullopt};
    if (inStore) {
        const std::int64_t finish = createdMs + kMinute + rng.range(0, 20 * kMinute);
        plan.payMs = createdMs;
        if (finish <= nowMs)
            return {status::kFinished, whole(finish), createdMs, std::nullopt};
        plan.status = status::kWaitSellerSend;
        plan.next = {{whole(finish), OrderEvent::Finish}};
        return plan;
    }
    if (rng.chance(0.12)) {
        const std::int64_t close = createdMs + 15 * kMinute;
        if (close <= nowMs)
            return {status::kClosedByTaobao, close, 0, std::nullopt};
        plan.next = {{close, OrderEvent::Close}};
        return plan;
    }
    const std::int64_t pay =
        whole(createdMs + kSecond +
              std::min<std::int64_t>(static_cast<std::int64_t>(rng.exponential(90.0 * kSecond)), 14 * kMinute));
    const std::int64_t ship = whole(pay + 20 * kMinute + static_cast<std::int64_t>(rng.exponential(3.0 * kHour)));
    const std::int64_t finish = whole(ship + kDay + rng.range(0, 3 * kDay));
    if (pay > nowMs) {
        plan.next = {{pay, OrderEvent::Pay}};
        return plan;
    }
    if (ship > nowMs)
        return {status::kWaitSellerSend, pay, pay, std::pair{ship, OrderEvent::Ship}};
    if (finish > nowMs)
        return {status::kWaitBuyerConfirm, ship, pay, std::pair{finish, OrderEvent::Finish}};
    return {status::kFinished, finish, pay, std::nullopt};
}
} // namespace

core::Result<std::int64_t> HistorySeeder::seed(storage::Database &db, const CatalogSnapshot &catalog,
                                               std::int64_t target, std::uint64_t seed, std::int64_t nowMs)
{
    auto recorded = readMeta(db, u"seeded_orders");
    if (!recorded)
        return recorded.error();
    const std::int64_t already = recorded.value() ? recorded.value()->toLongLong() : 0;
    const std::int64_t toMake = target - already;
    if (toMake <= 0)
        return 0;
    auto ledger = OrderLedger::create(db, catalog);
    if (!ledger)
        return ledger.error();
    auto firstTid = ledger.value()->nextTid();
    if (!firstTid)
        return firstTid.error();

    Rng rng(seed * 1'000'003ULL + static_cast<std::uint64_t>(already));
    const OrderFactory factory(catalog);
    const OrderFactory::Availability always = [](std::int64_t, int, std::int64_t) { return true; };
    const std::int64_t days = std::clamp<std::int64_t>((toMake + kOrdersPerDay - 1) / kOrdersPerDay, 1, 80);
    const std::int64_t earliest = nowMs - days * kDay;
    const std::int64_t latest = nowMs - 10 * kMinute;
    const auto &stores = catalog.stores();
    NewOrder order;
    std::int64_t tid = firstTid.value();
    std::int64_t made = 0;
    while (made < toMake) {
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        const std::int64_t batchEnd = std::min(toMake, made + kBatch);
        for (; made < batchEnd; ++made, ++tid) {
            const LocationEntry *store = !stores.empty() && rng.chance(0.15) ? &rng.pick(stores) : nullptr;
            if (!factory.make(rng, tid, store, always, order))
                factory.make(rng, tid, nullptr, always, order);
            // Trade ids grow with time on the platform: creation times rise with tid, with jitter.
            const std::int64_t slot = earliest + (latest - earliest) * made / toMake;
            const std::int64_t created = whole(std::min(latest, slot + rng.range(0, 2000)));
            Plan plan = lifecycle(rng, order.inStore, created, nowMs);
            int refundedLine = -1;
            if (plan.payMs > 0 && plan.status != status::kClosed && rng.chance(0.04)) {
                const std::int64_t refundAt = whole(plan.payMs + 30 * kMinute + rng.range(0, 2 * kDay));
                const auto line = static_cast<int>(rng.range(0, order.lines.size() - 1));
                if (refundAt <= nowMs) {
                    refundedLine = line;
                    plan.modifiedMs = std::max(plan.modifiedMs, refundAt);
                } else if (core::Status s =
                               ledger.value()->schedule(refundAt, tid, OrderEvent::Refund, tid * 10 + line + 1);
                           !s) {
                    return s.error();
                }
            }
            if (core::Status s =
                    ledger.value()->insert(order, plan.status, created, plan.modifiedMs, plan.payMs, refundedLine);
                !s)
                return s.error();
            if (plan.next)
                if (core::Status s = ledger.value()->schedule(plan.next->first, tid, plan.next->second); !s)
                    return s.error();
        }
        if (core::Status s = writeMeta(db, u"seeded_orders", QString::number(already + made)); !s)
            return s.error();
        if (core::Status s = tx.value().commit(); !s)
            return s.error();
    }
    return made;
}

} // namespace mc::sandbox
