// The cache side of promotion_details: an order's campaigns in order_promotions (cache
// migration 8), replaced with every version of the order the cache writer applies, inside
// its transaction (and savepoint), so a trade seen again never counts twice.
#pragma once

#include "app/core/order.h"
#include "app/storage/database.h"

namespace mc::sync {

class PromotionWriter
{
public:
    explicit PromotionWriter(storage::Database &db) : m_db(db) {}

    // `replacing`: the cache held an earlier version of the order (its rows go first).
    core::Status write(const core::Order &order, bool replacing);

private:
    storage::Database &m_db;
    storage::Statement m_delete, m_insert; // prepared on first use
};

} // namespace mc::sync
