// A catalog written straight into a cache file for the Catalog and Stock tests: a warehouse
// and stores that share a brand prefix, items with Chinese and ASCII titles in a few
// categories, 1..3 SKUs each (two SKUs share one merchant code on purpose), and stock at the
// warehouse and some stores, some of it low.
#pragma once

#include <cstdint>

namespace mc::storage {
class Database;
}

namespace mc::test {

inline constexpr std::int64_t kCatalogWarehouse = 1000;
inline constexpr std::int64_t kCatalogFirstStore = 1001;
inline constexpr int kCatalogStores = 6;
inline constexpr std::int64_t kCatalogFirstSku = 5000;
// The merchant code two SKUs share.
inline constexpr char kSharedMerchantCode[] = "DUP-01";

// `items` items; returns the number of SKUs written (0 on failure).
int seedCatalog(storage::Database &db, int items);

} // namespace mc::test
