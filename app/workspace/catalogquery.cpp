// SKU rows with their item and stock figures; the matrix by blocks; thresholds and the stock
// adjustments from the ledger.
#include "app/workspace/catalogquery.h"

#include "app/storage/database.h"
#include "app/workspace/likepattern.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {

// Steps a statement to its end, handing each row to `read`.
template <typename Read>
core::Status forEachRow(storage::Statement &stmt, Read read)
{
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        read(stmt);
    }
}

} // namespace

CatalogQuery::CatalogQuery(storage::Database &cache, storage::Database *ledger) : m_cache(cache), m_ledger(ledger) {}

core::Result<QHash<std::int64_t, std::int64_t>> CatalogQuery::thresholds()
{
    QHash<std::int64_t, std::int64_t> out{{0, kDefaultLowStockThreshold}};
    if (!m_ledger)
        return out;
    auto stmt = m_ledger->prepare(u"SELECT sku_id, threshold FROM stock_thresholds"_s);
    if (!stmt)
        return stmt.error();
    if (core::Status s = forEachRow(stmt.value(), [&](storage::Statement &r) { out.insert(r.int64(0), r.int64(1)); });
        !s)
        return s.error();
    return out;
}

core::Result<QList<CatalogRow>> CatalogQuery::rows(const CatalogFilter &filter)
{
    auto limits = thresholds();
    if (!limits)
        return limits.error();
    const std::int64_t fallback = limits.value().value(0);
    const QString text = filter.text.trimmed();
    auto stmt = m_cache.prepare(
        // Totals from sku_stock (kept by triggers); low locations from the (sku_id, quantity)
        // index, which visits only the rows at or below the threshold.
        u"SELECT s.sku_id, s.num_iid, i.title, i.category, s.properties, s.outer_id, s.price_fen, i.on_sale, "
        u"  COALESCE(t.total, 0), COALESCE(t.stocked, 0), "
        u"  (SELECT COUNT(*) FROM stock_levels WHERE sku_id = s.sku_id AND quantity <= ?4), "
        u"  (?2 <> '' AND (s.outer_id = ?2 COLLATE NOCASE OR i.outer_id = ?2 COLLATE NOCASE)) AS exact "
        u"FROM skus s JOIN items i ON i.num_iid = s.num_iid LEFT JOIN sku_stock t ON t.sku_id = s.sku_id "
        u"WHERE (?1 = '' OR i.category = ?1) "
        u"  AND (?2 = '' OR i.title LIKE ?3 ESCAPE '\\' OR s.outer_id LIKE ?3 ESCAPE '\\' "
        u"       OR i.outer_id LIKE ?3 ESCAPE '\\' OR s.properties LIKE ?3 ESCAPE '\\') "
        u"ORDER BY exact DESC, i.category, i.title, s.sku_id"_s);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, filter.category).bind(2, text).bind(3, likeContaining(text)).bind(4, fallback);
    QList<CatalogRow> out;
    core::Status read = forEachRow(stmt.value(), [&](storage::Statement &r) {
        CatalogRow row;
        row.skuId = r.int64(0);
        row.numIid = r.int64(1);
        row.title = r.text(2);
        row.category = r.text(3);
        row.properties = r.text(4);
        row.outerId = r.text(5);
        row.priceFen = r.int64(6);
        row.onSale = r.int64(7) != 0;
        row.totalQuantity = r.int64(8);
        row.locationsStocked = static_cast<int>(r.int64(9));
        row.lowLocations = static_cast<int>(r.int64(10));
        row.exactCode = r.int64(11) != 0;
        row.threshold = fallback;
        out.append(std::move(row));
    });
    if (!read)
        return read.error();

    // SKUs with a threshold of their own: count their low locations against it.
    auto low = m_cache.prepare(u"SELECT COUNT(*) FROM stock_levels WHERE sku_id = ? AND quantity <= ?"_s);
    if (!low)
        return low.error();
    for (CatalogRow &row : out) {
        const auto own = limits.value().constFind(row.skuId);
        if (own == limits.value().cend() || row.skuId == 0)
            continue;
        row.threshold = own.value();
        row.ownThreshold = true;
        low.value().reset();
        low.value().bind(1, row.skuId).bind(2, row.threshold);
        auto step = low.value().step();
        if (!step)
            return step.error();
        row.lowLocations = static_cast<int>(low.value().int64(0));
    }
    low.value().reset();
    if (filter.lowOnly)
        out.erase(std::remove_if(out.begin(), out.end(), [](const CatalogRow &r) { return r.lowLocations == 0; }),
                  out.end());
    return out;
}

