// CacheWriter: prepared statements over the cache schema (app/storage/migrations/cache);
// the order path (validation, quarantine, rollups) is in cachewriterorders.cpp.
#include "app/sync/cachewriter.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace mc::sync {

using core::Status;

namespace {
bool isRefunded(const QString &refundStatus) { return refundStatus == QLatin1String("SUCCESS"); }

// The overflow guard of the rollup tables (cache migration 3) refused a sum: not a storage
// failure, a trade to set aside. Found again per trade (ApplyMode::PerTrade).
Status rollupWrite(Status s)
{
    if (s || !s.error().toString().contains(u"rollup-overflow"))
        return s;
    return core::Error{QString::fromLatin1(kRetryPerTradeCode),
                       QStringLiteral("rollup-overflow: a stored rollup sum would pass the 64-bit limit"),
                       s.error().toString()};
}
} // namespace

Status CacheWriter::prepare()
{
    struct Item
    {
        storage::Statement *target;
        const char16_t *sql;
    };
    const Item items[] = {
        {&m_selectOrder, u"SELECT status, channel, location_id, pay_time_ms, province, modified_ms FROM orders WHERE tid = ?"},
        {&m_selectLines, u"SELECT category, sku_id, num, payment_fen, refund_status, oid, num_iid, title, price_fen "
                         u"FROM order_lines WHERE tid = ?"},
        {&m_upsertOrder,
         u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, total_fee_fen, post_fee_fen, "
         u"created_ms, modified_ms, pay_time_ms, province, city, buyer_open_uid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
         u"ON CONFLICT (tid) DO UPDATE SET status = excluded.status, channel = excluded.channel, "
         u"location_id = excluded.location_id, buyer_nick = excluded.buyer_nick, payment_fen = excluded.payment_fen, "
         u"total_fee_fen = excluded.total_fee_fen, post_fee_fen = excluded.post_fee_fen, created_ms = excluded.created_ms, "
         u"modified_ms = excluded.modified_ms, pay_time_ms = excluded.pay_time_ms, province = excluded.province, "
         u"city = excluded.city, buyer_open_uid = excluded.buyer_open_uid"},
        {&m_upsertLine,
         u"INSERT INTO order_lines (oid, tid, num_iid, sku_id, title, category, num, price_fen, payment_fen, refund_status) "
         u"VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (oid) DO UPDATE SET tid = excluded.tid, num_iid = excluded.num_iid, "
         u"sku_id = excluded.sku_id, title = excluded.title, category = excluded.category, num = excluded.num, "
         u"price_fen = excluded.price_fen, payment_fen = excluded.payment_fen, refund_status = excluded.refund_status "
         // A line of another trade is left alone (no change: the writer refuses this trade).
         u"WHERE order_lines.tid = excluded.tid"},
        {&m_deleteLine, u"DELETE FROM order_lines WHERE oid = ?"},
        {&m_queueSearch, u"INSERT OR IGNORE INTO search_pending (tid) VALUES (?)"},
        {&m_queueDigest, u"INSERT OR IGNORE INTO digest_pending (tid) VALUES (?)"},
        {&m_clearListColumns, u"UPDATE orders SET items = NULL, first_title = NULL WHERE tid = ? AND items IS NOT NULL"},
        {&m_lineOwner, u"SELECT tid FROM order_lines WHERE oid = ?"},
        {&m_quarantinedOf, u"SELECT tid, modified_ms FROM quarantine WHERE tid IN (SELECT value FROM json_each(?))"},
        // A second sighting counts; its text and reason replace the kept ones unless it is older.
        {&m_quarantine,
         u"INSERT INTO quarantine (tid, modified_ms, reason, raw_json, first_seen_ms, last_seen_ms, times_seen) "
         u"VALUES (?,?,?,?,?,?,1) ON CONFLICT (tid) DO UPDATE SET "
         u"reason = CASE WHEN excluded.modified_ms >= quarantine.modified_ms THEN excluded.reason ELSE reason END, "
         u"raw_json = CASE WHEN excluded.modified_ms >= quarantine.modified_ms THEN excluded.raw_json ELSE raw_json END, "
         u"modified_ms = max(modified_ms, excluded.modified_ms), last_seen_ms = excluded.last_seen_ms, "
         u"times_seen = times_seen + 1"},
        {&m_release, u"DELETE FROM quarantine WHERE tid = ?"},
        {&m_upsertRollup,
         u"INSERT INTO rollup_minute (minute_ms, channel, location_id, category, province, orders, units, gmv_fen, "
         u"refund_fen) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET orders = orders + excluded.orders, "
         u"units = units + excluded.units, gmv_fen = gmv_fen + excluded.gmv_fen, "
         u"refund_fen = refund_fen + excluded.refund_fen"},
        {&m_upsertSkuHour,
         u"INSERT INTO rollup_sku_hour (hour_ms, sku_id, location_id, units, gmv_fen) VALUES (?,?,?,?,?) "
         u"ON CONFLICT DO UPDATE SET units = units + excluded.units, gmv_fen = gmv_fen + excluded.gmv_fen"},
        {&m_upsertItem,
         u"INSERT INTO items (num_iid, title, cid, category, price_fen, outer_id, on_sale, modified_ms) "
         u"VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (num_iid) DO UPDATE SET title = excluded.title, cid = excluded.cid, "
         u"category = excluded.category, price_fen = excluded.price_fen, outer_id = excluded.outer_id, "
         u"on_sale = excluded.on_sale, modified_ms = excluded.modified_ms WHERE excluded.modified_ms >= items.modified_ms"},
        {&m_upsertSku,
         u"INSERT INTO skus (sku_id, num_iid, properties, price_fen, outer_id, modified_ms) VALUES (?,?,?,?,?,?) "
         u"ON CONFLICT (sku_id) DO UPDATE SET num_iid = excluded.num_iid, properties = excluded.properties, "
         u"price_fen = excluded.price_fen, outer_id = excluded.outer_id, modified_ms = excluded.modified_ms "
         u"WHERE excluded.modified_ms >= skus.modified_ms"},
        {&m_upsertStock,
         u"INSERT INTO stock_levels (sku_id, location_id, quantity, modified_ms) VALUES (?,?,?,?) "
         u"ON CONFLICT (sku_id, location_id) DO UPDATE SET quantity = excluded.quantity, "
         u"modified_ms = excluded.modified_ms WHERE excluded.modified_ms >= stock_levels.modified_ms"},
        {&m_upsertLocation,
         u"INSERT INTO locations (location_id, kind, name, province, city, modified_ms) VALUES (?,?,?,?,?,?) "
         u"ON CONFLICT (location_id) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
         u"province = excluded.province, city = excluded.city, modified_ms = excluded.modified_ms"},
        {&m_setCursor, u"INSERT OR REPLACE INTO sync_cursors (name, value, updated_ms) VALUES (?,?,?)"},
        // Which of a batch's trades the cache already has, in one statement.
        {&m_existing, u"SELECT tid FROM orders WHERE tid IN (SELECT value FROM json_each(?))"},
        {&m_getCursor, u"SELECT value FROM sync_cursors WHERE name = ?"},
    };
    for (const Item &item : items) {
        auto stmt = m_db.prepare(QStringView(item.sql));
        if (!stmt)
            return stmt.error();
        *item.target = std::move(stmt).value();
    }
    auto categories = m_db.prepare(u"SELECT num_iid, category FROM items");
    if (!categories)
        return categories.error();
    m_categories.clear();
    for (;;) {
        auto row = categories.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        m_categories.insert(categories.value().int64(0), categories.value().text(1));
    }
    return {};
}

