// Catalog and stock reads. Item and SKU quantities are the online warehouse's stock, as on
// TOP; per-location stock comes from mc.stock.levels.get.
#include "sandbox/catalogqueries.h"

#include "app/protocol/errors.h"
#include "sandbox/envelope.h"
#include "sandbox/merchantseed.h"
#include "sandbox/paramreader.h"
#include "app/storage/readtransaction.h"
#include "sandbox/rows.h"

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {

constexpr QStringView kItemColumns = u"num_iid, title, cid, category, price_fen, outer_id, on_sale, modified_ms";
constexpr QStringView kItemFilter = u" FROM items WHERE (?1 IS NULL OR modified_ms >= ?1) AND "
                                    u"(?2 IS NULL OR modified_ms < ?2) AND (?3 = 1 OR on_sale = 1)";
constexpr QStringView kStockFilter =
    u" FROM stock_levels l JOIN skus s ON s.sku_id = l.sku_id WHERE (?1 IS NULL OR l.location_id = ?1) AND "
    u"(?2 IS NULL OR l.modified_ms >= ?2)";

} // namespace

core::Result<std::unique_ptr<CatalogQueries>> CatalogQueries::create(storage::Database &db)
{
    std::unique_ptr<CatalogQueries> q(new CatalogQueries(db));
    struct Prepared
    {
        storage::Statement *target;
        QString sql;
    };
    const Prepared all[] = {
        {&q->m_locations, u"SELECT location_id, kind, name, province, city, modified_ms FROM locations "
                          u"ORDER BY location_id"_s},
        {&q->m_itemPage, u"SELECT " + kItemColumns + kItemFilter + u" ORDER BY num_iid LIMIT ?4 OFFSET ?5"},
        {&q->m_itemCount, u"SELECT count(*)" + kItemFilter},
        {&q->m_itemById, u"SELECT " + kItemColumns + u" FROM items WHERE num_iid = ?1"},
        {&q->m_itemSkus,
         u"SELECT s.sku_id, s.properties, s.price_fen, s.outer_id, s.modified_ms, coalesce(l.quantity, 0) FROM skus s "
         u"LEFT JOIN stock_levels l ON l.location_id = " +
             QString::number(kWarehouseId) + u" AND l.sku_id = s.sku_id WHERE s.num_iid = ?1 ORDER BY s.sku_id"},
        {&q->m_stockPage, u"SELECT l.sku_id, s.num_iid, l.location_id, l.quantity, l.modified_ms" + kStockFilter +
                              u" ORDER BY l.location_id, l.sku_id LIMIT ?3 OFFSET ?4"},
        {&q->m_stockCount, u"SELECT count(*)" + kStockFilter},
    };
    for (const Prepared &p : all) {
        auto stmt = db.prepare(p.sql);
        if (!stmt)
            return stmt.error();
        *p.target = std::move(stmt).value();
    }
    return q;
}

