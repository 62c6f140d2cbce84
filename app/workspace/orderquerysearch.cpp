// OrderQuery::rows: a page of the list, and for a search the race between its two ways.
// - IndexWalk reads the trigram index newest first (its rowids are list keys, searchkey.h),
//   takes the orders of each chunk of matches that pass the rest of the filter, and adds the
//   orders still queued for the index (checked with LIKE). Cheap however common the term is,
//   unless the rest of the filter is narrow and most matches fail it.
// - ListWalk goes down the list as the rest of the filter selects it, in windows that double,
//   checking each order with LIKE. Cheap when the term is common among those orders.
// Each way, once finished, has every match above the point where it stopped: whichever
// finishes first answers, and the two take turns with growing steps, so the cost is about
// twice that of the better way for this filter, never that of the worse.
#include "app/workspace/orderquery.h"
#include "app/workspace/searchkey.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {


bool aboveInList(const OrderRow &a, const OrderRow &b)
{
    return std::pair(a.createdMs, a.tid) > std::pair(b.createdMs, b.tid);
}

// The first `wanted` of `rows` in list order, each order once.
void keepFirst(QList<OrderRow> &rows, int wanted)
{
    std::sort(rows.begin(), rows.end(), aboveInList);
    rows.erase(std::unique(rows.begin(), rows.end(), [](const OrderRow &a, const OrderRow &b) { return a.tid == b.tid; }),
               rows.end());
    if (rows.size() > wanted)
        rows.resize(wanted);
}

} // namespace

class OrderQuery::IndexWalk
{
public:
    IndexWalk(OrderQuery &query, const OrderFilter &filter, const std::optional<OrderKey> &after, bool inclusive,
              int wanted)
        : m_query(query), m_filter(filter), m_after(after), m_inclusive(inclusive), m_wanted(wanted)
    {
    }

    core::Status start()
    {
        std::int64_t highest = std::numeric_limits<std::int64_t>::max();
        if (m_after)
            highest = searchKeyCeiling(m_after->createdMs);
        if (m_filter.toMs > 0)
            highest = std::min(highest, searchKeyFloor(m_filter.toMs) - 1);
        const std::int64_t lowest = m_filter.fromMs > 0 ? searchKeyFloor(m_filter.fromMs) : 0;
        auto matches = m_query.m_db.prepare(u"SELECT rowid, tid FROM order_search WHERE order_search MATCH ? "
                                            u"AND rowid BETWEEN ? AND ? ORDER BY rowid DESC"_s);
        if (!matches)
            return matches.error();
        m_matches.emplace(std::move(matches).value());
        m_matches->bind(1, phrase(m_filter.search.trimmed())).bind(2, lowest).bind(3, highest);
        // Orders the indexer has not reached yet: few, looked up by tid and checked one by one
        // (a condition "tid IN pending" would let the planner walk the whole list instead).
        auto pending = m_query.m_db.prepare(u"SELECT tid FROM search_pending"_s);
        if (!pending)
            return pending.error();
        QList<std::int64_t> tids;
        while (true) {
            auto more = pending.value().step();
            if (!more)
                return more.error();
            if (more.value())
                tids.append(pending.value().int64(0));
            if (!more.value() || tids.size() == m_query.m_indexChunk) {
                auto rows = m_query.rowsOf(m_filter, tids, m_after, m_inclusive, true);
                if (!rows)
                    return rows.error();
                m_found += rows.value();
                keepFirst(m_found, m_wanted);
                tids.clear();
            }
            if (!more.value())
                return {};
        }
    }

    // Reads up to `budget` more matches from the index; true when the answer is complete.
    core::Result<bool> advance(std::int64_t budget)
    {
        for (std::int64_t read = 0; read < budget;) {
            const auto chunk = static_cast<int>(std::min<std::int64_t>(budget - read, m_query.m_indexChunk));
            auto complete = advanceChunk(chunk);
            if (!complete || complete.value())
                return complete;
            read += chunk;
        }
        return false;
    }

