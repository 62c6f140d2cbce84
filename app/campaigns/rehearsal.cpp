#include "app/campaigns/rehearsal.h"

#include "app/campaigns/orderdigest.h"
#include "app/campaigns/rehearsalwalker.h"
#include "app/storage/database.h"
#include "app/storage/readtransaction.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

__extension__ using Int128 = __int128; // GCC/Clang: exact intermediates of a*b/c

constexpr std::size_t kBatchOrders = 16'384;
constexpr std::int64_t kParts = 512; // per stretch of the window read the same way
// Above this many orders waiting for their digest, the whole window is read from the tables.
constexpr std::int64_t kMaxPendingMerged = 200'000;

core::Error overflow()
{
    return {u"rehearsal.overflow"_s, u"The rehearsal's sums do not fit in 64 bits."_s, {}};
}

core::Error cancelled() { return {u"rehearsal.cancelled"_s, u"The rehearsal was cancelled."_s, {}}; }

// One part of the window, read and priced by one reader thread. Parts are merged in order.
struct Chunk
{
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    bool digest = false; // from order_digest (with the pending orders); else from the tables
};

// A part's orders collected into batches and priced as each fills.
class Pipeline
{
public:
    Pipeline(const RehearsalScope &scope, std::vector<PricedBatch> &out, const std::atomic<bool> &stop)
        : m_scope(scope), m_out(out), m_stop(stop)
    {
    }

    OrderBatch &batch()
    {
        if (m_batch.orders.capacity() < kBatchOrders)
            m_batch.orders.reserve(kBatchOrders);
        return m_batch;
    }

    // A complete order was appended to batch().
    core::Status added()
    {
        if (m_batch.orders.size() >= kBatchOrders)
            flush();
        if ((++m_read & 0xFFF) == 0 && m_stop.load(std::memory_order_relaxed))
            return cancelled();
        return {};
    }

    void flush()
    {
        if (m_batch.orders.empty())
            return;
        m_out.push_back(priceBatch(m_scope, m_batch));
        m_batch.orders.clear();
        m_batch.bytes.clear();
        m_batch.lines.clear();
    }

private:
    const RehearsalScope &m_scope;
    std::vector<PricedBatch> &m_out;
    const std::atomic<bool> &m_stop;
    OrderBatch m_batch;
    std::int64_t m_read = 0;
};

// Orders read from the tables: `orders o` joined with their lines, grouped by order, columns
// tid, created_ms, store, location, buyer key, oid, sku, units, payment, refunded, category.
// CROSS JOIN keeps the join order as written: the orders (or the pending tids) lead.
QString directSql(const QString &from, const QString &where)
{
    return u"SELECT o.tid, o.created_ms, o.channel = 'store', o.location_id, "_s + kBuyerKeySql +
           u", l.oid, l.sku_id, l.num, l.payment_fen, l.refund_status = 'SUCCESS', l.category FROM " + from +
           u" CROSS JOIN order_lines l ON l.tid = o.tid WHERE " + kCountedOrderSql + u" AND " + where +
           u" ORDER BY o.created_ms, o.tid, l.oid";
}

// Appends the rows of `s` (directSql) to `pipe`'s batches, one complete order at a time; with
// `hold`, into `hold` instead (with each order's creation time in `created`).
core::Status readDirect(storage::Statement &s, const RehearsalScope &scope, Pipeline *pipe, OrderBatch *hold = nullptr,
                        std::vector<std::int64_t> *created = nullptr)
{
    OrderBatch *into = hold ? hold : &pipe->batch();
    bool open = false;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        const std::int64_t tid = row.value() ? s.int64(0) : 0;
        if (open && (!row.value() || tid != into->orders.back().tid)) {
            open = false;
            if (pipe && !hold)
                if (core::Status st = pipe->added(); !st)
                    return st;
            into = hold ? hold : &pipe->batch();
        }
        if (!row.value())
            return {};
        if (!open) {
            into->orders.push_back({tid, s.int64(3),
                                    scope.needsBuyer() ? buyerKeyHash(s.blobView(4)) : 0, s.int64(2) != 0, false,
                                    static_cast<std::int32_t>(into->lines.size()),
                                    static_cast<std::int32_t>(into->lines.size())});
            if (created)
                created->push_back(s.int64(1));
            open = true;
        }
        const std::int64_t sku = s.int64(6);
        into->lines.push_back({s.int64(5), sku, s.int64(7), s.int64(8), s.int64(9) != 0,
                               scope.inScope(sku, scope.needsCategory() && scope.categoryMatches(s.blob(10)))});
        into->orders.back().end = static_cast<std::int32_t>(into->lines.size());
    }
}

