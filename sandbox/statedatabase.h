// DIR/sandbox.sqlite: opened through mc::storage and migrated with the sandbox's own numbered
// migrations (compiled in as Qt resources under :/sandbox/migrations), plus the meta table.
#pragma once

#include "app/storage/database.h"

#include <QString>

#include <memory>
#include <optional>

namespace mc::sandbox {

QString stateDatabasePath(const QString &dataDir);

// The single writer connection (the state thread's), schema brought up to date.
core::Result<std::unique_ptr<storage::Database>> openStateWriter(const QString &dataDir);
// A read-only connection for a worker thread; the schema must be current already.
core::Result<std::unique_ptr<storage::Database>> openStateReader(const QString &dataDir);

// meta: small key/value settings (clock, counters, seed marks).
core::Result<std::optional<QString>> readMeta(storage::Database &db, QStringView key);
core::Status writeMeta(storage::Database &db, QStringView key, const QString &value);

} // namespace mc::sandbox
