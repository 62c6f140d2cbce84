// SyncEngine: phases of the initial sync, the live loop, and the single commit path.
#include "app/sync/syncengine.h"

#include "app/protocol/toptime.h"
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/storage/walcheckpointer.h"
#include "app/sync/messagefeed.h"
#include "app/sync/orderwindowpager.h"
#include "app/sync/pagedpull.h"
#include "app/sync/ledgerstore.h"
#include "app/sync/payloadparsers.h"
#include "app/sync/stockpusher.h"
#include "app/sync/synccursors.h"

#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "mc.sync")

namespace mc::sync {

using core::Status;

using cursors::wholeSecond;

namespace {
// Parses a listing page and applies it; returns how many rows it held.
template<typename T, typename Parse, typename Apply>
core::Result<int> applyListing(const QJsonArray &rows, Parse parse, Apply apply)
{
    auto parsed = parseAll<T>(rows, parse);
    if (!parsed)
        return parsed.error();
    if (Status s = apply(parsed.value()); !s)
        return s.error();
    return static_cast<int>(parsed.value().size());
}
} // namespace

SyncEngine::SyncEngine(SyncOptions options, std::unique_ptr<platform::PlatformClient> client, const core::Clock &clock,
                       QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_client(std::move(client)), m_clock(clock),
      m_summaryTimer(new QTimer(this)), m_pollTimer(new QTimer(this)), m_refreshTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this))
{
    m_client->setParent(this);
    // The message feed (TMC) is the owner's: the platform refuses it to a store's credential.
    if (m_client->credentials().isStoreManager())
        m_options.useFeed = false;
    m_status.polling = !m_options.useFeed;
    m_summaryTimer->setSingleShot(true);
    m_historyFlushTimer = new QTimer(this);
    m_historyFlushTimer->setSingleShot(true);
    m_historyFlushTimer->setInterval(m_options.historyBatchDelayMs);
    connect(m_historyFlushTimer, &QTimer::timeout, this, [this] {
        if (Status s = flushHistoryQueue(); !s)
            failHistory(s.error().toString());
    });
    m_commitPool = new QThreadPool(this);
    m_commitPool->setMaxThreadCount(1);
    m_commitWatcher = new QFutureWatcher<CommittedBatch>(this);
    connect(m_commitWatcher, &QFutureWatcherBase::finished, this, &SyncEngine::settleCache);
    m_summaryTimer->setInterval(m_options.summaryIntervalMs);
    connect(m_summaryTimer, &QTimer::timeout, this, &SyncEngine::flushSummary);
    m_pollTimer->setInterval(static_cast<int>(m_options.useFeed
                                                  ? m_options.pollIntervalMs
                                                  : std::min(m_options.pollIntervalMs, m_options.pollOnlyIntervalMs)));
    connect(m_pollTimer, &QTimer::timeout, this, &SyncEngine::runPoll);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncEngine::pushPending);
    m_refreshTimer->setInterval(static_cast<int>(m_options.refreshCatalogMs));
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Live)
            pullListing(Phase::Catalog);
    });
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { runPhase(Phase::Locations); });
    connect(m_client.get(), &platform::PlatformClient::refused, this, &SyncEngine::refuse);
    connect(m_client.get(), &platform::PlatformClient::budgetChanged, this, [this](int remaining, qint64 bannedUntil) {
        m_status.budgetRemaining = remaining;
        m_status.bannedUntilMs = bannedUntil;
        Q_EMIT statusChanged(m_status);
    });
}

SyncEngine::~SyncEngine()
{
    m_stopping = true;
    m_client->cancelAll();
    m_commitPool->waitForDone(); // a history commit in flight ends before the cache closes
}

