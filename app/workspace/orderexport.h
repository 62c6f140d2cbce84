// Export of the orders matching a filter to CSV (csvwriter.h), streaming from its own
// reader connection, so it never holds the list in memory and never blocks browsing. The
// file appears only when complete (QSaveFile): a cancelled or failed export leaves nothing.
#pragma once

#include "app/core/result.h"
#include "app/workspace/csvfile.h"
#include "app/workspace/orderfilter.h"

#include <functional>

namespace mc::workspace {

// `progress(rowsWritten)` is called every few thousand rows; returning false cancels.
// Returns the number of orders written; a cancel is an error with code "workspace.cancelled".
core::Result<std::int64_t> exportOrders(const QString &dataDir, const OrderFilter &filter, const QString &path,
                                        const std::function<bool(std::int64_t)> &progress = {});

} // namespace mc::workspace
