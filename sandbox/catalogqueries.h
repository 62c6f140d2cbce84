// Read calls on the merchant's catalog and stock: mc.locations.get, taobao.items.onsale.get,
// taobao.item.seller.get and mc.stock.levels.get.
#pragma once

#include "sandbox/apicall.h"
#include "sandbox/jsonwriter.h"
#include "app/storage/database.h"

#include <memory>

namespace mc::sandbox {

class CatalogQueries
{
public:
    static core::Result<std::unique_ptr<CatalogQueries>> create(storage::Database &db);

    ApiReply locationsGet(const ApiCall &call);
    ApiReply itemsOnsaleGet(const ApiCall &call);
    ApiReply itemSellerGet(const ApiCall &call);
    ApiReply stockLevelsGet(const ApiCall &call);

private:
    explicit CatalogQueries(storage::Database &db) : m_db(db) {}
    core::Status writeItem(const storage::Statement &item, JsonWriter &w);

    storage::Database &m_db;
    storage::Statement m_locations;
    storage::Statement m_itemPage;
    storage::Statement m_itemCount;
    storage::Statement m_itemById;
    storage::Statement m_itemSkus;
    storage::Statement m_stockPage;
    storage::Statement m_stockCount;
};

} // namespace mc::sandbox
