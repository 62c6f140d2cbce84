// Storage errors: every failure carries SQLite's message and the statement that failed.
#pragma once

#include "app/core/result.h"

struct sqlite3;

namespace mc::storage {

using core::Error;
using core::Result;
using core::Status;

namespace codes {
inline constexpr auto kCorrupt = "storage.corrupt";   // not a database, or damaged
inline constexpr auto kTooNew = "storage.too_new";    // schema newer than this app
inline constexpr auto kBusy = "storage.busy";         // locked beyond the busy timeout
inline constexpr auto kLocked = "storage.locked";     // the data folder is used by another process
inline constexpr auto kFull = "storage.full";         // disk full
inline constexpr auto kInjected = "storage.injected"; // fault injected by a test
inline constexpr auto kConstraint = "storage.constraint";
inline constexpr auto kOtherOwner = "storage.other_owner"; // the data folder holds another shop's (or the demo's) data
inline constexpr auto kFailed = "storage.failed";     // anything else
} // namespace codes

// Builds an Error from the connection's last error, logging it with the statement.
Error sqliteError(sqlite3 *db, int rc, QStringView sql);

} // namespace mc::storage
