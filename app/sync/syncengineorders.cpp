// SyncEngine, order phases: the resumable history download, the increment poll that
// closes gaps, the message feed, and the one commit path of their pages.
#include "app/sync/syncengine.h"

#include "app/protocol/toptime.h"
#include "app/storage/transaction.h"
#include "app/sync/messagefeed.h"
#include "app/sync/orderwindowpager.h"
#include "app/sync/synccursors.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace mc::sync {

namespace {
constexpr std::int64_t kPlatformHistoryMs = 90LL * 86'400'000; // taobao.trades.sold.increment.get
constexpr std::int64_t kHistoryMarginMs = 600'000;              // the request's own travel time
} // namespace


using core::Status;

using cursors::wholeSecond;

void SyncEngine::runHistory()
{
    auto incremental = readCursor(cursors::kIncremental);
    if (!incremental)
        return failed(incremental.error().toString(), true);
    if (incremental.value()) // history already complete
        return nextPhase();

    auto range = readCursor(cursors::kHistory);
    if (!range)
        return failed(range.error().toString(), true);
    std::int64_t from = 0;
    if (range.value()) {
        const QStringList parts = range.value()->split(u'-');
        from = parts.value(0).toLongLong();
        m_historyTo = parts.value(1).toLongLong();
    }
    if (from <= 0 || m_historyTo <= from) {
        // Fix the range once, so a restart resumes the same plan.
        m_historyTo = wholeSecond(platformNow() - m_options.pollLagMs);
        from = wholeSecond(m_historyTo - m_options.historyDays * 86'400'000 + kHistoryMarginMs);
        auto tx = storage::Transaction::begin(*m_db);
        if (!tx)
            return failed(tx.error().toString(), true);
        if (Status s = m_writer->setCursor(cursors::kHistory, QString::number(from) + u'-' + QString::number(m_historyTo),
                                           m_clock.nowMs());
            !s)
            return failed(s.error().toString(), true);
        if (Status s = tx.value().commit(); !s)
            return failed(s.error().toString(), true);
    }

    auto markers = m_db->prepare(u"SELECT name FROM sync_cursors WHERE name LIKE 'orders.window.%'");
    if (!markers)
        return failed(markers.error().toString(), true);
    QList<TimeWindow> done;
    for (;;) {
        auto row = markers.value().step();
        if (!row)
            return failed(row.error().toString(), true);
        if (!row.value())
            break;
        if (auto w = parseWindowMarker(markers.value().text(0)))
            done.append(*w);
    }
    m_pendingWindows = uncoveredWindows(from, m_historyTo, done, m_options.historyWindowMs);
    m_counters.windowsTotal = m_counters.windowsDone + m_pendingWindows.size();
    m_historyFailed = false;
    qCInfo(lcSync) << "history:" << m_pendingWindows.size() << "windows to read," << done.size() << "already done";
    launchWindows();
}

void SyncEngine::launchWindows()
{
    while (!m_historyFailed && !m_stopping && m_activePagers.size() < m_options.parallelWindows &&
           !m_pendingWindows.isEmpty()) {
        TimeWindow window = m_pendingWindows.takeFirst();
        // TOP serves only the last 90 days, and the plan was fixed when it was made: after a
        // restart days later, or on a fast-forwarded demo clock, its oldest windows are out
        // of reach. Read what is still reachable; what is not can no longer be fetched.
        const std::int64_t reachable = wholeSecond(platformNow() - kPlatformHistoryMs + kHistoryMarginMs);
        if (window.endMs <= reachable)
            continue;
        window.startMs = std::max(window.startMs, reachable);
        auto *pager = new OrderWindowPager(
            *m_client, window, m_options.orderPageSize, m_options.splitWindowAbove,
            [this, window](const TradePage &page, bool last) {
                Cursors cursors;
                if (last)
                    cursors.append({windowMarkerName(window), QStringLiteral("done")});
                return queueHistoryPage(page, cursors);
            },
            this);
        connect(pager, &OrderWindowPager::tooLarge, this, [this, pager](qint64 total) {
            m_activePagers.removeOne(pager);
            pager->deleteLater();
            const int parts = static_cast<int>(std::min<qint64>(16, total / m_options.splitWindowAbove + 1));
            const QList<TimeWindow> pieces = splitWindow(pager->window(), std::max(2, parts));
            for (auto it = pieces.crbegin(); it != pieces.crend(); ++it)
                m_pendingWindows.prepend(*it);
            m_counters.windowsTotal += pieces.size() - 1;
            launchWindows();
        });
        connect(pager, &OrderWindowPager::finished, this,
                [this, pager](bool ok, const QString &error) { onWindowFinished(pager, ok, error); });
        m_activePagers.append(pager);
        pager->start();
    }
    if (m_activePagers.isEmpty() && m_pendingWindows.isEmpty() && !m_historyFailed)
        finishHistory();
}