    const QList<OrderRow> &found() const { return m_found; }

private:
    core::Result<bool> advanceChunk(int chunk)
    {
        QList<std::int64_t> tids;
        tids.reserve(chunk);
        bool exhausted = false;
        while (tids.size() < chunk) {
            auto more = m_matches->step();
            if (!more)
                return more.error();
            if (!more.value()) {
                exhausted = true;
                break;
            }
            m_lastKey = m_matches->int64(0);
            tids.append(m_matches->int64(1));
        }
        auto rows = m_query.rowsOf(m_filter, tids, m_after, m_inclusive);
        if (!rows)
            return rows.error();
        m_found += rows.value();
        keepFirst(m_found, m_wanted);
        // Complete when the index is read to its end, or when every match still unread lies in
        // an earlier millisecond than the last row wanted (its own millisecond is read whole:
        // the list orders a millisecond's orders by tid, the index by slot).
        return exhausted ||
               (m_found.size() >= m_wanted && m_lastKey < searchKeyFloor(m_found.constLast().createdMs));
    }

    OrderQuery &m_query;
    const OrderFilter &m_filter;
    std::optional<OrderKey> m_after;
    bool m_inclusive;
    int m_wanted;
    std::optional<storage::Statement> m_matches;
    std::int64_t m_lastKey = std::numeric_limits<std::int64_t>::max();
    QList<OrderRow> m_found;
};

class OrderQuery::ListWalk
{
public:
    ListWalk(OrderQuery &query, const OrderFilter &filter, const std::optional<OrderKey> &after, bool inclusive,
             int wanted)
        : m_query(query), m_filter(filter), m_cursor(after), m_included(inclusive), m_wanted(wanted)
    {
        m_unsearched = filter;
        m_unsearched.search.clear();
    }

    // Checks the next `window` orders of the list; true when the answer is complete.
    core::Result<bool> advance(std::int64_t window)
    {
        auto floor = m_query.keyAt(m_unsearched, m_cursor, m_included, window - 1);
        if (!floor)
            return floor.error();
        auto part = m_query.rowsIn(m_filter, Plan::Scan, m_cursor, m_included, floor.value(),
                                   m_wanted - static_cast<int>(m_found.size()), 0);
        if (!part)
            return part.error();
        m_found += part.value();
        if (!floor.value() || m_found.size() >= m_wanted)
            return true; // the end of the list, or enough
        m_cursor = floor.value();
        m_included = false;
        return false;
    }

    const QList<OrderRow> &found() const { return m_found; }

private:
    OrderQuery &m_query;
    const OrderFilter &m_filter;
    OrderFilter m_unsearched;
    std::optional<OrderKey> m_cursor;
    bool m_included;
    int m_wanted;
    QList<OrderRow> m_found;
};

core::Result<QList<OrderRow>> OrderQuery::rows(const OrderFilter &filter, const std::optional<OrderKey> &after,
                                               int limit, int skip, bool inclusive)
{
    const QString search = filter.search.trimmed();
    if (search.isEmpty() || isOrderId(search)) // planFor() would count the index's matches: not needed here
        return rowsIn(filter, Plan::Plain, after, inclusive, std::nullopt, limit, skip);
    const int wanted = limit + skip;
    std::optional<IndexWalk> index;
    if (indexAnswers(filter)) {
        index.emplace(*this, filter, after, inclusive, wanted);
        if (core::Status s = index->start(); !s)
            return s.error();
    }
    ListWalk list(*this, filter, after, inclusive, wanted);
    // The index's first turn reads a chunk of matches, the list's first turn checks
    // m_firstScanWindow orders; each turn doubles both.
    std::int64_t turn = m_indexChunk;
    std::int64_t window = m_firstScanWindow;
    const QList<OrderRow> *found = nullptr;
    while (!found) {
        if (index) {
            auto done = index->advance(turn);
            if (!done)
                return done.error();
            if (done.value()) {
                found = &index->found();
                break;
            }
            turn *= 2;
        }
        auto done = list.advance(window);
        if (!done)
            return done.error();
        if (done.value())
            found = &list.found();
        window *= 2;
    }
    return found->mid(std::min<qsizetype>(skip, found->size()), limit);
}

} // namespace mc::workspace
