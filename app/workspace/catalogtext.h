// How SKUs and stock read to a person, in the user's language: the columns of the catalog
// and stock exports (the stock CSV is also what a bulk adjustment reads back), and the
// states of a stock adjustment. One place, so the pages, the exports and the import agree.
#pragma once

#include "app/workspace/catalogtypes.h"

#include <QStringList>

namespace mc::workspace {

struct CatalogText
{
    static QStringList catalogCsvHeader();
    static QStringList catalogCsvRow(const CatalogRow &row);
    // One row per SKU and location with a stock record: edit "Quantity" and import the file
    // back to adjust stock in bulk.
    static QStringList stockCsvHeader();
    static QStringList stockCsvRow(const CatalogRow &row, const StockLocation &location, std::int64_t quantity);
    // "Warehouse" or "Store" and the name.
    static QString locationLabel(const StockLocation &location);
    // pending, acked, conflict, rejected as words.
    static QString adjustmentState(const QString &state);

    // Header names the bulk import recognises for its columns (English, Chinese, and the
    // wire names), whatever the language of the file's export.
    static QStringList skuIdNames();
    static QStringList merchantCodeNames();
    static QStringList locationIdNames();
    static QStringList quantityNames();
};

} // namespace mc::workspace