ApiReply CatalogQueries::locationsGet(const ApiCall &call)
{
    storage::ReadTransaction snapshot(m_db);
    SuccessEnvelope envelope(call.method, call.requestId, 8192);
    JsonWriter &w = envelope.writer();
    w.key("locations").beginObject().key("location").beginArray();
    const core::Status listed = forEachRow(m_locations, [&](storage::Statement &l) {
        w.beginObject()
            .field("location_id", l.int64(0))
            .field("kind", l.blob(1))
            .field("name", l.blob(2))
            .field("province", l.blob(3))
            .field("city", l.blob(4))
            .timeField("modified", l.int64(5))
            .endObject();
    });
    if (!listed)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

core::Status CatalogQueries::writeItem(const storage::Statement &item, JsonWriter &w)
{
    const std::int64_t numIid = item.int64(0);
    w.beginObject()
        .field("num_iid", numIid)
        .field("title", item.blob(1))
        .field("cid", item.int64(2))
        .field("category", item.blob(3))
        .moneyField("price", item.int64(4))
        .field("outer_id", item.blob(5))
        .field("approve_status", item.int64(6) ? "onsale" : "instock")
        .timeField("modified", item.int64(7));
    QByteArray skus;
    JsonWriter sw(skus);
    sw.beginArray();
    std::int64_t total = 0;
    const core::Status listed = forEachRow(m_itemSkus.bind(1, numIid), [&](storage::Statement &s) {
        total += s.int64(5);
        sw.beginObject()
            .field("sku_id", s.int64(0))
            .field("properties_name", s.blob(1))
            .moneyField("price", s.int64(2))
            .field("quantity", s.int64(5))
            .field("outer_id", s.blob(3))
            .timeField("modified", s.int64(4))
            .endObject();
    });
    if (!listed)
        return listed;
    sw.endArray().finish();
    w.field("num", total);
    w.key("skus").beginObject().key("sku").raw(skus).endObject();
    w.endObject();
    return {};
}

ApiReply CatalogQueries::itemsOnsaleGet(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t pageNo = p.integer("page_no", 1, 100'000, 1);
    const std::int64_t pageSize = p.integer("page_size", 1, 200, 40);
    const auto start = p.time("start_modified");
    const auto end = p.time("end_modified");
    const bool includeOffSale = p.flag("include_off_sale");
    p.text("fields", 2000);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    auto bindFilter = [&](storage::Statement &s) { s.bind(1, start).bind(2, end).bind(3, includeOffSale ? 1 : 0); };

    storage::ReadTransaction snapshot(m_db);
    bindFilter(m_itemCount);
    std::int64_t total = 0;
    if (!firstRow(m_itemCount, [&](storage::Statement &s) { total = s.int64(0); }))
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 1024 * pageSize);
    JsonWriter &w = envelope.writer();
    w.field("total_results", total);
    w.key("items").beginObject().key("item").beginArray();
    bindFilter(m_itemPage);
    m_itemPage.bind(4, pageSize).bind(5, (pageNo - 1) * pageSize);
    core::Status written;
    const core::Status paged = forEachRow(m_itemPage, [&](storage::Statement &item) {
        written = writeItem(item, w);
        return written.ok();
    });
    if (!paged || !written)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

ApiReply CatalogQueries::itemSellerGet(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t numIid = p.requiredInteger("num_iid", 1, std::numeric_limits<std::int64_t>::max());
    p.text("fields", 2000);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    storage::ReadTransaction snapshot(m_db);
    SuccessEnvelope envelope(call.method, call.requestId, 2048);
    core::Status written;
    auto found = firstRow(m_itemById.bind(1, numIid),
                          [&](storage::Statement &item) { written = writeItem(item, envelope.writer().key("item")); });
    if (!found || !written)
        return storageFailure(call);
    if (!found.value())
        return errorReply(businessError(protocol::subc::kItemNotExist, "no item " + QByteArray::number(numIid)), call.requestId);
    return envelope.finish();
}

ApiReply CatalogQueries::stockLevelsGet(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t pageNo = p.integer("page_no", 1, 100'000, 1);
    const std::int64_t pageSize = p.integer("page_size", 1, 500, 100);
    auto location = p.optionalInteger("location_id", 1, std::numeric_limits<std::int64_t>::max());
    const auto since = p.time("start_modified");
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    if (call.caller && !call.caller->isOwner())
        location = call.caller->storeId; // the dispatcher already refused any other store
    auto bindFilter = [&](storage::Statement &s) { s.bind(1, location).bind(2, since); };

    storage::ReadTransaction snapshot(m_db);
    bindFilter(m_stockCount);
    std::int64_t total = 0;
    if (!firstRow(m_stockCount, [&](storage::Statement &s) { total = s.int64(0); }))
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 128 * pageSize);
    JsonWriter &w = envelope.writer();
    w.field("total_results", total);
    w.key("stock_levels").beginObject().key("stock_level").beginArray();
    bindFilter(m_stockPage);
    m_stockPage.bind(3, pageSize).bind(4, (pageNo - 1) * pageSize);
    const core::Status paged = forEachRow(m_stockPage, [&](storage::Statement &l) {
        w.beginObject()
            .field("sku_id", l.int64(0))
            .field("num_iid", l.int64(1))
            .field("location_id", l.int64(2))
            .field("quantity", l.int64(3))
            .timeField("modified", l.int64(4))
            .endObject();
    });
    if (!paged)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
