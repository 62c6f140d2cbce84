// Strict decoding of platform listings (locations, catalog, stock) into domain records;
// trades, the high-volume payload, have their own decoder (tradedecoder.h). A field that is missing or
// malformed makes the whole record an error: nothing half-parsed reaches the cache.
#pragma once

#include "app/core/catalog.h"
#include "app/core/location.h"
#include "app/core/result.h"
#include "app/core/stock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace mc::sync {

core::Result<core::Product> parseItem(const QJsonObject &item);
core::Result<core::StockLevel> parseStockLevel(const QJsonObject &level);
core::Result<core::Location> parseLocation(const QJsonObject &location);

// The array at path a.b inside a response ("trades", "trade"); missing is an empty list
// only when the response says there is nothing (total_results == 0 or no has_next).
QJsonArray listAt(const QJsonObject &response, QLatin1String outer, QLatin1String inner);

// Parses every element with `parse`; the first failure fails the whole page.
template<typename T, typename F>
core::Result<QList<T>> parseAll(const QJsonArray &array, F parse)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return core::Error{QStringLiteral("sync.payload"), QStringLiteral("list element is not an object"), {}};
        auto r = parse(v.toObject());
        if (!r)
            return r.error();
        out.append(std::move(r).value());
    }
    return out;
}

} // namespace mc::sync