core::Result<QStringList> CatalogQuery::categories()
{
    auto stmt = m_cache.prepare(u"SELECT DISTINCT category FROM items WHERE category <> '' ORDER BY category"_s);
    if (!stmt)
        return stmt.error();
    QStringList out;
    if (core::Status s = forEachRow(stmt.value(), [&](storage::Statement &r) { out.append(r.text(0)); }); !s)
        return s.error();
    return out;
}

core::Result<QList<StockLocation>> CatalogQuery::locations()
{
    auto stmt = m_cache.prepare(u"SELECT location_id, kind, name, province, city FROM locations "
                                u"ORDER BY kind = 'warehouse' DESC, province, city, name, location_id"_s);
    if (!stmt)
        return stmt.error();
    QList<StockLocation> out;
    if (core::Status s = forEachRow(stmt.value(), [&](storage::Statement &r) {
            out.append({r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4)});
        });
        !s)
        return s.error();
    return out;
}

core::Result<StockBlock> CatalogQuery::stock(const QList<std::int64_t> &skuIds)
{
    auto stmt = m_cache.prepare(u"SELECT location_id, quantity FROM stock_levels WHERE sku_id = ?"_s);
    if (!stmt)
        return stmt.error();
    StockBlock out;
    for (std::int64_t sku : skuIds) {
        stmt.value().reset();
        stmt.value().bind(1, sku);
        auto &row = out.quantity[sku];
        if (core::Status s = forEachRow(stmt.value(), [&](storage::Statement &r) { row.insert(r.int64(0), r.int64(1)); });
            !s)
            return s.error();
    }
    return out;
}

core::Result<QList<StockAdjustment>> CatalogQuery::adjustments(std::int64_t skuId, int limit)
{
    QList<StockAdjustment> out;
    if (!m_ledger)
        return out;
    // Entries recorded before the payload carried its actor take it from the audit log.
    auto stmt = m_ledger->prepare(
        u"SELECT o.id, o.payload, o.state, o.last_error, o.created_ms, o.done_ms, "
        u"  COALESCE(json_extract(o.payload, '$.actor'), "
        u"           (SELECT a.actor FROM audit_log a WHERE a.action = 'stock.adjust.requested' "
        u"            AND substr(a.detail, 1, 36) = o.id), '') "
        u"FROM outbox o WHERE o.kind = 'stock.adjust' "
        u"  AND (?1 = 0 OR json_extract(o.payload, '$.sku_id') = ?1) "
        u"ORDER BY o.id DESC LIMIT ?2"_s);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, skuId).bind(2, limit);
    core::Status read = forEachRow(stmt.value(), [&](storage::Statement &r) {
        const QJsonObject p = QJsonDocument::fromJson(r.text(1).toUtf8()).object();
        StockAdjustment a;
        a.id = r.text(0);
        a.skuId = p.value(u"sku_id"_s).toInteger();
        a.locationId = p.value(u"location_id"_s).toInteger();
        a.after = p.value(u"quantity"_s).toInteger();
        a.before = p.value(u"expected_quantity"_s).toInteger();
        a.state = r.text(2);
        a.note = r.text(3);
        a.requestedMs = r.int64(4);
        a.doneMs = r.int64(5);
        a.actor = r.text(6);
        out.append(std::move(a));
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace mc::workspace