void SyncEngine::onWindowFinished(OrderWindowPager *pager, bool ok, const QString &error)
{
    m_activePagers.removeOne(pager);
    pager->deleteLater();
    if (!ok)
        return failHistory(error);
    ++m_counters.windowsDone;
    const std::int64_t orders = m_counters.ordersInserted + m_counters.ordersUpdated;
    const std::int64_t estimate = m_counters.windowsDone > 0
                                      ? orders * m_counters.windowsTotal / m_counters.windowsDone
                                      : -1;
    emitProgress(QStringLiteral("orders"), orders, std::max(estimate, orders), false);
    if (!m_historyFailed)
        launchWindows();
}

void SyncEngine::failHistory(const QString &error)
{
    if (m_historyFailed)
        return;
    m_historyFailed = true;
    m_pendingWindows.clear();
    m_historyQueue.clear(); // never committed, so their windows are not marked done: re-read
    m_queuedOrders = 0;
    failed(QStringLiteral("order history: ") + error, false);
}

Status SyncEngine::queueHistoryPage(const TradePage &page, const Cursors &cursors)
{
    if (m_historyFailed || m_stopping) // a page decoded after the end: its window stays unfinished
        return core::Error{QStringLiteral("sync.history"), QStringLiteral("the order history stopped"), {}};
    m_historyQueue.append({page.orders, page.rejected, cursors});
    m_queuedOrders += page.orders.size() + page.rejected.size();
    if (m_queuedOrders >= m_options.historyBatchOrders)
        return flushHistoryQueue();
    if (!m_historyFlushTimer->isActive())
        m_historyFlushTimer->start();
    return {};
}

void SyncEngine::finishHistory()
{
    if (Status s = flushHistoryQueue(); !s)
        return failHistory(s.error().toString());
    if (Status s = settleHistoryCommit(); !s) // the last batch, committed before the history ends
        return failHistory(s.error().toString());
    // One transaction: the live cursor starts where the history ends, markers go.
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return failed(tx.error().toString(), true);
    if (Status s = m_writer->setCursor(cursors::kIncremental, QString::number(m_historyTo), m_clock.nowMs()); !s)
        return failed(s.error().toString(), false);
    if (Status s = m_db->exec(u"DELETE FROM sync_cursors WHERE name LIKE 'orders.window.%'"); !s)
        return failed(s.error().toString(), false);
    if (Status s = tx.value().commit(); !s)
        return failed(s.error().toString(), false);
    const std::int64_t orders = m_counters.ordersInserted + m_counters.ordersUpdated;
    emitProgress(QStringLiteral("orders"), orders, orders, true);
    nextPhase();
}

