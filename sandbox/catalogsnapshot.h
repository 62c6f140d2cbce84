// The catalog and locations held in memory by the order generators: what can be sold, at
// what price, how popular it is on 11.11, and which SKUs each store carries.
#pragma once

#include "sandbox/rng.h"
#include "app/storage/database.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace mc::sandbox {

struct SkuEntry
{
    std::int64_t skuId = 0;
    std::int64_t numIid = 0;
    std::int64_t priceFen = 0;
    QByteArray title;        // the item's title, UTF-8
    QByteArray outerId;      // the SKU's outer_id
    int discountPercent = 0; // 11.11 discount on this item
};

struct LocationEntry
{
    std::int64_t id = 0;
    bool isStore = false;
    QByteArray province;
    QByteArray city;
    std::vector<int> carried; // indices into CatalogSnapshot::skus() (stores)
};

class CatalogSnapshot
{
public:
    static core::Result<CatalogSnapshot> load(storage::Database &db);

    const std::vector<SkuEntry> &skus() const { return m_skus; }
    const std::vector<LocationEntry> &stores() const { return m_stores; }
    const LocationEntry &warehouse() const { return m_warehouse; }
    // A SKU index drawn by 11.11 popularity.
    int pickPopular(Rng &rng) const;

private:
    std::vector<SkuEntry> m_skus;
    std::vector<double> m_cumulativeWeight;
    std::vector<LocationEntry> m_stores;
    LocationEntry m_warehouse;
};

} // namespace mc::sandbox
