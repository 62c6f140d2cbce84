// OrderQuery: the Orders workspace's SQL over cache.sqlite (a reader connection). Lists
// orders newest first (created_ms, tid descending) with keyset paging, never OFFSET from
// the top: a position far down the list is reached from an anchor key (every
// kAnchorEvery-th match, collected by scanAnchors) plus a short offset. Search: an order
// id (6+ digits), or a substring of the buyer's nick or a product title (3+ characters)
// through the trigram index order_search, read in list order (searchkey.h) and raced against
// checking each order down the list, which wins when the rest of the filter is narrow;
// shorter terms, and orders the background indexer has not reached yet, are matched with
// LIKE: results are exact at all times.
#pragma once

#include "app/core/result.h"
#include "app/storage/database.h"
#include "app/workspace/orderfilter.h"

#include <QHash>

#include <functional>

namespace mc::workspace {

class OrderQuery
{
public:
    static constexpr int kAnchorEvery = 1024;

    explicit OrderQuery(storage::Database &db) : m_db(db) {}
    // The first window of a search that checks each order (then doubled); tests make it small.
    void setFirstScanWindow(std::int64_t rows) { m_firstScanWindow = rows; }
    // Counts, anchors, newer rows and exports of a search with up to this many index matches
    // start from them; with more they check each order down the list (rows() races both ways).
    void setIndexDrivenMax(std::int64_t matches) { m_indexDrivenMax = matches; }
    // Matches read from the index at a time, and in its first turn (orderquerysearch.cpp).
    void setIndexChunk(int matches) { m_indexChunk = matches; }

    // Up to `limit` rows matching `filter`, after `after` (null: from the newest), or,
    // with `inclusive`, starting at `after` itself; `skip` rows of that are passed over.
    core::Result<QList<OrderRow>> rows(const OrderFilter &filter, const std::optional<OrderKey> &after, int limit,
                                       int skip = 0, bool inclusive = false);
    // Rows newer than `key` (orders that arrived after a list was built), newest first.
    core::Result<QList<OrderRow>> newerThan(const OrderFilter &filter, const OrderKey &key, int limit, int skip = 0);
    core::Result<std::int64_t> countNewerThan(const OrderFilter &filter, const OrderKey &key);
    // The position of order `tid` in the list (the matches above it), -1 when it does not match.
    core::Result<std::int64_t> positionOf(const OrderFilter &filter, std::int64_t tid);

    // Walks the matches from `after` (null: the newest) for at most `budget` rows, appending
    // the key of every kAnchorEvery-th one (counted from `matchedSoFar`) to `anchors`.
    // Returns how many were walked; fewer than `budget` means the end was reached.
    core::Result<std::int64_t> scanAnchors(const OrderFilter &filter, const std::optional<OrderKey> &after,
                                           std::int64_t matchedSoFar, std::int64_t budget, QList<OrderKey> &anchors,
                                           OrderKey &last);

    core::Result<OrderDetail> detail(std::int64_t tid);
    core::Result<SearchIndexState> indexState();

    // Every match, newest first, handed to `sink` one by one; `sink` returns false to stop.
    core::Status forEach(const OrderFilter &filter, const std::function<bool(const OrderRow &)> &sink);

private:
    // How a search is answered (where counts and walks are concerned; rows() races two ways,
    // orderquerysearch.cpp): no search (or an order id); from the index's matches (a rare term);
    // or by checking each order down the list (a common one, or the index not complete).
    enum class Plan { Plain, Indexed, Scan };
    Plan planFor(const OrderFilter &filter);
    // The search can be answered from the index (3+ characters, not an order id, index complete).
    bool indexAnswers(const OrderFilter &filter);
    class IndexWalk;
    class ListWalk;
    // The rows of `tids` that match `filter` (its search checked with LIKE, or left out), after
    // `after`; in no order.
    core::Result<QList<OrderRow>> rowsOf(const OrderFilter &filter, const QList<std::int64_t> &tids,
                                         const std::optional<OrderKey> &after, bool inclusive,
                                         bool checkSearch = false);
    static QString phrase(const QString &search);
    // A search of 6-18 digits is an order id.
    static bool isOrderId(const QString &text);
    core::Result<QList<OrderRow>> rowsIn(const OrderFilter &filter, std::optional<Plan> plan,
                                         const std::optional<OrderKey> &after, bool inclusive,
                                         const std::optional<OrderKey> &notBelow, int limit, int skip);
    // The key `offset` rows down the list from `after` (none: the list is shorter).
    core::Result<std::optional<OrderKey>> keyAt(const OrderFilter &filter, const std::optional<OrderKey> &after,
                                                bool inclusive, std::int64_t offset);

    struct Where
    {
        QString sql;
        QList<QVariant> args;
    };
    core::Result<Where> where(const OrderFilter &filter, std::optional<Plan> plan = std::nullopt);
    core::Result<storage::Statement> prepare(const QString &sql, const QList<QVariant> &args);
    bool searchIndexComplete();
    // How many orders the index finds for an FTS phrase (cached: it only picks the plan).
    std::int64_t indexMatches(const QString &phrase);

    storage::Database &m_db;
    std::optional<bool> m_indexComplete; // once complete it stays complete
    QHash<QString, std::int64_t> m_matchCounts;
    std::int64_t m_firstScanWindow = 20'000;
    int m_indexChunk = 512;
    // Up to 20,000 index matches sorting them is cheap (about 80 ms on 10 million orders).
    std::int64_t m_indexDrivenMax = 20'000;
};

} // namespace mc::workspace
