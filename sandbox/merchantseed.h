// The seeded merchant: one online warehouse, about 50 stores across China, about 2,000 SKUs
// in 11.11 best-seller categories, and stock per location. Deterministic from a seed.
#pragma once

#include "app/storage/database.h"

#include <cstdint>

namespace mc::sandbox {

inline constexpr std::int64_t kWarehouseId = 1000;
inline constexpr std::int64_t kFirstStoreId = 1001;
inline constexpr int kStoreCount = 50;
inline constexpr std::int64_t kFirstNumIid = 600'000'000'001;
inline constexpr std::int64_t kFirstSkuId = 4'000'000'000'001;

class MerchantSeed
{
public:
    // Fills an empty database (locations, items, skus, stock_levels) in one transaction.
    static core::Status populate(storage::Database &db, std::uint64_t seed, std::int64_t nowMs);
};

} // namespace mc::sandbox
