// Bulk stock adjustment from a CSV file (the stock export, edited, or any file with a SKU
// id or merchant code, a location id and a quantity column, in English or Chinese): every
// line checked against the cache, an error per bad line, and nothing to apply unless every
// line is good. Lines whose quantity equals the cached one are counted, not sent.
#pragma once

#include "app/core/stock.h"
#include "app/workspace/catalogtypes.h"

#include <QByteArray>
#include <QList>

namespace mc::workspace {

class CatalogQuery;

struct StockImportLine
{
    int line = 0;               // in the file, from 1
    CatalogRow sku;
    StockLocation location;
    std::int64_t before = 0;    // cached quantity (0 when the location has no record yet)
    std::int64_t after = 0;
};

struct StockImportError
{
    int line = 0;
    QString message;
};

struct StockImport
{
    QList<StockImportLine> changes; // empty when there is any error
    int unchanged = 0;
    QList<StockImportError> errors;

    bool ok() const { return errors.isEmpty(); }
    // Compare-and-set against the cached quantity each line was checked with.
    QList<core::StockChange> stockChanges() const;
};

inline constexpr std::int64_t kMaxStockQuantity = 100'000'000;

StockImport readStockCsv(const QByteArray &data, CatalogQuery &query);

} // namespace mc::workspace

Q_DECLARE_METATYPE(mc::workspace::StockImport)
