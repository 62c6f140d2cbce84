// The state thread: simulator ticks and write calls.
#include "sandbox/stateengine.h"

#include "app/protocol/errors.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"
#include "app/storage/walcheckpointer.h"
#include "sandbox/campaignbook.h"
#include "sandbox/catalogsnapshot.h"
#include "sandbox/envelope.h"
#include "sandbox/messagequeue.h"
#include "sandbox/orderledger.h"
#include "sandbox/ordersimulator.h"
#include "sandbox/settlementdesk.h"
#include "sandbox/statedatabase.h"
#include "sandbox/stockbook.h"
#include "sandbox/stockcommands.h"
#include "sandbox/voucherdesk.h"
#include "sandbox/voucherrevocations.h"
#include "sandbox/vouchertraffic.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "mc.sandbox.engine")

namespace mc::sandbox {

namespace {
constexpr std::int64_t kSaveClockEveryMs = 1000;
constexpr std::int64_t kPruneEveryMs = 10'000;
constexpr std::int64_t kIdempotencyKeyMaxLength = 128;

} // namespace

StateEngine::StateEngine(std::unique_ptr<storage::Database> db, const SandboxConfig &config, const core::Clock &clock,
                         FaultPlan &faults, QByteArray ownerAppKey)
    : m_db(std::move(db)), m_config(config), m_clock(clock), m_faults(faults), m_ownerAppKey(std::move(ownerAppKey))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &StateEngine::tick);
}

StateEngine::~StateEngine() = default;

core::Status StateEngine::start()
{
    m_checkpointer = std::make_unique<storage::WalCheckpointer>(*m_db, 8'000, 24'000);
    auto catalog = CatalogSnapshot::load(*m_db);
    if (!catalog)
        return catalog.error();
    m_catalog = std::make_unique<CatalogSnapshot>(std::move(catalog).value());
    auto ledger = OrderLedger::create(*m_db, *m_catalog);
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(ledger).value();
    auto messages = MessageQueue::create(*m_db, m_faults, m_config.redeliveryMs, m_ownerAppKey);
    if (!messages)
        return messages.error();
    m_messages = std::move(messages).value();
    auto stock = StockBook::load(*m_db, *m_messages);
    if (!stock)
        return stock.error();
    m_stock = std::move(stock).value();
    auto commands = StockCommands::create(*m_db, *m_stock);
    if (!commands)
        return commands.error();
    m_stockCommands = std::move(commands).value();
    SettlementTerms terms{m_config.commissionBp, m_config.settlementExceptionRate, m_config.seed};
    if (terms.exceptionRate < 0)
        terms.exceptionRate = m_config.scenario == Scenario::SinglesDay ? 0.04 : 0.0;
    m_settlements = std::make_unique<SettlementDesk>(*m_db, terms);
    m_vouchers = std::make_unique<VoucherDesk>(*m_db);
    m_vouchers->setSettlements(m_settlements.get());
    if (core::Status s = m_vouchers->ensureKey(m_clock.nowMs()); !s)
        return s;
    m_revocations = std::make_unique<VoucherRevocations>(*m_db);
    m_campaigns = std::make_unique<CampaignBook>(*m_db);
    auto nextTid = m_ledger->nextTid();
    if (!nextTid)
        return nextTid.error();
    if (m_config.scenario == Scenario::SinglesDay)
        m_voucherTraffic = std::make_unique<VoucherTraffic>(*m_db, *m_catalog, *m_vouchers, *m_revocations,
                                                            m_config.seed, nextTid.value());
    m_simulator = std::make_unique<OrderSimulator>(*m_catalog, *m_ledger, *m_stock, *m_messages, m_config.scenario,
                                                   m_config.ordersPerSecond, m_config.seed, nextTid.value(),
                                                   m_voucherTraffic.get());
    m_lastMs = m_clock.nowMs();
    m_timer.start();
    return {};
}

void StateEngine::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    tick();
    if (core::Status s = saveClock(m_clock.nowMs()); !s)
        qCWarning(lcEngine).noquote() << "could not save the sandbox clock:" << s.error().toString();
}

core::Status StateEngine::saveClock(std::int64_t nowMs)
{
    return writeMeta(*m_db, u"clock_ms", QString::number(nowMs));
}

void StateEngine::tick()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const std::int64_t now = m_clock.nowMs();
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx) {
        qCWarning(lcEngine).noquote() << "tick skipped:" << tx.error().toString();
        return;
    }
    if (core::Status s = m_simulator->advance(m_lastMs, now); !s) {
        qCWarning(lcEngine).noquote() << "simulator step failed:" << s.error().toString();
        return;
    }
    const std::int64_t wallNow = QDateTime::currentMSecsSinceEpoch();
    if (wallNow - m_lastSavedWallMs >= kSaveClockEveryMs) {
        m_lastSavedWallMs = wallNow;
        if (core::Status s = saveClock(now); !s)
            return;
    }
    if (wallNow - m_lastPruneWallMs >= kPruneEveryMs) {
        m_lastPruneWallMs = wallNow;
        if (core::Status s = m_messages->prune(now); !s)
            qCWarning(lcEngine).noquote() << "message pruning failed:" << s.error().toString();
    }
    if (core::Status s = tx.value().commit(); !s) {
        qCWarning(lcEngine).noquote() << "tick commit failed:" << s.error().toString();
        return;
    }
    m_lastMs = now;
    ++m_stats.ticks;
    if (elapsed.elapsed() > kTickMs)
        ++m_stats.slowTicks;
}

