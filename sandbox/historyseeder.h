// --seed-orders N: fills the past days with N historical orders, in the states the live
// lifecycle would have reached by now (and their pending events scheduled), fast: one
// transaction per 50,000 orders, prepared statements, UTF-8 bytes bound directly.
#pragma once

#include "sandbox/catalogsnapshot.h"

#include <cstdint>

namespace mc::sandbox {

class HistorySeeder
{
public:
    // Adds orders until `target` historical orders exist (counted in meta, so a restart with
    // the same N adds none). Returns how many were added.
    static core::Result<std::int64_t> seed(storage::Database &db, const CatalogSnapshot &catalog, std::int64_t target,
                                           std::uint64_t seed, std::int64_t nowMs);
};

} // namespace mc::sandbox
