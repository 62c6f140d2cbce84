// The platform's settlement statement in cache.sqlite (table platform_settlements): parsing
// a page of mc.settlements.get and storing it. Can always be fetched again.
#pragma once

#include "app/core/result.h"
#include "app/reconcile/dayrecords.h"

#include <QJsonObject>

namespace mc::storage {
class Database;
}

namespace mc::reconcile {

// One page; `total` gets total_results. A line whose money does not parse is an error (the
// page is not stored), never a zero.
core::Result<QList<SettlementRow>> parseSettlements(const QJsonObject &response, int *total);
core::Status storeSettlements(storage::Database &cache, const QList<SettlementRow> &rows, std::int64_t fetchedMs);

} // namespace mc::reconcile
