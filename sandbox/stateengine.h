// The state thread's object: owns the only writer connection to sandbox.sqlite, runs the
// simulator on a timer (one transaction per tick) and executes every write call in its own
// transaction, so simulated traffic and API writes never race.
#pragma once

#include "app/core/clock.h"
#include "sandbox/apicall.h"
#include "sandbox/messagequeue.h"
#include "sandbox/methodtable.h"
#include "sandbox/sandboxconfig.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace mc::storage {
class Database;
class WalCheckpointer;
}

namespace mc::sandbox {

class CatalogSnapshot;
class OrderLedger;
class StockBook;
class OrderSimulator;
class StockCommands;
class FaultPlan;
class VoucherDesk;
class VoucherRevocations;
class SettlementDesk;
class VoucherTraffic;
class CampaignBook;

struct EngineStats
{
    std::int64_t ordersCreated = 0;
    std::int64_t eventsApplied = 0;
    std::int64_t ordersDropped = 0;
    std::int64_t messagesPublished = 0;
    std::int64_t ticks = 0;
    std::int64_t slowTicks = 0;          // ticks that took longer than their interval
    std::int64_t vouchersIssued = 0;     // by the 11.11 simulator since start
    std::int64_t voucherRedemptions = 0; // at stores' tills, by the 11.11 simulator since start
    std::int64_t voucherRevocations = 0; // refunds, by the 11.11 simulator since start
    std::int64_t clockMs = 0;
};

class StateEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateEngine)

public:
    static constexpr int kTickMs = 50;

    StateEngine(std::unique_ptr<storage::Database> db, const SandboxConfig &config, const core::Clock &clock,
                FaultPlan &faults, QByteArray ownerAppKey);
    ~StateEngine() override;

    // Both on the state thread: prepare statements and start ticking; final tick and save.
    core::Status start();
    void stop();

    // A write call (or a stats query), in its own transaction; replays idempotent retries.
    ApiReply execute(const ApiCall &call, MethodId id);
    // The writer's half of taobao.tmc.messages.consume, in its own transaction: the messages
    // handed out (marked in flight), for a reader to render (MessageRenderer); or the error reply.
    MessageQueue::Taken takeMessages(const ApiCall &call);
    EngineStats stats() const;

private:
    void tick();
    ApiReply dispatch(const ApiCall &call, MethodId id);
    ApiReply statsReply(const ApiCall &call);
    core::Status saveClock(std::int64_t nowMs);

    std::unique_ptr<storage::Database> m_db;
    // WAL checkpoints (copy + fdatasync) on a thread of their own: inside the ticks' commits
    // they were a sixth of this thread at 10,000 orders/s, delaying every write call.
    std::unique_ptr<storage::WalCheckpointer> m_checkpointer; // destroyed before m_db
    SandboxConfig m_config;
    const core::Clock &m_clock;
    FaultPlan &m_faults;
    QByteArray m_ownerAppKey;
    std::unique_ptr<CatalogSnapshot> m_catalog;
    std::unique_ptr<OrderLedger> m_ledger;
    std::unique_ptr<MessageQueue> m_messages;
    std::unique_ptr<StockBook> m_stock;
    std::unique_ptr<OrderSimulator> m_simulator;
    std::unique_ptr<StockCommands> m_stockCommands;
    std::unique_ptr<VoucherDesk> m_vouchers;
    std::unique_ptr<VoucherRevocations> m_revocations;
    std::unique_ptr<SettlementDesk> m_settlements;
    std::unique_ptr<VoucherTraffic> m_voucherTraffic; // singles-day only
    std::unique_ptr<CampaignBook> m_campaigns;
    QTimer m_timer{this}; // a child, so it moves to the state thread with the engine
    std::int64_t m_lastMs = 0;
    std::int64_t m_lastSavedWallMs = 0;
    std::int64_t m_lastPruneWallMs = 0;
    EngineStats m_stats;
};

} // namespace mc::sandbox
