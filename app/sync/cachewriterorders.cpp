// CacheWriter, the order path: validation, quarantine, upserts and exact rollup deltas.
#include "app/sync/cachewriter.h"

#include "app/core/ordervalidation.h"

#include <QDateTime>
#include <QSet>

namespace mc::sync {

using core::Status;

namespace {

// Order of the lifecycle, to break ties between two versions with the same modified second.
// An unknown status ranks first: in a tie, the version we can count wins.
int statusRank(core::OrderStatus s)
{
    switch (s) {
    case core::OrderStatus::Unknown:
    case core::OrderStatus::WaitBuyerPay: return 0;
    case core::OrderStatus::WaitSellerSendGoods: return 1;
    case core::OrderStatus::WaitBuyerConfirmGoods: return 2;
    case core::OrderStatus::TradeFinished: return 3;
    case core::OrderStatus::TradeClosed:
    case core::OrderStatus::TradeClosedByTaobao: return 4;
    }
    return 0;
}

int refundedLines(const core::OrderFacts &f)
{
    int n = 0;
    for (const auto &l : f.lines)
        n += l.refunded ? 1 : 0;
    return n;
}

QByteArray jsonArray(const QSet<std::int64_t> &ids)
{
    QByteArray out = "[";
    for (std::int64_t id : ids) {
        if (out.size() > 1)
            out += ',';
        out += QByteArray::number(id);
    }
    return out + ']';
}

bool isRetryPerTrade(const Status &s) { return !s && s.error().code == QLatin1String(kRetryPerTradeCode); }

} // namespace

struct CacheWriter::BatchState
{
    std::int64_t nowMs = 0;
    QSet<std::int64_t> known;                 // tids the cache has
    QHash<std::int64_t, std::int64_t> held;   // tids in quarantine -> their modified_ms
    bool unknownStatus = false;               // the order being applied has, or had, an unknown status
};

Status CacheWriter::loadBatchState(const QList<core::Order> &orders, const QList<RejectedTrade> &rejected,
                                   BatchState &state)
{
    QSet<std::int64_t> tids;
    tids.reserve(orders.size() + rejected.size());
    for (const core::Order &o : orders)
        tids.insert(o.tid);
    for (const RejectedTrade &r : rejected)
        tids.insert(r.tid);
    const QByteArray ids = jsonArray(tids);
    // Which of the batch's trades the cache already has, and which wait in quarantine: one
    // statement each for the whole batch.
    for (auto *stmt : {&m_existing, &m_quarantinedOf}) {
        stmt->bindText(1, ids);
        for (;;) {
            auto row = stmt->step();
            if (!row) {
                stmt->reset();
                return row.error();
            }
            if (!row.value())
                break;
            if (stmt == &m_existing)
                state.known.insert(stmt->int64(0));
            else
                state.held.insert(stmt->int64(0), stmt->int64(1));
        }
        stmt->reset();
    }
    return {};
}

Status CacheWriter::writeOrder(const core::Order &o, const core::OrderFacts *stored)
{
    m_upsertOrder.bind(1, o.tid)
        .bind(2, o.wireStatus())
        .bind(3, core::toWire(o.channel))
        .bind(4, o.locationId)
        .bind(5, o.buyerNick)
        .bind(6, o.payment.minor())
        .bind(7, o.totalFee.minor())
        .bind(8, o.postFee.minor())
        .bind(9, o.createdMs)
        .bind(10, o.modifiedMs)
        .bind(11, o.payTimeMs)
        .bind(12, o.province)
        .bind(13, o.city)
        .bind(14, o.buyerOpenUid);
    if (Status s = m_upsertOrder.run(); !s)
        return s;
    for (const core::OrderLine &l : o.lines) {
        if (stored && lineUnchanged(l))
            continue;
        m_upsertLine.bind(1, l.oid)
            .bind(2, o.tid)
            .bind(3, l.numIid)
            .bind(4, l.skuId)
            .bind(5, l.title)
            .bind(6, m_categories.value(l.numIid))
            .bind(7, l.num)
            .bind(8, l.price.minor())
            .bind(9, l.payment.minor())
            .bind(10, l.refundStatus);
        if (Status s = m_upsertLine.run(); !s)
            return s;
        if (m_db.changes() == 0) { // the oid is another trade's line
            m_lineOwner.bind(1, l.oid);
            auto owner = m_lineOwner.step();
            const std::int64_t ownerTid = owner && owner.value() ? m_lineOwner.int64(0) : 0;
            m_lineOwner.reset();
            return core::Error{QString::fromLatin1(kRetryPerTradeCode),
                               QStringLiteral("oid-conflict: %1 belongs to trade %2").arg(l.oid).arg(ownerTid), {}};
        }
    }
    if (Status s = queueDerived(o, stored); !s)
        return s;
    // Lines the new version no longer has go: the rollups subtracted them with the old facts.
    if (stored) {
        for (const core::OrderFacts::Line &old : stored->lines) {
            const bool kept = std::any_of(o.lines.cbegin(), o.lines.cend(),
                                          [&old](const core::OrderLine &l) { return l.oid == old.oid; });
            if (kept)
                continue;
            m_deleteLine.bind(1, old.oid);
            if (Status s = m_deleteLine.run(); !s)
                return s;
        }
    }
    return m_promotions.write(o, stored != nullptr);
}

bool CacheWriter::lineUnchanged(const core::OrderLine &l) const
{
    return std::any_of(m_storedLines.cbegin(), m_storedLines.cend(), [&](const StoredLine &s) {
        return s.oid == l.oid && s.numIid == l.numIid && s.skuId == l.skuId && s.num == l.num &&
               s.priceFen == l.price.minor() && s.paymentFen == l.payment.minor() && s.title == l.title &&
               s.refundStatus == l.refundStatus && s.category == m_categories.value(l.numIid);
    });
}

// The search index and the order digest are derived from orders and their lines. Changes and
// deletions re-queue through the schema's UPDATE and DELETE triggers; insertions are queued here
// (cache migration 0011 explains why): a new order, or a new line of an order already kept, whose
// list columns are then cleared for the indexer to fill again.
Status CacheWriter::queueDerived(const core::Order &o, const core::OrderFacts *stored)
{
    if (stored) {
        const bool newLine = std::any_of(o.lines.cbegin(), o.lines.cend(), [stored](const core::OrderLine &l) {
            return std::none_of(stored->lines.cbegin(), stored->lines.cend(),
                                [&l](const core::OrderFacts::Line &old) { return old.oid == l.oid; });
        });
        if (!newLine)
            return {};
        m_clearListColumns.bind(1, o.tid);
        if (Status s = m_clearListColumns.run(); !s)
            return s;
    }
    for (storage::Statement *queue : {&m_queueSearch, &m_queueDigest}) {
        queue->bind(1, o.tid);
        if (Status s = queue->run(); !s)
            return s;
    }
    return {};
}

// One order: validated, compared with the stored version, its rows written and its rollup
// contribution (new minus old) added to `delta`. A refusal leaves `delta` as it was.
core::Result<CacheWriter::Outcome> CacheWriter::applyOrder(const core::Order &o, BatchState &state,
                                                           core::RollupDelta &delta, QString &refusal)
{
    state.unknownStatus = false;
    refusal = core::validateOrder(o); // the decoder checked too; orders may come from elsewhere
    if (!refusal.isEmpty())
        return Outcome::Refused;
    std::int64_t storedModified = 0;
    core::Result<std::optional<core::OrderFacts>> stored = std::optional<core::OrderFacts>();
    if (state.known.contains(o.tid))
        stored = storedFacts(o.tid, storedModified);
    if (!stored)
        return stored.error();
    const core::OrderFacts incoming = factsOf(o);
    const core::OrderFacts *old = stored.value() ? &*stored.value() : nullptr;
    if (old) {
        const bool older = o.modifiedMs < storedModified ||
                           (o.modifiedMs == storedModified &&
                            (statusRank(o.status) < statusRank(old->status) ||
                             (statusRank(o.status) == statusRank(old->status) &&
                              refundedLines(incoming) < refundedLines(*old))));
        if (older)
            return Outcome::Stale;
        if (!delta.add(*old, -1)) {
            refusal = QStringLiteral("rollup-overflow: the stored version of trade %1").arg(o.tid);
            return Outcome::Refused;
        }
    }
    if (!delta.add(incoming, +1)) {
        if (old)
            (void)delta.add(*old, +1); // back to where it was: cannot overflow
        refusal = QStringLiteral("rollup-overflow: the rollup sums of this batch");
        return Outcome::Refused;
    }
    if (Status s = writeOrder(o, old); !s)
        return s.error(); // a refusal by the database: kRetryPerTradeCode
    state.unknownStatus = o.status == core::OrderStatus::Unknown || (old && old->status == core::OrderStatus::Unknown);
    return old ? Outcome::Updated : Outcome::Inserted;
}

Status CacheWriter::noteApplied(const core::Order &o, Outcome outcome, BatchState &state, OrderBatchResult &result)
{
    if (outcome == Outcome::Stale) {
        ++result.stale;
        return {};
    }
    ++(outcome == Outcome::Inserted ? result.inserted : result.updated);
    if (outcome == Outcome::Inserted && o.createdMs > 0)
        result.oldestInsertedCreatedMs = result.oldestInsertedCreatedMs > 0
                                             ? std::min(result.oldestInsertedCreatedMs, o.createdMs)
                                             : o.createdMs;
    if (state.unknownStatus)
        ++result.unknownStatus;
    state.known.insert(o.tid); // a later version of it in this same batch must see it
    result.newestModifiedMs = std::max(result.newestModifiedMs, o.modifiedMs);
    // A version that passes, at least as new as the one set aside, releases it.
    auto held = state.held.find(o.tid);
    if (held != state.held.end() && o.modifiedMs >= *held) {
        m_release.bind(1, o.tid);
        if (Status s = m_release.run(); !s)
            return s;
        state.held.erase(held);
        ++result.released;
    }
    return {};
}

Status CacheWriter::setAside(const RejectedTrade &t, BatchState &state, OrderBatchResult &result)
{
    // An older version than the cache has (a late feed message): nothing to hold.
    if (t.modifiedMs > 0 && state.known.contains(t.tid)) {
        std::int64_t storedModified = 0;
        auto stored = storedFacts(t.tid, storedModified);
        if (!stored)
            return stored.error();
        if (stored.value() && storedModified > t.modifiedMs) {
            ++result.stale;
            return {};
        }
    }
    m_quarantine.bind(1, t.tid)
        .bind(2, t.modifiedMs)
        .bind(3, t.reason)
        .bind(4, QString::fromUtf8(t.json))
        .bind(5, state.nowMs)
        .bind(6, state.nowMs);
    if (Status s = m_quarantine.run(); !s)
        return s;
    state.held[t.tid] = std::max(state.held.value(t.tid), t.modifiedMs);
    ++result.quarantined;
    return {};
}

// PerTrade mode: the trade's rows and rollups inside a savepoint; what the database refuses
// is undone and the trade set aside.
Status CacheWriter::applyOrderInSavepoint(const core::Order &o, BatchState &state, OrderBatchResult &result)
{
    if (Status s = m_db.exec(u"SAVEPOINT mc_trade"); !s)
        return s;
    core::RollupDelta own;
    QString refusal;
    auto outcome = applyOrder(o, state, own, refusal);
    Status written = outcome ? Status() : Status(outcome.error());
    if (written && (outcome.value() == Outcome::Inserted || outcome.value() == Outcome::Updated))
        written = writeRollups(own);
    if (isRetryPerTrade(written)) {
        refusal = written.error().message;
        written = {};
    }
    if (written && refusal.isEmpty())
        written = noteApplied(o, outcome.value(), state, result);
    if (!written || !refusal.isEmpty()) {
        if (Status s = m_db.exec(u"ROLLBACK TO mc_trade"); !s)
            return s;
    }
    if (Status s = m_db.exec(u"RELEASE mc_trade"); !s)
        return s;
    if (!written)
        return written;
    if (!refusal.isEmpty())
        return setAside(rejectDecoded(o, refusal), state, result);
    result.rollups.merge(own);
    return {};
}

core::Result<OrderBatchResult> CacheWriter::applyOrders(const QList<core::Order> &orders,
                                                        const QList<RejectedTrade> &rejected, std::int64_t nowMs,
                                                        ApplyMode mode)
{
    OrderBatchResult result;
    BatchState state;
    state.nowMs = nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    if (Status s = loadBatchState(orders, rejected, state); !s)
        return s.error();
    for (const RejectedTrade &t : rejected)
        if (Status s = setAside(t, state, result); !s)
            return s.error();
    for (const core::Order &o : orders) {
        if (mode == ApplyMode::PerTrade) {
            if (Status s = applyOrderInSavepoint(o, state, result); !s)
                return s.error();
            continue;
        }
        QString refusal;
        auto outcome = applyOrder(o, state, result.rollups, refusal);
        if (!outcome)
            return outcome.error(); // kRetryPerTradeCode: the caller rolls back and retries PerTrade
        Status s = outcome.value() == Outcome::Refused ? setAside(rejectDecoded(o, refusal), state, result)
                                                       : noteApplied(o, outcome.value(), state, result);
        if (!s)
            return s.error();
    }
    if (mode == ApplyMode::Batch)
        if (Status s = writeRollups(result.rollups); !s)
            return s.error();
    return result;
}

core::Result<std::int64_t> CacheWriter::quarantinedTrades() { return m_db.queryInt(u"SELECT count(*) FROM quarantine"); }

core::Result<std::int64_t> CacheWriter::unknownStatusOrders()
{
    // The WHERE of the partial index orders_unknown_status (cache migration 3), word for word.
    return m_db.queryInt(u"SELECT count(*) FROM orders WHERE status NOT IN ('WAIT_BUYER_PAY', "
                         u"'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED', 'TRADE_CLOSED', "
                         u"'TRADE_CLOSED_BY_TAOBAO')");
}

} // namespace mc::sync