core::Result<std::optional<core::OrderFacts>> CacheWriter::storedFacts(std::int64_t tid, std::int64_t &modifiedMs)
{
    m_selectOrder.bind(1, tid);
    auto row = m_selectOrder.step();
    if (!row) {
        m_selectOrder.reset();
        return row.error();
    }
    if (!row.value()) {
        m_selectOrder.reset();
        return std::optional<core::OrderFacts>();
    }
    core::OrderFacts f;
    f.status = core::orderStatusFromWire(m_selectOrder.text(0)).value_or(core::OrderStatus::Unknown);
    f.channel = m_selectOrder.text(1);
    f.locationId = m_selectOrder.int64(2);
    f.payTimeMs = m_selectOrder.int64(3);
    f.province = m_selectOrder.text(4);
    modifiedMs = m_selectOrder.int64(5);
    m_selectOrder.reset();

    m_storedLines.clear();
    m_selectLines.bind(1, tid);
    for (;;) {
        auto line = m_selectLines.step();
        if (!line) {
            m_selectLines.reset();
            return line.error();
        }
        if (!line.value())
            break;
        f.lines.append({m_selectLines.text(0), m_selectLines.int64(1), m_selectLines.int64(2), m_selectLines.int64(3),
                        isRefunded(m_selectLines.text(4)), m_selectLines.int64(5)});
        m_storedLines.append({m_selectLines.int64(5), m_selectLines.int64(6), m_selectLines.int64(1),
                              m_selectLines.text(7), m_selectLines.text(0), m_selectLines.int64(2),
                              m_selectLines.int64(8), m_selectLines.int64(3), m_selectLines.text(4)});
    }
    m_selectLines.reset();
    return std::optional<core::OrderFacts>(std::move(f));
}

core::OrderFacts CacheWriter::factsOf(const core::Order &o) const
{
    core::OrderFacts f{o.status, core::toWire(o.channel), o.locationId, o.payTimeMs, o.province, {}};
    f.lines.reserve(o.lines.size());
    for (const core::OrderLine &l : o.lines)
        f.lines.append({m_categories.value(l.numIid), l.skuId, l.num, l.payment.minor(), isRefunded(l.refundStatus), l.oid});
    return f;
}