EngineStats StateEngine::stats() const
{
    EngineStats s = m_stats;
    if (m_simulator) {
        s.ordersCreated = m_simulator->ordersCreated();
        s.eventsApplied = m_simulator->eventsApplied();
        s.ordersDropped = m_simulator->ordersDropped();
    }
    if (m_voucherTraffic) {
        s.vouchersIssued = m_voucherTraffic->issued();
        s.voucherRedemptions = m_voucherTraffic->redeemed();
        s.voucherRevocations = m_voucherTraffic->revoked();
    }
    if (m_messages)
        s.messagesPublished = m_messages->publishedCount();
    s.clockMs = m_clock.nowMs();
    return s;
}

ApiReply StateEngine::statsReply(const ApiCall &call)
{
    const EngineStats s = stats();
    SuccessEnvelope envelope(call.method, call.requestId);
    envelope.writer()
        .key("stats")
        .beginObject()
        .field("orders_created", s.ordersCreated)
        .field("events_applied", s.eventsApplied)
        .field("orders_dropped", s.ordersDropped)
        .field("messages_published", s.messagesPublished)
        .field("ticks", s.ticks)
        .field("slow_ticks", s.slowTicks)
        .field("vouchers_issued", s.vouchersIssued)
        .field("voucher_redemptions", s.voucherRedemptions)
        .field("voucher_revocations", s.voucherRevocations)
        .timeField("clock", s.clockMs)
        .field("clock_ms", s.clockMs)
        .endObject();
    return envelope.finish();
}

ApiReply StateEngine::dispatch(const ApiCall &call, MethodId id)
{
    switch (id) {
    case MethodId::ItemQuantityUpdate:
        return m_stockCommands->itemQuantityUpdate(call);
    case MethodId::SkusQuantityUpdate:
        return m_stockCommands->skusQuantityUpdate(call);
    case MethodId::TmcMessagesConsume:
        return m_messages->consume(call);
    case MethodId::TmcMessagesConfirm:
        return m_messages->confirm(call);
    case MethodId::VouchersIssue:
        return m_vouchers->issue(call);
    case MethodId::EticketConsume:
        return m_vouchers->consume(call);
    case MethodId::AdminVoucherRevoke:
        return m_revocations->revokeCall(call);
    case MethodId::AdminSettlementSet:
        return m_settlements->set(call);
    case MethodId::CampaignSave:
        return m_campaigns->save(call);
    default:
        return errorReply({protocol::errc::kInvalidMethod, {}, "not served by the state thread"}, call.requestId);
    }
}

MessageQueue::Taken StateEngine::takeMessages(const ApiCall &call)
{
    if (!m_messages)
        return {storageFailure(call), {}};
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return {storageFailure(call), {}};
    MessageQueue::Taken taken = m_messages->takeForConsume(call);
    if (taken.refusal)
        return taken; // rolled back
    if (!tx.value().commit())
        return {storageFailure(call), {}};
    return taken;
}

ApiReply StateEngine::execute(const ApiCall &call, MethodId id)
{
    if (id == MethodId::AdminStatsGet)
        return statsReply(call);
    if (!m_simulator)
        return storageFailure(call);
    const QByteArray idempotencyKey = call.param("idempotency_key");
    if (idempotencyKey.size() > kIdempotencyKeyMaxLength)
        return errorReply(invalidParameter("idempotency_key", "is longer than 128 bytes"), call.requestId);
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return storageFailure(call);
    if (!idempotencyKey.isEmpty()) {
        auto previous = m_db->prepare(u"SELECT method, response FROM idempotency WHERE app_key = ?1 AND idem_key = ?2");
        if (!previous)
            return storageFailure(call);
        auto &stmt = previous.value();
        stmt.bindText(1, call.caller->appKey).bindText(2, idempotencyKey);
        auto step = stmt.step();
        if (!step)
            return storageFailure(call);
        if (step.value()) {
            if (stmt.blob(0) != call.method)
                return errorReply(invalidParameter("idempotency_key", "was already used for another method"),
                                  call.requestId);
            ApiReply replay;
            replay.body = stmt.blob(1);
            return replay;
        }
    }
    ApiReply reply = dispatch(call, id);
    if (reply.errorCode != 0)
        return reply; // the transaction rolls back: a refused write changes nothing
    if (!idempotencyKey.isEmpty()) {
        auto remember = m_db->prepare(u"INSERT INTO idempotency (app_key, idem_key, method, response, created_ms) "
                                      u"VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!remember)
            return storageFailure(call);
        remember.value().bindText(1, call.caller->appKey).bindText(2, idempotencyKey).bindText(3, call.method);
        remember.value().bind(4, reply.body).bind(5, call.nowMs);
        if (!remember.value().run())
            return storageFailure(call);
    }
    if (!tx.value().commit())
        return storageFailure(call);
    return reply;
}

} // namespace mc::sandbox
