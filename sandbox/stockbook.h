// Stock per (location, SKU), kept in memory for the simulator's checks and written through
// to stock_levels. Each change publishes taobao_item_ItemStockChanged: at once for calls,
// coalesced per tick for the simulator's many small decrements.
#pragma once

#include "sandbox/messagequeue.h"
#include "app/storage/database.h"

#include <QSet>

#include <memory>
#include <optional>
#include <unordered_map>

namespace mc::sandbox {

class StockBook
{
public:
    static core::Result<std::unique_ptr<StockBook>> load(storage::Database &db, MessageQueue &messages);

    std::optional<std::int64_t> quantity(std::int64_t locationId, std::int64_t skuId) const;
    // Writes the level (creating it at a new location). publishNow: a message right away;
    // otherwise at the next flush().
    core::Status set(std::int64_t locationId, std::int64_t skuId, std::int64_t quantity, std::int64_t nowMs,
                     bool publishNow);
    core::Status flush(std::int64_t nowMs);

private:
    StockBook(MessageQueue &messages, storage::Statement upsert) : m_messages(messages), m_upsert(std::move(upsert)) {}
    static std::int64_t key(std::int64_t locationId, std::int64_t skuId) { return skuId * 4096 + locationId; }

    MessageQueue &m_messages;
    storage::Statement m_upsert;
    std::unordered_map<std::int64_t, std::int64_t> m_levels;
    QSet<std::int64_t> m_dirty;
};

} // namespace mc::sandbox