Status SyncEngine::open()
{
    auto db = storage::openWriter(m_options.dataDir, storage::DatabaseRole::Cache);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    // Checkpoints off the sync thread: starting at the size the automatic one used (8,000
    // pages), the writer catching up itself only at three times that.
    m_checkpointer = std::make_unique<storage::WalCheckpointer>(*m_db, 8'000, 24'000);
    m_writer = std::make_unique<CacheWriter>(*m_db);
    if (Status s = m_writer->prepare(); !s)
        return s;
    auto seq = m_writer->cursor(cursors::kCommitSeq);
    if (!seq)
        return seq.error();
    m_commitSeq = seq.value() ? seq.value()->toLongLong() : 0;
    auto ledger = LedgerStore::open(m_options.dataDir, m_clock);
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(ledger).value();
    m_pusher = new StockPusher(*m_client, *m_ledger, m_clock, [this](const core::StockLevel &level) {
        if (auto written = commitStockLevels({level}); !written)
            qCWarning(lcSync).noquote() << "acknowledged stock level not mirrored:" << written.error().toString();
    }, this);
    connect(m_pusher, &StockPusher::acknowledged, this, [this](const QString &id, const core::StockLevel &level) {
        core::ChangeSummary summary;
        summary.stock.append(level);
        noteSummary(std::move(summary));
        Q_EMIT stockChangeAcknowledged(id);
    });
    connect(m_pusher, &StockPusher::conflict, this, &SyncEngine::stockChangeConflict);
    connect(m_pusher, &StockPusher::rejected, this, &SyncEngine::stockChangeRejected);
    connect(m_pusher, &StockPusher::pendingChanged, this, [this](int pending) {
        m_status.pendingPushes = pending;
        Q_EMIT statusChanged(m_status);
    });
    if (auto pending = m_ledger->pendingCount())
        m_status.pendingPushes = pending.value();
    if (auto quarantined = m_writer->quarantinedTrades())
        m_status.quarantinedTrades = static_cast<int>(quarantined.value());
    if (auto unknown = m_writer->unknownStatusOrders())
        m_status.unknownStatusOrders = static_cast<int>(unknown.value());
    return {};
}

core::Result<QString> SyncEngine::requestStockChange(std::int64_t skuId, std::int64_t locationId,
                                                     std::int64_t newQuantity, std::int64_t expectedQuantity,
                                                     const QString &actor)
{
    auto ids = requestStockChanges({core::StockChange{skuId, locationId, newQuantity, expectedQuantity}}, actor);
    if (!ids)
        return ids.error();
    return ids.value().constFirst();
}

core::Result<QStringList> SyncEngine::requestStockChanges(const QList<core::StockChange> &changes,
                                                          const QString &actor)
{
    settleCache();
    auto item = m_db->prepare(u"SELECT num_iid FROM skus WHERE sku_id = ?");
    if (!item)
        return item.error();
    QList<QJsonObject> payloads;
    payloads.reserve(changes.size());
    for (const core::StockChange &c : changes) {
        if (c.quantity < 0 || c.expected < 0)
            return core::Error{QStringLiteral("sync.stock"), QStringLiteral("stock cannot be negative"), {}};
        item.value().reset();
        item.value().bind(1, c.skuId);
        auto found = item.value().step();
        if (!found)
            return found.error();
        if (!found.value())
            return core::Error{QStringLiteral("sync.stock"), QStringLiteral("unknown SKU %1").arg(c.skuId), {}};
        // The actor rides along for the Stock page's history; the pusher sends only the call's fields.
        payloads.append({{QStringLiteral("num_iid"), static_cast<qint64>(item.value().int64(0))},
                         {QStringLiteral("sku_id"), static_cast<qint64>(c.skuId)},
                         {QStringLiteral("location_id"), static_cast<qint64>(c.locationId)},
                         {QStringLiteral("quantity"), static_cast<qint64>(c.quantity)},
                         {QStringLiteral("expected_quantity"), static_cast<qint64>(c.expected)},
                         {QStringLiteral("actor"), actor}});
    }
    item.value().reset();
    auto ids = m_ledger->recordAll(kStockAdjustKind, payloads, actor, QStringLiteral("stock.adjust.requested"));
    if (!ids)
        return ids.error();
    m_status.pendingPushes += static_cast<int>(ids.value().size());
    Q_EMIT statusChanged(m_status);
    pushPending();
    return ids;
}

void SyncEngine::pushPending()
{
    if (m_pusher && !m_stopping)
        m_pusher->pushDue();
}

std::int64_t SyncEngine::platformNow() const { return m_client->platformNowMs(); }

void SyncEngine::start()
{
    m_once = false;
    setState(core::ConnectionState::Connecting);
    runPhase(Phase::Locations);
}

void SyncEngine::runOnce()
{
    m_once = true;
    setState(core::ConnectionState::Connecting);
    runPhase(Phase::Locations);
}

