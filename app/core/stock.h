// Stock of one SKU at one location, and the stock corrections the merchant asks for.
#pragma once

#include <QMetaType>
#include <QString>

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

// A stock correction the merchant asks for: set `quantity` at a location, applied by the
// platform only if the stock still is `expected` (compare-and-set).
struct StockChange
{
    std::int64_t skuId = 0;
    std::int64_t locationId = 0;
    std::int64_t quantity = 0;
    std::int64_t expected = 0;

    friend bool operator==(const StockChange &, const StockChange &) = default;
};

// The platform refused a change because the stock was no longer what it expected.
struct StockConflict
{
    QString id;                 // the outbox entry
    std::int64_t skuId = 0;
    std::int64_t locationId = 0;
    std::int64_t wanted = 0;
    std::int64_t expected = 0;
    std::int64_t current = -1;  // as the platform reported it; -1 unknown
};

} // namespace mc::core

Q_DECLARE_METATYPE(mc::core::StockConflict)
