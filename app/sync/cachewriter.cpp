// CacheWriter: prepared statements over the cache schema (app/storage/migrations/cache).
#include "app/sync/cachewriter.h"

#include <QSet>

namespace mc::sync {

using core::Status;

namespace {

// Order of the lifecycle, to break ties between two versions with the same modified second.
int statusRank(core::OrderStatus s)
{
    switch (s) {
    case core::OrderStatus::WaitBuyerPay: return 0;
    case core::OrderStatus::WaitSellerSendGoods: return 1;
    case core::OrderStatus::WaitBuyerConfirmGoods: return 2;
    case core::OrderStatus::TradeFinished: return 3;
    case core::OrderStatus::TradeClosed:
    case core::OrderStatus::TradeClosedByTaobao: return 4;
    }
    return 0;
}

int refundedLines(const core::OrderFacts &f)
{
    int n = 0;
    for (const auto &l : f.lines)
        n += l.refunded ? 1 : 0;
    return n;
}

bool isRefunded(const QString &refundStatus) { return refundStatus == QLatin1String("SUCCESS"); }

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
        {&m_selectLines, u"SELECT category, sku_id, num, payment_fen, refund_status FROM order_lines WHERE tid = ?"},
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
         u"price_fen = excluded.price_fen, payment_fen = excluded.payment_fen, refund_status = excluded.refund_status"},
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
    f.status = core::orderStatusFromWire(m_selectOrder.text(0)).value_or(core::OrderStatus::WaitBuyerPay);
    f.channel = m_selectOrder.text(1);
    f.locationId = m_selectOrder.int64(2);
    f.payTimeMs = m_selectOrder.int64(3);
    f.province = m_selectOrder.text(4);
    modifiedMs = m_selectOrder.int64(5);
    m_selectOrder.reset();

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
                        isRefunded(m_selectLines.text(4))});
    }
    m_selectLines.reset();
    return std::optional<core::OrderFacts>(std::move(f));
}

core::OrderFacts CacheWriter::factsOf(const core::Order &o) const
{
    core::OrderFacts f{o.status, core::toWire(o.channel), o.locationId, o.payTimeMs, o.province, {}};
    f.lines.reserve(o.lines.size());
    for (const core::OrderLine &l : o.lines)
        f.lines.append({m_categories.value(l.numIid), l.skuId, l.num, l.payment.minor(), isRefunded(l.refundStatus)});
    return f;
}

Status CacheWriter::writeOrder(const core::Order &o)
{
    m_upsertOrder.bind(1, o.tid)
        .bind(2, core::toWire(o.status))
        .bind(3, core::toWire(o.channel))
        .bind(4, o.locationId)
        .bind(5, o.buyerNick)
        .bind(6, o.payment.minor())
        .bind(7, o.totalFee.minor())
        .bind(8, o.postFee.minor())
        .bind(9, o.createdMs)
        .bind(10, o.modifiedMs)
        .bind(11, o.payTimeMs)
        .bind(12, o.province)
        .bind(13, o.city)
        .bind(14, o.buyerOpenUid);
    if (Status s = m_upsertOrder.run(); !s)
        return s;
    for (const core::OrderLine &l : o.lines) {
        m_upsertLine.bind(1, l.oid)
            .bind(2, o.tid)
            .bind(3, l.numIid)
            .bind(4, l.skuId)
            .bind(5, l.title)
            .bind(6, m_categories.value(l.numIid))
            .bind(7, l.num)
            .bind(8, l.price.minor())
            .bind(9, l.payment.minor())
            .bind(10, l.refundStatus);
        if (Status s = m_upsertLine.run(); !s)
            return s;
    }
    return {};
}

Status CacheWriter::writeRollups(const core::RollupDelta &delta)
{
    for (auto it = delta.cells().cbegin(); it != delta.cells().cend(); ++it) {
        if (it->isZero())
            continue;
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
        if (Status s = m_upsertRollup.run(); !s)
            return s;
    }
    for (auto it = delta.skuHours().cbegin(); it != delta.skuHours().cend(); ++it) {
        if (it->isZero())
            continue;
        m_upsertSkuHour.bind(1, it.key().hourMs)
            .bind(2, it.key().skuId)
            .bind(3, it.key().locationId)
            .bind(4, it->units)
            .bind(5, it->gmvFen);
        if (Status s = m_upsertSkuHour.run(); !s)
            return s;
    }
    return {};
}

core::Result<OrderBatchResult> CacheWriter::applyOrders(const QList<core::Order> &orders)
{
    OrderBatchResult result;
    QByteArray ids = "[";
    for (const core::Order &o : orders) {
        if (ids.size() > 1)
            ids += ',';
        ids += QByteArray::number(o.tid);
    }
    ids += ']';
    QSet<std::int64_t> known;
    m_existing.bindText(1, ids);
    for (;;) {
        auto row = m_existing.step();
        if (!row) {
            m_existing.reset();
            return row.error();
        }
        if (!row.value())
            break;
        known.insert(m_existing.int64(0));
    }
    m_existing.reset();

    for (const core::Order &o : orders) {
        std::int64_t storedModified = 0;
        core::Result<std::optional<core::OrderFacts>> stored = std::optional<core::OrderFacts>();
        if (known.contains(o.tid))
            stored = storedFacts(o.tid, storedModified);
        if (!stored)
            return stored.error();
        const core::OrderFacts incoming = factsOf(o);
        if (stored.value()) {
            const core::OrderFacts &old = *stored.value();
            const bool older = o.modifiedMs < storedModified ||
                               (o.modifiedMs == storedModified &&
                                (statusRank(o.status) < statusRank(old.status) ||
                                 (statusRank(o.status) == statusRank(old.status) &&
                                  refundedLines(incoming) < refundedLines(old))));
            if (older) {
                ++result.stale;
                continue;
            }
            result.rollups.add(old, -1);
            ++result.updated;
        } else {
            ++result.inserted;
        }
        result.rollups.add(incoming, +1);
        if (Status s = writeOrder(o); !s)
            return s.error();
        known.insert(o.tid); // a later version of it in this same batch must see it
        result.newestModifiedMs = std::max(result.newestModifiedMs, o.modifiedMs);
    }
    if (Status s = writeRollups(result.rollups); !s)
        return s.error();
    return result;
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