// Copies order `i` of `from` (lines read from the tables) to the end of `to`.
void copyOrder(const OrderBatch &from, std::size_t i, OrderBatch &to)
{
    OrderBatch::Order o = from.orders[i];
    const auto begin = static_cast<std::int32_t>(to.lines.size());
    to.lines.insert(to.lines.end(), from.lines.begin() + o.begin, from.lines.begin() + o.end);
    o.begin = begin;
    o.end = static_cast<std::int32_t>(to.lines.size());
    to.orders.push_back(o);
}

// Reads parts of the window on its own connection, in one snapshot for all its parts.
class PartReader
{
public:
    PartReader(storage::Database &cache, const RehearsalScope &scope, std::int64_t digestFrom, std::int64_t digestTo)
        : m_cache(cache), m_scope(scope), m_digestFrom(digestFrom), m_digestTo(digestTo)
    {
    }

    core::Status read(const Chunk &part, Pipeline &pipe)
    {
        if (!part.digest) {
            // INDEXED BY orders_list: rows come in creation order straight from the index. Left
            // to itself the planner takes orders_status_created (three status ranges) and sorts
            // the part in a temporary B-tree.
            if (!m_direct)
                if (core::Status s = prepare(m_direct, directSql(u"orders o INDEXED BY orders_list"_s,
                                                                 u"o.created_ms >= ?1 AND o.created_ms < ?2"_s));
                    !s)
                    return s;
            m_direct->reset();
            m_direct->bind(1, part.lo).bind(2, part.hi);
            return readDirect(*m_direct, m_scope, &pipe);
        }
        if (core::Status s = loadPending(); !s)
            return s;
        return digested(part, pipe);
    }

private:
    core::Status prepare(std::optional<storage::Statement> &into, const QString &sql)
    {
        auto s = m_cache.prepare(sql);
        if (!s)
            return s.error();
        into.emplace(std::move(s).value());
        return {};
    }

    // The orders waiting for their digest: skipped in the digest (their rows are stale or
    // gone), read from the tables instead and merged in by creation order.
    core::Status loadPending()
    {
        if (m_pendingLoaded)
            return {};
        auto held = m_cache.prepare(directSql(u"digest_pending p CROSS JOIN orders o ON o.tid = p.tid"_s,
                                              u"o.created_ms >= ?1 AND o.created_ms < ?2"_s));
        auto queued = m_cache.prepare(u"SELECT tid FROM digest_pending"_s);
        for (const auto *s : {&held, &queued})
            if (!*s)
                return s->error();
        held.value().bind(1, m_digestFrom).bind(2, m_digestTo);
        if (core::Status s = readDirect(held.value(), m_scope, nullptr, &m_pending, &m_pendingCreated); !s)
            return s;
        while (true) {
            auto row = queued.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            m_pendingTids.insert(queued.value().int64(0));
        }
        m_pendingLoaded = true;
        return {};
    }