Status CacheWriter::writeRollups(const core::RollupDelta &delta)
{
    // In key order (the tables are WITHOUT ROWID, keyed by time first): neighbouring cells
    // share B-tree pages, instead of the hash's scattered order touching a page per cell.
    std::vector<decltype(delta.cells().cbegin())> cells;
    cells.reserve(delta.cells().size());
    for (auto it = delta.cells().cbegin(); it != delta.cells().cend(); ++it)
        if (!it->isZero())
            cells.push_back(it);
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
        return std::tie(a.key().minuteMs, a.key().channel, a.key().locationId, a.key().category, a.key().province) <
               std::tie(b.key().minuteMs, b.key().channel, b.key().locationId, b.key().category, b.key().province);
    });
    for (const auto &it : cells) {
        const core::RollupKey &k = it.key();
        m_upsertRollup.bind(1, k.minuteMs)
            .bind(2, k.channel)
            .bind(3, k.locationId)
            .bind(4, k.category)
            .bind(5, k.province)
            .bind(6, it->orders)
            .bind(7, it->units)
            .bind(8, it->gmvFen)
            .bind(9, it->refundFen);
        if (Status s = rollupWrite(m_upsertRollup.run()); !s)
            return s;
    }
    std::vector<decltype(delta.skuHours().cbegin())> skuHours;
    skuHours.reserve(delta.skuHours().size());
    for (auto it = delta.skuHours().cbegin(); it != delta.skuHours().cend(); ++it)
        if (!it->isZero())
            skuHours.push_back(it);
    std::sort(skuHours.begin(), skuHours.end(), [](const auto &a, const auto &b) {
        return std::tie(a.key().hourMs, a.key().skuId, a.key().locationId) <
               std::tie(b.key().hourMs, b.key().skuId, b.key().locationId);
    });
    for (const auto &it : skuHours) {
        m_upsertSkuHour.bind(1, it.key().hourMs)
            .bind(2, it.key().skuId)
            .bind(3, it.key().locationId)
            .bind(4, it->units)
            .bind(5, it->gmvFen);
        if (Status s = rollupWrite(m_upsertSkuHour.run()); !s)
            return s;
    }
    return {};
}

Status CacheWriter::applyProducts(const QList<core::Product> &products)
{
    for (const core::Product &p : products) {
        m_upsertItem.bind(1, p.numIid)
            .bind(2, p.title)
            .bind(3, p.cid)
            .bind(4, p.category)
            .bind(5, p.price.minor())
            .bind(6, p.outerId)
            .bind(7, p.onSale ? 1 : 0)
            .bind(8, p.modifiedMs);
        if (Status s = m_upsertItem.run(); !s)
            return s;
        m_categories.insert(p.numIid, p.category);
        for (const core::Sku &sku : p.skus) {
            m_upsertSku.bind(1, sku.skuId)
                .bind(2, p.numIid)
                .bind(3, sku.properties)
                .bind(4, sku.price.minor())
                .bind(5, sku.outerId)
                .bind(6, sku.modifiedMs);
            if (Status s = m_upsertSku.run(); !s)
                return s;
        }
    }
    return {};
}

core::Result<QList<core::StockLevel>> CacheWriter::applyStockLevels(const QList<core::StockLevel> &levels)
{
    QList<core::StockLevel> applied;
    for (const core::StockLevel &l : levels) {
        m_upsertStock.bind(1, l.skuId).bind(2, l.locationId).bind(3, l.quantity).bind(4, l.modifiedMs);
        if (Status s = m_upsertStock.run(); !s)
            return s.error();
        if (m_db.changes() > 0)
            applied.append(l);
    }
    return applied;
}

Status CacheWriter::applyLocations(const QList<core::Location> &locations)
{
    for (const core::Location &l : locations) {
        m_upsertLocation.bind(1, l.id)
            .bind(2, core::toWire(l.kind))
            .bind(3, l.name)
            .bind(4, l.province)
            .bind(5, l.city)
            .bind(6, l.modifiedMs);
        if (Status s = m_upsertLocation.run(); !s)
            return s;
    }
    return {};
}

Status CacheWriter::setCursor(const QString &name, const QString &value, std::int64_t nowMs)
{
    m_setCursor.bind(1, name).bind(2, value).bind(3, nowMs);
    return m_setCursor.run();
}

core::Result<std::optional<QString>> CacheWriter::cursor(const QString &name)
{
    m_getCursor.bind(1, name);
    auto row = m_getCursor.step();
    std::optional<QString> value;
    if (row && row.value())
        value = m_getCursor.text(0);
    m_getCursor.reset();
    if (!row)
        return row.error();
    return value;
}

} // namespace mc::sync
