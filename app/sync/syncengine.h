// SyncEngine: keeps cache.sqlite a faithful mirror of the platform. Initial sync of
// locations, catalog, stock and order history (windows, resumable), then live: the message
// feed plus a periodic increment poll that closes any gap the feed left. Runs on the sync
// thread; everything it tells the GUI travels as value types through queued signals.
#pragma once

#include "app/core/clock.h"
#include "app/platform/platformclient.h"
#include "app/storage/database.h"
#include "app/sync/cachewriter.h"
#include "app/sync/historyplan.h"
#include "app/sync/tradedecoder.h"
#include "app/core/syncevents.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

class QThreadPool;
class QTimer;

namespace mc::storage {
class WalCheckpointer;
}

namespace mc::sync {

class LedgerStore;
class MessageFeed;
class OrderWindowPager;
class StockPusher;
using StockConflict = core::StockConflict;

struct SyncOptions
{
    QString dataDir;
    std::int64_t historyDays = 90;
    std::int64_t historyWindowMs = 86'400'000; // TOP's maximum; dense windows are split
    int orderPageSize = 100;
    std::int64_t splitWindowAbove = 5'000;  // trades in one window before it is split
    // Windows read at once, each with one page in flight, to hide the round trips. History
    // batches commit on a thread of their own (syncenginecommits.cpp), so fetching goes on
    // meanwhile. On loopback 2, 4 and 12 gave the same speed within noise (300,000 orders,
    // same runs); a distant platform needs more (100 orders per window per round trip), and
    // more windows spread each batch's writes over more of the indexes. `sync --windows`.
    int parallelWindows = 8;
    // History pages are committed together: up to this many orders, or after this delay.
    // One transaction per page spent a third of the time writing the WAL; larger batches
    // write each touched index page once for more orders (300,000 orders: 2,000/50 ms gave
    // 114 transactions and 7,000 orders/s, 8,000/250 ms 39 and 9,100/s, 16,000/500 ms 20 but
    // 7,000/s and 10 MiB more). Bounded: memory does not grow with the history (at most
    // this many orders plus one page per window are held).
    int historyBatchOrders = 8'000;
    int historyBatchDelayMs = 250;
    std::int64_t pollIntervalMs = 30'000;
    // Without the feed the poll is how news arrives: at most this long between polls.
    std::int64_t pollOnlyIntervalMs = 10'000;
    std::int64_t pollOverlapMs = 120'000;   // re-read this much before the cursor
    std::int64_t pollLagMs = 3'000;         // leave the last seconds: still being written
    std::int64_t maxPollWindowMs = 30 * 60'000;
    std::int64_t refreshCatalogMs = 5 * 60'000;
    std::int64_t listingOverlapMs = 60'000; // catalog/stock: re-read rows modified this long before the cursor
    std::int64_t retryAfterFailureMs = 15'000;
    QByteArray feedGroup = "merchant-console";
    bool useFeed = true;                    // the owner's only: a store manager's credential always polls
    int summaryIntervalMs = 100;            // coalescing of change summaries for the GUI
};

struct SyncCounters
{
    std::int64_t ordersInserted = 0;
    std::int64_t ordersUpdated = 0;
    std::int64_t ordersStale = 0;
    std::int64_t products = 0;
    std::int64_t stockLevels = 0;
    std::int64_t locations = 0;
    std::int64_t feedMessages = 0;
    std::int64_t windowsDone = 0;
    std::int64_t windowsTotal = 0;
    std::int64_t transactions = 0;
    std::int64_t historyTransactions = 0; // of those, batches of history pages
    std::int64_t tradesSetAside = 0;      // trades that failed validation (each sighting)
    std::int64_t tradesReleased = 0;      // quarantined trades applied once a version passed
};

class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(SyncOptions options, std::unique_ptr<platform::PlatformClient> client, const core::Clock &clock,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens cache.sqlite (creating/migrating it). Call before start().
    core::Status open();
    // Initial sync if needed, then live until stop().
    void start();
    // Initial sync if needed, one catch-up to the platform's now, a drained feed; then caughtUp().
    void runOnce();
    void stop();

    // Records a stock change in the ledger (fully synced) and pushes it; the platform
    // applies it only if the stock still is `expectedQuantity` (else a conflict is reported).
    core::Result<QString> requestStockChange(std::int64_t skuId, std::int64_t locationId, std::int64_t newQuantity,
                                             std::int64_t expectedQuantity, const QString &actor);
    // Several changes, recorded all or none in one ledger transaction, then pushed in order.
    core::Result<QStringList> requestStockChanges(const QList<core::StockChange> &changes, const QString &actor);
    // The ledger of this console (its outbox, audit log and the merchant's thresholds).
    LedgerStore &ledger() { return *m_ledger; }
    void pushPending();

    const SyncCounters &counters() const { return m_counters; }
    platform::PlatformClient &client() { return *m_client; }
    core::SyncStatus status() const { return m_status; }

Q_SIGNALS:
    void progress(const mc::core::EntityProgress &progress);
    void changes(const mc::core::ChangeSummary &summary);
    void statusChanged(const mc::core::SyncStatus &status);
    void caughtUp();
    void fatalError(const QString &message);
    void stockChangeAcknowledged(const QString &id);
    void stockChangeConflict(const mc::core::StockConflict &conflict);
    void stockChangeRejected(const QString &id, const QString &reason);

private:
    enum class Phase { Idle, Locations, Catalog, Stock, History, Poll, Drain, Live };

    void runPhase(Phase phase);
    void nextPhase();
    void pullListing(Phase phase);
    void runHistory();
    void launchWindows();
    void onWindowFinished(OrderWindowPager *pager, bool ok, const QString &error);
    void finishHistory();
    void runPoll();
    void pollNextWindow(QList<TimeWindow> windows);
    void startFeed();
    void failed(const QString &error, bool fatal);
    // Credentials refused, certificate mismatch, insecure endpoint: stop, tell, never retry.
    void refuse(const platform::PlatformError &error);

    using Cursors = QList<std::pair<QString, QString>>;
    struct OrderPage
    {
        QList<core::Order> orders;
        QList<RejectedTrade> rejected; // set aside: quarantined in the same transaction
        Cursors cursors; // committed with the page, e.g. a window's "done" marker
    };
    // What one order transaction did besides the summary: for counters and the status.
    struct CommitTally
    {
        std::int64_t stale = 0;
        std::int64_t quarantined = 0;
        std::int64_t released = 0;
        std::int64_t unknownStatus = 0;
    };
    struct CommittedBatch
    {
        core::Status status;
        core::ChangeSummary summary;
        CommitTally tally;
    };
    core::Status commitOrders(const TradePage &page, const Cursors &cursors);
    // Stock levels (the feed's, an acknowledged push) in one transaction; the levels applied.
    core::Result<QList<core::StockLevel>> commitStockLevels(const QList<core::StockLevel> &levels);
    // One transaction for all the pages, numbered as "commit.seq", then one change summary.
    core::Status commitPages(const QList<OrderPage> &pages);
    // The transaction alone, on whichever thread holds the cache (syncenginecommits.cpp): it
    // touches the cache connection and its writer, nothing else of the engine. A batch the
    // database refuses part of (kRetryPerTradeCode) is applied again trade by trade.
    CommittedBatch commitPagesTx(const QList<OrderPage> &pages, std::int64_t seq, std::int64_t nowMs);
    static OrderPage joinedPages(const QList<OrderPage> &pages);
    // Applies one page (and its cursors) inside the caller's transaction.
    core::Status applyOrderPage(const OrderPage &page, ApplyMode mode, std::int64_t nowMs, core::ChangeSummary &summary,
                                CommitTally &tally);
    // History batches commit on m_commitPool's thread, one at a time, while pages are fetched.
    void startHistoryCommit(QList<OrderPage> pages);
    // Waits for the history commit in flight, if any, and records it; its error if it failed.
    core::Status settleHistoryCommit();
    // The same before any other use of m_db or m_writer on the sync thread; a failed history
    // commit fails the history (it is read again).
    void settleCache();
    void recordCommitted(core::ChangeSummary summary, const CommitTally &tally);
    // Reads the quarantine and unknown-status counts into the status (and emits it).
    void refreshValidationCounts();
    // History pages wait here (never longer than historyBatchDelayMs) to share a transaction;
    // a window's "done" marker is queued with its last page, so it commits with it.
    core::Status queueHistoryPage(const TradePage &page, const Cursors &cursors);
    core::Status flushHistoryQueue();
    void failHistory(const QString &error);
    core::Status commitRows(Phase phase, const QJsonArray &rows, const QList<std::pair<QString, QString>> &cursors);
    core::Result<std::optional<QString>> readCursor(const QString &name);
    void noteSummary(core::ChangeSummary summary);
    void flushSummary();
    void emitProgress(const QString &entity, std::int64_t done, std::int64_t total, bool finished);
    void setState(core::ConnectionState state, const QString &message = {});
    std::int64_t platformNow() const;

    SyncOptions m_options;
    std::unique_ptr<platform::PlatformClient> m_client;
    const core::Clock &m_clock;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::WalCheckpointer> m_checkpointer; // destroyed before m_db
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<LedgerStore> m_ledger;
    StockPusher *m_pusher = nullptr;
    MessageFeed *m_feed = nullptr;
    QTimer *m_summaryTimer;
    QTimer *m_pollTimer;
    QTimer *m_refreshTimer;
    QTimer *m_retryTimer;

    Phase m_phase = Phase::Idle;
    bool m_once = false;
    bool m_stopping = false;
    bool m_refused = false; // refuse() ran: nothing is retried any more
    bool m_pollRunning = false;
    QList<TimeWindow> m_pendingWindows;
    QList<OrderWindowPager *> m_activePagers;
    QList<OrderPage> m_historyQueue;
    qsizetype m_queuedOrders = 0;
    QTimer *m_historyFlushTimer = nullptr;
    QThreadPool *m_commitPool = nullptr; // one thread: the history's commits
    QFuture<CommittedBatch> m_historyCommit;
    QFutureWatcher<CommittedBatch> *m_commitWatcher = nullptr;
    bool m_historyCommitOpen = false; // m_historyCommit runs or waits to be settled
    bool m_historyFailed = false;
    std::int64_t m_historyTo = 0;
    std::int64_t m_listingStartMs = 0;
    core::ChangeSummary m_pendingSummary;
    std::int64_t m_commitSeq = 0; // the last order commit's number
    SyncCounters m_counters;
    core::SyncStatus m_status;
    QElapsedTimer m_phaseTimer;
};

} // namespace mc::sync
