// Orders written straight into a cache file for the Orders workspace's tests and benchmark:
// duplicate creation times (ties broken by tid), tids not in creation order, both channels,
// several stores and provinces, Chinese and ASCII titles and nicks (with LIKE's wildcards).
#pragma once

#include <QStringList>

#include <cstdint>

namespace mc::storage {
class Database;
}

namespace mc::test {

const QStringList &sampleTitles();
const QStringList &sampleNicks();
// Orders number `from` .. from + count - 1, three per second from `baseMs`, in one transaction.
bool seedOrders(storage::Database &db, std::int64_t from, std::int64_t count, std::int64_t baseMs);
// The tid of order number `i`.
std::int64_t seededTid(std::int64_t i);
// Orders written straight into the tables are queued for the search index and the order
// digest, as the cache writer queues the orders it inserts (cache migration 0011): every order
// not summarised by the indexer, and every order without a digest row.
bool queueForDerivedData(storage::Database &db);

} // namespace mc::test
