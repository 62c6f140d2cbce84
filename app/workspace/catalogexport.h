// Exports of the Catalog and Stock pages' lists as CSV (csvfile.h), from their own reader
// connections: the catalog one row per SKU, the stock one row per SKU and location (the file
// a bulk adjustment reads back, stockimport.h).
#pragma once

#include "app/core/result.h"
#include "app/workspace/catalogtypes.h"

#include <functional>
#include <memory>

namespace mc::storage {
class Database;
}

namespace mc::workspace {

core::Result<std::int64_t> exportCatalog(const QString &dataDir, const CatalogFilter &filter, const QString &path,
                                         const std::function<bool(std::int64_t)> &progress = {});
core::Result<std::int64_t> exportStock(const QString &dataDir, const CatalogFilter &filter, const QString &path,
                                       const std::function<bool(std::int64_t)> &progress = {});

// The data folder's reader connections for the workspace: the cache, and the ledger when the
// folder has one (null otherwise: default thresholds, no history).
struct WorkspaceReaders
{
    std::unique_ptr<storage::Database> cache;
    std::unique_ptr<storage::Database> ledger;
};
core::Result<WorkspaceReaders> openWorkspaceReaders(const QString &dataDir);

} // namespace mc::workspace
