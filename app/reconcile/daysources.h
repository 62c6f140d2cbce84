// Reads one scope's day from the two databases: the counter's redemptions with their upload
// state (ledger.sqlite) and the platform's redemptions and settlement statement as last
// fetched (cache.sqlite). Read in one snapshot per database; nothing is written.
#pragma once

#include "app/core/result.h"
#include "app/reconcile/dayrecords.h"

namespace mc::storage {
class Database;
}

namespace mc::reconcile {

core::Result<DaySources> readDaySources(storage::Database &ledger, storage::Database &cache, const DayScope &scope);

} // namespace mc::reconcile
