// Stock writes: taobao.item.quantity.update and taobao.skus.quantity.update, with our
// extensions location_id (store stock) and expected_quantity (compare-and-set).
#pragma once

#include "sandbox/apicall.h"
#include "sandbox/stockbook.h"

#include <memory>

namespace mc::sandbox {

class StockCommands
{
public:
    static core::Result<std::unique_ptr<StockCommands>> create(storage::Database &db, StockBook &stock);

    // Both run inside the caller's transaction.
    ApiReply itemQuantityUpdate(const ApiCall &call);
    ApiReply skusQuantityUpdate(const ApiCall &call);

private:
    StockCommands(StockBook &stock, storage::Statement skuItem, storage::Statement location);
    // The item the SKU belongs to, or 0; whether the location exists.
    std::int64_t itemOfSku(std::int64_t skuId);
    bool locationExists(std::int64_t locationId);

    StockBook &m_stock;
    storage::Statement m_skuItem;
    storage::Statement m_location;
};

} // namespace mc::sandbox
