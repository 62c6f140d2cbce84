// Stock levels in memory and on disk.
#include "sandbox/stockbook.h"

#include "sandbox/rows.h"

namespace mc::sandbox {

core::Result<std::unique_ptr<StockBook>> StockBook::load(storage::Database &db, MessageQueue &messages)
{
    auto upsert =
        db.prepare(u"INSERT INTO stock_levels (location_id, sku_id, quantity, modified_ms) VALUES (?1, ?2, ?3, ?4) "
                   u"ON CONFLICT (location_id, sku_id) DO UPDATE SET quantity = excluded.quantity, "
                   u"modified_ms = excluded.modified_ms");
    if (!upsert)
        return upsert.error();
    std::unique_ptr<StockBook> book(new StockBook(messages, std::move(upsert).value()));
    auto all = db.prepare(u"SELECT location_id, sku_id, quantity FROM stock_levels");
    if (!all)
        return all.error();
    const core::Status loaded = forEachRow(
        all.value(), [&](storage::Statement &s) { book->m_levels[key(s.int64(0), s.int64(1))] = s.int64(2); });
    if (!loaded)
        return loaded.error();
    return book;
}

std::optional<std::int64_t> StockBook::quantity(std::int64_t locationId, std::int64_t skuId) const
{
    const auto it = m_levels.find(key(locationId, skuId));
    if (it == m_levels.end())
        return std::nullopt;
    return it->second;
}

core::Status StockBook::set(std::int64_t locationId, std::int64_t skuId, std::int64_t quantity, std::int64_t nowMs,
                            bool publishNow)
{
    m_upsert.bind(1, locationId).bind(2, skuId).bind(3, quantity).bind(4, nowMs);
    if (core::Status s = m_upsert.run(); !s)
        return s;
    m_levels[key(locationId, skuId)] = quantity;
    if (publishNow)
        return m_messages.publish(topic::kItemStockChanged, nowMs, skuId, locationId);
    m_dirty.insert(key(locationId, skuId));
    return {};
}

core::Status StockBook::flush(std::int64_t nowMs)
{
    for (std::int64_t k : std::as_const(m_dirty))
        if (core::Status s = m_messages.publish(topic::kItemStockChanged, nowMs, k / 4096, k % 4096); !s)
            return s;
    m_dirty.clear();
    return {};
}

} // namespace mc::sandbox
