// SyncEngine, the one commit path of order pages (history, increment poll, message feed), and
// the history's commits on a thread of their own.
//
// History pages arrive on the sync thread and wait in a queue; a full queue is committed on the
// commit thread while the sync thread goes on requesting and decoding the next pages (before,
// no request left while a batch of 8,000 orders committed: the committing thread idled about a
// third of the time waiting for pages). One history commit is in flight at most. The cache
// connection and its writer belong to whichever thread holds them: every other use of them on
// the sync thread first settles the commit in flight (settleCache()), so they are never used by
// two threads at once. A batch is committed whole or not at all, with its windows' markers, as
// before: a kill during a background commit loses nothing that is not fetched again.
#include "app/sync/syncengine.h"

#include "app/storage/transaction.h"
#include "app/sync/synccursors.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace mc::sync {

using core::Status;

SyncEngine::OrderPage SyncEngine::joinedPages(const QList<OrderPage> &pages)
{
    OrderPage all;
    qsizetype orders = 0;
    for (const OrderPage &page : pages)
        orders += page.orders.size();
    all.orders.reserve(orders);
    for (const OrderPage &page : pages) {
        all.orders.append(page.orders);
        all.rejected.append(page.rejected);
        all.cursors.append(page.cursors);
    }
    // By tid, i.e. by creation time: the rows, their index entries and lines go into the
    // B-trees in key order, a run of neighbours per page instead of scattered single writes
    // (fewer pages dirtied and written to the WAL). Stable: versions of one trade keep
    // their order. Rollup deltas are sums: the order does not change them.
    std::stable_sort(all.orders.begin(), all.orders.end(),
                     [](const core::Order &a, const core::Order &b) { return a.tid < b.tid; });
    return all;
}

Status SyncEngine::applyOrderPage(const OrderPage &page, ApplyMode mode, std::int64_t nowMs,
                                  core::ChangeSummary &summary, CommitTally &tally)
{
    auto result = m_writer->applyOrders(page.orders, page.rejected, nowMs, mode);
    if (!result)
        return result.error();
    for (const auto &[name, value] : page.cursors)
        if (Status s = m_writer->setCursor(name, value, nowMs); !s)
            return s;
    core::ChangeSummary applied;
    applied.ordersInserted = result.value().inserted;
    applied.ordersUpdated = result.value().updated;
    applied.rollups = std::move(result.value().rollups);
    applied.newestOrderModifiedMs = result.value().newestModifiedMs;
    applied.oldestInsertedCreatedMs = result.value().oldestInsertedCreatedMs;
    summary.merge(applied);
    tally.stale += result.value().stale;
    tally.quarantined += result.value().quarantined;
    tally.released += result.value().released;
    tally.unknownStatus += result.value().unknownStatus;
    return {};
}

void SyncEngine::recordCommitted(core::ChangeSummary summary, const CommitTally &tally)
{
    ++m_counters.transactions;
    m_counters.ordersInserted += summary.ordersInserted;
    m_counters.ordersUpdated += summary.ordersUpdated;
    m_counters.ordersStale += tally.stale;
    m_counters.tradesSetAside += tally.quarantined;
    m_counters.tradesReleased += tally.released;
    summary.firstCommitSeq = summary.lastCommitSeq = ++m_commitSeq; // stamped in the transaction
    noteSummary(std::move(summary));
    if (tally.quarantined > 0 || tally.released > 0 || tally.unknownStatus > 0)
        refreshValidationCounts();
}

void SyncEngine::refreshValidationCounts()
{
    auto quarantined = m_writer->quarantinedTrades();
    auto unknown = m_writer->unknownStatusOrders();
    if (!quarantined || !unknown) {
        qCWarning(lcSync).noquote() << "cannot count quarantined trades:"
                                    << (quarantined ? unknown.error() : quarantined.error()).toString();
        return;
    }
    if (quarantined.value() > m_status.quarantinedTrades)
        qCWarning(lcSync).noquote() << "trades set aside (failed validation), now" << quarantined.value()
                                    << "in quarantine";
    m_status.quarantinedTrades = static_cast<int>(quarantined.value());
    m_status.unknownStatusOrders = static_cast<int>(unknown.value());
    Q_EMIT statusChanged(m_status);
}

