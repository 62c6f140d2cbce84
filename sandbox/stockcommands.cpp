// One rule for both calls: type 1 sets, type 2 adds; a result below zero refuses the whole
// call (isv.invalid-quantity); an expected_quantity that differs refuses it (isv.stock-conflict).
// A batch naming a SKU twice is refused: each change is computed from the stored quantity, so
// one of two deltas would be lost, and two levels to set leave no right answer.
#include "sandbox/stockcommands.h"

#include "app/protocol/errors.h"
#include "sandbox/envelope.h"
#include "sandbox/merchantseed.h"
#include "sandbox/paramreader.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"

#include <QSet>

namespace mc::sandbox {

namespace {
constexpr std::int64_t kMaxQuantity = 999'999'999;
} // namespace

StockCommands::StockCommands(StockBook &stock, storage::Statement skuItem, storage::Statement location)
    : m_stock(stock), m_skuItem(std::move(skuItem)), m_location(std::move(location))
{}

core::Result<std::unique_ptr<StockCommands>> StockCommands::create(storage::Database &db, StockBook &stock)
{
    auto skuItem = db.prepare(u"SELECT num_iid FROM skus WHERE sku_id = ?1");
    if (!skuItem)
        return skuItem.error();
    auto location = db.prepare(u"SELECT 1 FROM locations WHERE location_id = ?1");
    if (!location)
        return location.error();
    return std::unique_ptr<StockCommands>(
        new StockCommands(stock, std::move(skuItem).value(), std::move(location).value()));
}

std::int64_t StockCommands::itemOfSku(std::int64_t skuId)
{
    std::int64_t item = 0;
    (void)firstRow(m_skuItem.bind(1, skuId), [&](storage::Statement &s) { item = s.int64(0); });
    return item;
}

bool StockCommands::locationExists(std::int64_t locationId)
{
    auto found = firstRow(m_location.bind(1, locationId), [](storage::Statement &) {});
    return found && found.value();
}

ApiReply StockCommands::itemQuantityUpdate(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t numIid = p.requiredInteger("num_iid", 1, std::numeric_limits<std::int64_t>::max());
    const std::int64_t skuId = p.requiredInteger("sku_id", 1, std::numeric_limits<std::int64_t>::max());
    const std::int64_t type = p.integer("type", 1, 2, 1);
    const std::int64_t quantity = p.requiredInteger("quantity", type == 1 ? 0 : -kMaxQuantity, kMaxQuantity);
    const auto expected = p.optionalInteger("expected_quantity", 0, kMaxQuantity);
    const std::int64_t location = p.integer("location_id", 1, std::numeric_limits<std::int64_t>::max(), kWarehouseId);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    if (itemOfSku(skuId) != numIid)
        return errorReply(businessError(protocol::subc::kSkuNotExist, "item " + QByteArray::number(numIid) + " has no SKU " +
                                                                 QByteArray::number(skuId)),
                          call.requestId);
    if (!locationExists(location))
        return errorReply(invalidParameter("location_id", "names no location"), call.requestId);
    const std::int64_t current = m_stock.quantity(location, skuId).value_or(0);
    if (expected && *expected != current)
        return errorReply(businessError(protocol::subc::kStockConflict, "expected_quantity " + QByteArray::number(*expected) +
                                                                  " but the current quantity is " +
                                                                  QByteArray::number(current)),
                          call.requestId);
    const std::int64_t next = type == 1 ? quantity : current + quantity;
    if (next < 0 || next > kMaxQuantity)
        return errorReply(
            businessError(protocol::subc::kInvalidQuantity, "the quantity would become " + QByteArray::number(next) +
                                                      "; the current quantity is " + QByteArray::number(current)),
            call.requestId);
    const std::int64_t now = wholeSecond(call.nowMs);
    if (!m_stock.set(location, skuId, next, now, true))
        return errorReply({protocol::errc::kRemoteServiceError, protocol::subc::kStorageError, {}}, call.requestId);
    SuccessEnvelope envelope(call.method, call.requestId);
    envelope.writer()
        .key("item")
        .beginObject()
        .field("num_iid", numIid)
        .field("sku_id", skuId)
        .field("location_id", location)
        .field("quantity", next)
        .timeField("modified", now)
        .endObject();
    return envelope.finish();
}

ApiReply StockCommands::skusQuantityUpdate(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t numIid = p.requiredInteger("num_iid", 1, std::numeric_limits<std::int64_t>::max());
    const QByteArray pairs = p.requiredText("skuid_quantities", 2000);
    const std::int64_t type = p.integer("type", 1, 2, 1);
    const std::int64_t location = p.integer("location_id", 1, std::numeric_limits<std::int64_t>::max(), kWarehouseId);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    if (!locationExists(location))
        return errorReply(invalidParameter("location_id", "names no location"), call.requestId);
    struct Change
    {
        std::int64_t skuId;
        std::int64_t quantity;
    };
    QList<Change> changes;
    QSet<std::int64_t> named;
    for (const QByteArray &pair : pairs.split(';')) {
        if (pair.isEmpty())
            continue;
        const QList<QByteArray> parts = pair.split(':');
        bool okId = false;
        bool okQuantity = false;
        const std::int64_t skuId = parts.size() == 2 ? parts[0].toLongLong(&okId) : 0;
        const std::int64_t quantity = parts.size() == 2 ? parts[1].toLongLong(&okQuantity) : 0;
        if (!okId || !okQuantity || changes.size() >= 20 || quantity > kMaxQuantity || quantity < -kMaxQuantity ||
            (type == 1 && quantity < 0))
            return errorReply(invalidParameter("skuid_quantities", "must be up to 20 \"sku_id:quantity\" pairs "
                                                                   "separated by ';'"),
                              call.requestId);
        if (named.contains(skuId))
            return errorReply(invalidParameter("skuid_quantities", "names SKU " + QByteArray::number(skuId) +
                                                                       " more than once; name each SKU once"),
                              call.requestId);
        named.insert(skuId);
        if (itemOfSku(skuId) != numIid)
            return errorReply(businessError(protocol::subc::kSkuNotExist, "item " + QByteArray::number(numIid) + " has no SKU " +
                                                                     QByteArray::number(skuId)),
                              call.requestId);
        const std::int64_t current = m_stock.quantity(location, skuId).value_or(0);
        const std::int64_t next = type == 1 ? quantity : current + quantity;
        if (next < 0 || next > kMaxQuantity)
            return errorReply(businessError(protocol::subc::kInvalidQuantity, "SKU " + QByteArray::number(skuId) +
                                                                        " would become " + QByteArray::number(next)),
                              call.requestId);
        changes.append({skuId, next});
    }
    if (changes.isEmpty())
        return errorReply(missingParameter("skuid_quantities"), call.requestId);
    const std::int64_t now = wholeSecond(call.nowMs);
    SuccessEnvelope envelope(call.method, call.requestId);
    JsonWriter &w = envelope.writer();
    w.key("item").beginObject().field("num_iid", numIid).field("location_id", location).timeField("modified", now);
    w.key("skus").beginObject().key("sku").beginArray();
    for (const Change &c : changes) {
        if (!m_stock.set(location, c.skuId, c.quantity, now, true))
            return errorReply({protocol::errc::kRemoteServiceError, protocol::subc::kStorageError, {}}, call.requestId);
        w.beginObject().field("sku_id", c.skuId).field("quantity", c.quantity).endObject();
    }
    w.endArray().endObject().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