void SyncEngine::stop()
{
    m_stopping = true;
    Status saved = flushHistoryQueue(); // keep what was read; unfinished windows are re-read
    if (saved)
        saved = settleHistoryCommit();
    if (!saved)
        qCWarning(lcSync).noquote() << "history pages not saved at stop:" << saved.error().toString();
    m_pollTimer->stop();
    m_refreshTimer->stop();
    m_retryTimer->stop();
    if (m_feed)
        m_feed->stop();
    m_client->cancelAll();
    flushSummary();
    setState(core::ConnectionState::Offline);
}

void SyncEngine::setState(core::ConnectionState state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    m_status.budgetRemaining = m_client->remainingBudget();
    m_status.bannedUntilMs = m_client->bannedUntilMs();
    m_status.clockSkewMs = m_client->clockSkewMs();
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::failed(const QString &error, bool fatal)
{
    qCWarning(lcSync).noquote() << "sync failed:" << error;
    if (m_stopping || m_refused)
        return;
    if (fatal || m_once) {
        setState(core::ConnectionState::Failed, error);
        Q_EMIT fatalError(error);
        return;
    }
    // The client already retried the request; here we only schedule the next attempt.
    setState(core::ConnectionState::Retrying, error);
    m_retryTimer->start(static_cast<int>(m_options.retryAfterFailureMs));
}

void SyncEngine::refuse(const platform::PlatformError &error)
{
    if (m_stopping || m_refused)
        return;
    m_refused = true;
    m_pollTimer->stop();
    m_refreshTimer->stop();
    m_retryTimer->stop();
    if (m_feed)
        m_feed->stop();
    m_status.credentialsRefused = error.kind == platform::PlatformError::Kind::Auth;
    const QString message = m_status.credentialsRefused
                                ? QStringLiteral("credentials refused by the platform: %1; check app_key, app_secret "
                                                 "and session in the credentials file")
                                      .arg(error.message)
                                : error.message;
    qCWarning(lcSync).noquote() << "sync stopped:" << error.toString();
    setState(core::ConnectionState::Failed, message);
    Q_EMIT fatalError(message);
}

void SyncEngine::runPhase(Phase phase)
{
    if (m_stopping)
        return;
    m_phase = phase;
    m_phaseTimer.start();
    switch (phase) {
    case Phase::Idle:
        return;
    case Phase::Locations:
    case Phase::Catalog:
    case Phase::Stock:
        if (m_status.state != core::ConnectionState::Live)
            setState(core::ConnectionState::InitialSync);
        pullListing(phase);
        return;
    case Phase::History:
        runHistory();
        return;
    case Phase::Poll:
        runPoll();
        return;
    case Phase::Drain:
        startFeed();
        return;
    case Phase::Live:
        setState(core::ConnectionState::Live);
        pushPending();
        startFeed();
        m_pollTimer->start();
        m_refreshTimer->start();
        return;
    }
}

void SyncEngine::nextPhase()
{
    switch (m_phase) {
    case Phase::Locations: return runPhase(Phase::Catalog);
    case Phase::Catalog: return m_status.state == core::ConnectionState::Live ? pullListing(Phase::Stock) : runPhase(Phase::Stock);
    case Phase::Stock: return runPhase(Phase::History);
    case Phase::History: return runPhase(Phase::Poll);
    case Phase::Poll:
        if (!m_once)
            return runPhase(Phase::Live);
        if (m_options.useFeed)
            return runPhase(Phase::Drain);
        m_phase = Phase::Idle;
        flushSummary();
        Q_EMIT caughtUp();
        return;
    case Phase::Drain:
    case Phase::Idle:
    case Phase::Live: return;
    }
}

void SyncEngine::pullListing(Phase phase)
{
    PagedPull::Spec spec;
    QString entity;
    QString cursorName;
    if (phase == Phase::Locations) {
        spec = {"mc.locations.get", {}, 200, QLatin1String("locations"), QLatin1String("location")};
        entity = QStringLiteral("locations");
    } else if (phase == Phase::Catalog) {
        spec = {"taobao.items.onsale.get",
                {{"include_off_sale", "true"},
                 {"fields", "num_iid,title,cid,category,price,num,outer_id,approve_status,modified,skus"}},
                100, QLatin1String("items"), QLatin1String("item")};
        entity = QStringLiteral("catalog");
        cursorName = cursors::kCatalog;
    } else {
        spec = {"mc.stock.levels.get", {}, 500, QLatin1String("stock_levels"), QLatin1String("stock_level")};
        entity = QStringLiteral("stock");
        cursorName = cursors::kStock;
    }
    // Incremental after the first full pull: only rows modified since (start_modified with no
    // end: rows can only enter that set, never leave it, so forward paging misses nothing).
    if (!cursorName.isEmpty()) {
        auto since = readCursor(cursorName);
        if (!since)
            return failed(since.error().toString(), true);
        if (since.value())
            spec.params["start_modified"] = protocol::formatTopTime(since.value()->toLongLong());
    }
    m_listingStartMs = wholeSecond(platformNow() - m_options.listingOverlapMs);
    auto *pull = new PagedPull(
        *m_client, spec,
        [this, phase, cursorName](const QJsonArray &rows, bool last) {
            QList<std::pair<QString, QString>> cursors;
            if (last && !cursorName.isEmpty())
                cursors.append({cursorName, QString::number(m_listingStartMs)});
            return commitRows(phase, rows, cursors);
        },
        this);
    connect(pull, &PagedPull::progress, this,
            [this, entity](qint64 done, qint64 total) { emitProgress(entity, done, total, false); });
    connect(pull, &PagedPull::finished, this, [this, pull, entity, phase](bool ok, const QString &error) {
        pull->deleteLater();
        if (!ok)
            return failed(error, false);
        emitProgress(entity, -1, -1, true);
        if (m_phase == phase || m_phase != Phase::Live)
            nextPhase();
        else if (phase == Phase::Catalog)
            pullListing(Phase::Stock); // periodic refresh while live: catalog, then stock
    });
    pull->start();
}

Status SyncEngine::commitRows(Phase phase, const QJsonArray &rows, const QList<std::pair<QString, QString>> &cursors)
{
    settleCache();
    auto tx = storage::Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    core::ChangeSummary summary;
    if (phase == Phase::Locations) {
        auto n = applyListing<core::Location>(rows, parseLocation, [this](const auto &l) { return m_writer->applyLocations(l); });
        if (!n)
            return n.error();
        m_counters.locations += n.value();
        summary.locationsChanged = n.value();
    } else if (phase == Phase::Catalog) {
        auto n = applyListing<core::Product>(rows, parseItem, [this](const auto &p) { return m_writer->applyProducts(p); });
        if (!n)
            return n.error();
        m_counters.products += n.value();
        summary.productsChanged = n.value();
    } else {
        auto n = applyListing<core::StockLevel>(rows, parseStockLevel, [this, &summary](const auto &levels) -> Status {
            auto applied = m_writer->applyStockLevels(levels);
            if (!applied)
                return applied.error();
            summary.stock = std::move(applied).value();
            return {};
        });
        if (!n)
            return n.error();
        m_counters.stockLevels += n.value();
    }
    for (const auto &[name, value] : cursors)
        if (Status s = m_writer->setCursor(name, value, m_clock.nowMs()); !s)
            return s;
    if (Status s = tx.value().commit(); !s)
        return s;
    ++m_counters.transactions;
    noteSummary(std::move(summary));
    return {};
}

core::Result<std::optional<QString>> SyncEngine::readCursor(const QString &name)
{
    settleCache();
    return m_writer->cursor(name);
}

void SyncEngine::noteSummary(core::ChangeSummary summary)
{
    m_status.lastSyncMs = m_clock.nowMs();
    summary.committedAtMs = m_clock.nowMs();
    m_pendingSummary.merge(summary);
    if (!m_summaryTimer->isActive())
        m_summaryTimer->start();
}

void SyncEngine::flushSummary()
{
    if (m_pendingSummary.isEmpty())
        return;
    if (m_pendingSummary.newestOrderModifiedMs > 0)
        m_status.behindMs = std::max<std::int64_t>(0, platformNow() - m_pendingSummary.newestOrderModifiedMs);
    Q_EMIT changes(m_pendingSummary);
    m_pendingSummary = core::ChangeSummary();
    m_status.budgetRemaining = m_client->remainingBudget();
    m_status.clockSkewMs = m_client->clockSkewMs();
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::emitProgress(const QString &entity, std::int64_t done, std::int64_t total, bool finished)
{
    core::EntityProgress p;
    p.entity = entity;
    p.done = done;
    p.total = total;
    p.finished = finished;
    const double seconds = m_phaseTimer.elapsed() / 1000.0;
    if (seconds > 0 && done > 0) {
        p.ratePerSecond = done / seconds;
        if (total > done)
            p.etaSeconds = static_cast<std::int64_t>((total - done) / p.ratePerSecond);
    }
    Q_EMIT progress(p);
}

} // namespace mc::sync