    core::Status digested(const Chunk &part, Pipeline &pipe)
    {
        if (!m_digest) {
            if (core::Status s = prepare(m_digest, u"SELECT created_ms, tid, location_id, flags, buyer, lines FROM "
                                                   u"order_digest WHERE created_ms >= ?1 AND created_ms < ?2"_s);
                !s)
                return s;
            if (core::Status s = prepare(m_lines, directSql(u"orders o"_s, u"o.tid = ?1"_s)); !s)
                return s;
        }
        storage::Statement &r = *m_digest;
        r.reset();
        r.bind(1, part.lo).bind(2, part.hi);
        // The part's pending orders, in creation order.
        auto next = static_cast<std::size_t>(
            std::lower_bound(m_pendingCreated.begin(), m_pendingCreated.end(), part.lo) - m_pendingCreated.begin());
        auto mergeUpTo = [&](std::int64_t created, std::int64_t tid) -> core::Status {
            while (next < m_pending.orders.size() && m_pendingCreated[next] < part.hi &&
                   (m_pendingCreated[next] < created ||
                    (m_pendingCreated[next] == created && m_pending.orders[next].tid < tid))) {
                copyOrder(m_pending, next++, pipe.batch());
                if (core::Status s = pipe.added(); !s)
                    return s;
            }
            return {};
        };
        while (true) {
            auto row = r.step();
            if (!row)
                return row.error();
            if (!row.value())
                return mergeUpTo(INT64_MAX, INT64_MAX);
            const std::int64_t tid = r.int64(1);
            if (!m_pendingTids.isEmpty() && m_pendingTids.contains(tid))
                continue;
            if (core::Status s = mergeUpTo(r.int64(0), tid); !s)
                return s;
            const std::int64_t flags = r.int64(3);
            if (flags & kDigestReadLines) { // a line fails validation: the set-aside reason needs it
                m_lines->reset();
                m_lines->bind(1, tid);
                if (core::Status s = readDirect(*m_lines, m_scope, &pipe); !s)
                    return s;
                continue;
            }
            OrderBatch &b = pipe.batch();
            const QByteArrayView blob = r.blobView(5);
            const auto begin = static_cast<std::int32_t>(b.bytes.size());
            b.bytes.append(blob.data(), blob.size());
            b.orders.push_back({tid, r.int64(2), static_cast<std::uint64_t>(r.int64(4)),
                                (flags & kDigestStore) != 0, true, begin, static_cast<std::int32_t>(b.bytes.size())});
            if (core::Status s = pipe.added(); !s)
                return s;
        }
    }

    storage::Database &m_cache;
    const RehearsalScope &m_scope;
    std::int64_t m_digestFrom;
    std::int64_t m_digestTo;
    std::optional<storage::Statement> m_direct, m_digest, m_lines;
    bool m_pendingLoaded = false;
    OrderBatch m_pending;
    std::vector<std::int64_t> m_pendingCreated;
    QSet<std::int64_t> m_pendingTids;
};

// The parts, handed out to the reader threads in order and merged back in order. A reader
// stays at most kPartsAhead parts ahead of the merge, so memory stays bounded.
class PartBoard
{
public:
    explicit PartBoard(std::vector<Chunk> parts) : m_parts(std::move(parts)), m_results(m_parts.size()) {}

    std::size_t size() const { return m_parts.size(); }
    const Chunk &part(std::size_t i) const { return m_parts[i]; }
    std::atomic<bool> &stop() { return m_stop; }

    // The next part to read; size() when there is none (or the rehearsal stopped).
    std::size_t claim()
    {
        std::unique_lock lock(m_mutex);
        const std::size_t i = m_next++;
        m_changed.wait(lock, [&] { return m_stop || i < m_merged + kPartsAhead; });
        return m_stop || i >= m_parts.size() ? m_parts.size() : i;
    }

    void done(std::size_t i, std::vector<PricedBatch> batches, core::Status status)
    {
        {
            std::lock_guard lock(m_mutex);
            m_results[i] = {std::move(batches), std::move(status), true};
        }
        m_changed.notify_all();
    }

    // Waits for part `i` and hands it over to the merge.
    std::pair<std::vector<PricedBatch>, core::Status> take(std::size_t i)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_results[i].ready; });
        auto taken = std::make_pair(std::move(m_results[i].batches), std::move(m_results[i].status));
        m_merged = i + 1;
        lock.unlock();
        m_changed.notify_all();
        return taken;
    }

    void halt()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t kPartsAhead = 8;
    struct Result
    {
        std::vector<PricedBatch> batches;
        core::Status status;
        bool ready = false;
    };
    std::vector<Chunk> m_parts;
    std::vector<Result> m_results;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_next = 0;
    std::size_t m_merged = 0;
    std::atomic<bool> m_stop = false;
};

// Equal slices of time, many more than threads, so a busy day is shared out too.
void slice(std::vector<Chunk> &parts, std::int64_t lo, std::int64_t hi, bool digest)
{
    if (lo >= hi)
        return;
    const std::int64_t step = std::max<std::int64_t>(60'000, (hi - lo + kParts - 1) / kParts);
    for (std::int64_t at = lo; at < hi; at += std::min(step, hi - at))
        parts.push_back({at, at + std::min(step, hi - at), digest});
}

} // namespace

