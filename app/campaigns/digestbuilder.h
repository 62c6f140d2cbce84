// DigestBuilder: fills order_digest (cache migration 0010) on a writer connection, in small
// transactions: first the orders the triggers queued in digest_pending (lowest tids first),
// then the orders cached before the digest existed, newest first, moving the resumable mark
// 'digest.backfill_below' down with each batch ('0': done). Paid, not closed orders with lines
// get a row; any other order's row is dropped. See orderdigest.h for the row's format.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

class DigestBuilder
{
public:
    static constexpr int kBatchOrders = 2000;

    explicit DigestBuilder(storage::Database &writer) : m_db(writer) {}

    // Digests up to about `maxOrders` orders in one transaction; how many (0: nothing left).
    core::Result<int> buildBatch(int maxOrders = kBatchOrders);
    // Until nothing is left (tests, benchmarks and the headless simulate command).
    core::Result<std::int64_t> buildAll();

private:
    core::Result<int> digestWhere(const QString &condition);
    core::Result<std::int64_t> categoryId(const QByteArray &name);

    storage::Database &m_db;
    QHash<QByteArray, std::int64_t> m_categories;
    bool m_categoriesLoaded = false;
};

} // namespace mc::campaigns
