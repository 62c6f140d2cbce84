// What the Catalog and Stock pages ask for and get back: a filter over the cached SKUs, one
// SKU's row (its item, price, stock in total), the locations, a block of the SKU x location
// stock matrix, and the history of stock adjustments. Value types, safe between threads.
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace mc::workspace {

// Stock at or below this is low, for SKUs without a threshold of their own (until the
// merchant sets another default).
inline constexpr std::int64_t kDefaultLowStockThreshold = 5;

struct CatalogFilter
{
    // Part of a title or merchant code (outer_id), or a code as a scanner types it: an exact
    // code match comes first.
    QString text;
    QString category;      // empty: every category
    bool lowOnly = false;  // only SKUs low somewhere (at or below their threshold)

    friend bool operator==(const CatalogFilter &, const CatalogFilter &) = default;
};

struct CatalogRow
{
    std::int64_t skuId = 0;
    std::int64_t numIid = 0;
    QString title;
    QString category;
    QString properties;    // e.g. "颜色:黑色;尺码:M"
    QString outerId;       // the SKU's merchant code
    std::int64_t priceFen = 0;
    bool onSale = true;
    std::int64_t totalQuantity = 0;
    int locationsStocked = 0; // locations with a stock record
    std::int64_t threshold = 0; // low at or below this (the SKU's own, or the default)
    bool ownThreshold = false;
    int lowLocations = 0;     // locations at or below the threshold
    bool exactCode = false;   // the filter's text is this SKU's (or its item's) code
};

struct StockLocation
{
    std::int64_t id = 0;
    QString kind; // "warehouse" or "store"
    QString name;
    QString province;
    QString city;
};

// Quantities of some SKUs at every location they are recorded at.
struct StockBlock
{
    QHash<std::int64_t, QHash<std::int64_t, std::int64_t>> quantity; // sku -> location -> quantity
};

struct StockAdjustment
{
    QString id;            // the outbox entry (its UUIDv7 is the idempotency key)
    std::int64_t skuId = 0;
    std::int64_t locationId = 0;
    std::int64_t before = 0; // what the stock was expected to be
    std::int64_t after = 0;
    QString actor;
    std::int64_t requestedMs = 0;
    QString state;         // pending, acked, conflict, rejected
    QString note;          // the platform's answer for a conflict or refusal
    std::int64_t doneMs = 0;
};

} // namespace mc::workspace

Q_DECLARE_METATYPE(mc::workspace::CatalogFilter)
Q_DECLARE_METATYPE(mc::workspace::CatalogRow)
Q_DECLARE_METATYPE(mc::workspace::StockLocation)
Q_DECLARE_METATYPE(mc::workspace::StockBlock)
Q_DECLARE_METATYPE(mc::workspace::StockAdjustment)
