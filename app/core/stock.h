// Stock of one SKU at one location.
#pragma once

#include <cstdint>

namespace mc::core {

struct StockLevel
{
    std::int64_t skuId = 0;
    std::int64_t locationId = 0;
    std::int64_t quantity = 0;
    std::int64_t modifiedMs = 0;

    friend bool operator==(const StockLevel &, const StockLevel &) = default;
};

} // namespace mc::core