void SyncEngine::runPoll()
{
    if (m_pollRunning || m_stopping)
        return;
    auto cursor = readCursor(cursors::kIncremental);
    if (!cursor || !cursor.value())
        return failed(cursor ? QStringLiteral("increment cursor missing") : cursor.error().toString(), true);
    const std::int64_t from = wholeSecond(cursor.value()->toLongLong() - m_options.pollOverlapMs);
    // Up to and including the second pollLagMs ago (windows are [start, end) on whole seconds).
    const std::int64_t to = wholeSecond(platformNow() - m_options.pollLagMs) + 1000;
    QList<TimeWindow> windows;
    for (std::int64_t start = from; start < to; start += m_options.maxPollWindowMs)
        windows.append({start, std::min(to, start + m_options.maxPollWindowMs)});
    m_pollRunning = true;
    pollNextWindow(windows);
}

void SyncEngine::pollNextWindow(QList<TimeWindow> windows)
{
    if (windows.isEmpty() || m_stopping) {
        m_pollRunning = false;
        if (m_phase == Phase::Poll)
            nextPhase();
        return;
    }
    const TimeWindow window = windows.takeFirst();
    // Polled windows end near "now": never split them, page them as they are.
    auto *pager = new OrderWindowPager(
        *m_client, window, m_options.orderPageSize, std::numeric_limits<std::int64_t>::max(),
        [this, window](const TradePage &page, bool last) {
            QList<std::pair<QString, QString>> cursors;
            if (last)
                cursors.append({cursors::kIncremental, QString::number(window.endMs)});
            return commitOrders(page, cursors);
        },
        this);
    connect(pager, &OrderWindowPager::finished, this, [this, pager, windows](bool ok, const QString &error) {
        pager->deleteLater();
        if (!ok) {
            m_pollRunning = false;
            return failed(QStringLiteral("increment poll: ") + error, false);
        }
        pollNextWindow(windows);
    });
    pager->start();
}

void SyncEngine::startFeed()
{
    if (!m_options.useFeed) {
        if (m_phase == Phase::Drain)
            Q_EMIT caughtUp();
        return;
    }
    if (!m_feed) {
        m_feed = new MessageFeed(
            *m_client, m_options.feedGroup,
            [this](const MessageFeed::Batch &batch) -> Status {
                if (!batch.stock.isEmpty()) {
                    auto applied = commitStockLevels(batch.stock);
                    if (!applied)
                        return applied.error();
                    core::ChangeSummary summary;
                    summary.stock = std::move(applied).value();
                    noteSummary(std::move(summary));
                }
                // Trades named without content are picked up by the next increment poll.
                if (!batch.tidsToFetch.isEmpty() && !m_pollRunning && m_phase == Phase::Live)
                    QMetaObject::invokeMethod(this, [this] { runPoll(); }, Qt::QueuedConnection);
                m_status.lastMessageMs = std::max(m_status.lastMessageMs, batch.newestPubMs);
                // Messages carrying a trade or a stock level (batch.orders has repeats folded).
                m_counters.feedMessages += batch.messages() - batch.unusable - batch.tidsToFetch.size();
                if (batch.orders.isEmpty() && batch.rejected.isEmpty())
                    return {};
                TradePage trades;
                trades.orders = batch.orders;
                trades.rejected = batch.rejected;
                return commitOrders(trades, {});
            },
            this);
        connect(m_feed, &MessageFeed::drained, this, [this] {
            if (m_phase == Phase::Drain) {
                m_feed->stop();
                flushSummary();
                Q_EMIT caughtUp();
            }
        });
        connect(m_feed, &MessageFeed::failed, this, [this](const QString &error) {
            if (m_refused)
                return; // stopped for good, with its own message
            if (m_phase == Phase::Live) {
                // Feed down: the poll closes the gap; the feed restarts with the next retry.
                setState(core::ConnectionState::Retrying, QStringLiteral("message feed: ") + error);
                QTimer::singleShot(static_cast<int>(m_options.retryAfterFailureMs), this, [this] {
                    if (m_phase == Phase::Live && !m_stopping) {
                        setState(core::ConnectionState::Live);
                        m_feed->start();
                        runPoll();
                    }
                });
            } else {
                failed(QStringLiteral("message feed: ") + error, false);
            }
        });
    }
    m_feed->start();
}

} // namespace mc::sync