Status SyncEngine::commitOrders(const TradePage &page, const Cursors &cursors)
{
    return commitPages({{page.orders, page.rejected, cursors}});
}

Status SyncEngine::commitPages(const QList<OrderPage> &pages)
{
    settleCache();
    CommittedBatch done = commitPagesTx(pages, m_commitSeq + 1, m_clock.nowMs());
    if (!done.status)
        return done.status;
    recordCommitted(std::move(done.summary), done.tally);
    return {};
}

SyncEngine::CommittedBatch SyncEngine::commitPagesTx(const QList<OrderPage> &pages, std::int64_t seq,
                                                     std::int64_t nowMs)
{
    const OrderPage joined = pages.size() == 1 ? pages.front() : joinedPages(pages);
    auto once = [&](ApplyMode mode) {
        CommittedBatch out;
        auto tx = storage::Transaction::begin(*m_db);
        if (!tx) {
            out.status = tx.error();
            return out;
        }
        // The pages as one: one look-up of the batch's trades, one write of its summed rollups.
        out.status = applyOrderPage(joined, mode, nowMs, out.summary, out.tally);
        // The transaction's number, so a reader can tell which summaries its figures hold.
        if (out.status)
            out.status = m_writer->setCursor(cursors::kCommitSeq, QString::number(seq), nowMs);
        if (out.status)
            out.status = tx.value().commit();
        return out; // on failure rolled back, cursors included
    };
    CommittedBatch done = once(ApplyMode::Batch);
    if (done.status || done.status.error().code != QLatin1String(kRetryPerTradeCode))
        return done;
    // Rolled back: an oid of another trade or a rollup sum past the limit. Trade by trade,
    // the culprits are quarantined and the rest commits.
    qCInfo(lcSync).noquote() << "applying the batch again trade by trade:" << done.status.error().message;
    return once(ApplyMode::PerTrade);
}

core::Result<QList<core::StockLevel>> SyncEngine::commitStockLevels(const QList<core::StockLevel> &levels)
{
    settleCache();
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto applied = m_writer->applyStockLevels(levels);
    if (!applied)
        return applied.error();
    if (Status s = tx.value().commit(); !s)
        return s.error();
    return applied;
}

Status SyncEngine::flushHistoryQueue()
{
    m_historyFlushTimer->stop();
    if (Status s = settleHistoryCommit(); !s)
        return s;
    if (m_historyQueue.isEmpty())
        return {};
    startHistoryCommit(std::exchange(m_historyQueue, {}));
    m_queuedOrders = 0;
    return {};
}

void SyncEngine::startHistoryCommit(QList<OrderPage> pages)
{
    const std::int64_t seq = m_commitSeq + 1;
    const std::int64_t nowMs = m_clock.nowMs();
    auto promise = std::make_shared<QPromise<CommittedBatch>>();
    m_historyCommit = promise->future();
    m_historyCommitOpen = true;
    m_commitWatcher->setFuture(m_historyCommit);
    m_commitPool->start([this, promise, pages = std::move(pages), seq, nowMs] {
        promise->start();
        promise->addResult(commitPagesTx(pages, seq, nowMs));
        promise->finish();
    });
}

Status SyncEngine::settleHistoryCommit()
{
    if (!m_historyCommitOpen)
        return {};
    m_historyCommit.waitForFinished();
    m_historyCommitOpen = false;
    CommittedBatch done = m_historyCommit.result();
    m_historyCommit = {};
    if (!done.status)
        return done.status; // rolled back: the pages' windows stay unfinished, read again
    recordCommitted(std::move(done.summary), done.tally);
    ++m_counters.historyTransactions;
    return {};
}

void SyncEngine::settleCache()
{
    if (Status s = settleHistoryCommit(); !s)
        failHistory(s.error().toString());
}

} // namespace mc::sync