std::int64_t RehearsalResult::costShareBp() const
{
    if (gmvFen <= 0)
        return 0;
    return static_cast<std::int64_t>((static_cast<Int128>(discounted.discountFen) * 20'000 + gmvFen) / (2 * gmvFen));
}

core::Result<StoreReach> resolveStores(storage::Database &cache, const CampaignSpec &c)
{
    StoreReach reach;
    if (c.storesBy == StoreSelection::All)
        return reach;
    reach.all = false;
    if (c.storesBy == StoreSelection::List) {
        reach.storeIds = c.storeIds;
        return reach;
    }
    auto stores = cache.prepare(u"SELECT location_id, city, province FROM locations WHERE kind = 'store' "
                                u"ORDER BY location_id");
    if (!stores)
        return stores.error();
    const QStringList &names = c.storesBy == StoreSelection::City ? c.cities : c.provinces;
    const int column = c.storesBy == StoreSelection::City ? 1 : 2;
    while (true) {
        auto row = stores.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (names.contains(stores.value().text(column)))
            reach.storeIds.append(stores.value().int64(0));
    }
    return reach;
}

core::Result<RehearsalResult> rehearse(storage::Database &cache, const CampaignSpec &c, const RehearsalOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    storage::ReadTransaction snapshot(cache);
    auto stores = resolveStores(cache, c);
    if (!stores)
        return stores.error();
    auto categoryIds = digestCategories(cache);
    if (!categoryIds)
        return categoryIds.error();
    // Orders created before the mark have no digest yet (the keeper works down to them).
    auto mark = cache.queryInt(u"SELECT coalesce((SELECT CAST(value AS INTEGER) FROM sync_cursors "
                               u"WHERE name = 'digest.backfill_below'), 0)"_s);
    if (!mark)
        return mark.error();
    const std::int64_t split = std::clamp(mark.value(), options.fromMs, std::max(options.fromMs, options.toMs));
    // Pending orders are held in memory while the digest is read (their tids are skipped there):
    // past a bound, the whole window is read from the tables instead.
    auto pending = cache.queryInt(u"SELECT count(*) FROM digest_pending"_s);
    if (!pending)
        return pending.error();
    const bool digest = pending.value() <= kMaxPendingMerged;

    RehearsalResult r;
    r.fromMs = options.fromMs;
    r.toMs = options.toMs;
    std::vector<Chunk> parts;
    slice(parts, options.fromMs, digest ? split : options.toMs, false);
    if (digest)
        slice(parts, split, options.toMs, true);
    PartBoard board(std::move(parts));
    const RehearsalScope scope(c, stores.value(), categoryIds.value());
    // Reader threads, each on its own connection and in its own snapshot (taken together, at
    // the start): an order whose creation time moved from one part to another in between could
    // count twice or not at all. TOP never changes a trade's creation time.
    std::vector<std::thread> readers;
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    for (int t = 0; t < threads; ++t)
        readers.emplace_back([&board, &scope, &cache, split, to = options.toMs] {
            storage::OpenOptions own;
            own.path = cache.path();
            own.readOnly = true;
            own.mmapBytes = 256LL << 20;
            auto db = storage::Database::open(own);
            if (!db) {
                for (std::size_t i = board.claim(); i < board.size(); i = board.claim())
                    board.done(i, {}, db.error());
                return;
            }
            storage::ReadTransaction ownSnapshot(*db.value());
            PartReader reader(*db.value(), scope, split, to);
            for (std::size_t i = board.claim(); i < board.size(); i = board.claim()) {
                std::vector<PricedBatch> priced;
                Pipeline pipe(scope, priced, board.stop());
                core::Status read = reader.read(board.part(i), pipe);
                if (read)
                    pipe.flush();
                board.done(i, std::move(priced), std::move(read));
            }
        });
    LimitSpender spender(c, r);
    core::Status failure;
    for (std::size_t i = 0; i < board.size() && failure; ++i) {
        auto [priced, status] = board.take(i);
        failure = std::move(status);
        for (const PricedBatch &b : priced)
            if (failure && !spender.merge(b))
                failure = overflow();
        if (failure && options.progress && !options.progress(r.ordersScanned + r.setAsideCount))
            failure = cancelled();
    }
    board.halt();
    for (std::thread &t : readers)
        t.join();
    if (!failure)
        return failure.error();
    spender.finish(options.topSkuCount);
    r.seconds = timer.nsecsElapsed() / 1e9;
    return r;
}

} // namespace mc::campaigns
