// The console's two databases (docs/architecture.md section 5), opened and migrated:
// cache.sqlite holds what can be fetched again; ledger.sqlite what exists only here.
#pragma once

#include "app/storage/database.h"

#include <QString>

#include <memory>

namespace mc::storage {

enum class DatabaseRole { Cache, Ledger };

QString databaseFileName(DatabaseRole role);
// The migration folder compiled into the app for a role (":/migrations/cache", ...).
QString migrationDirectory(DatabaseRole role);

// Opens (creating if needed) the writer connection and brings its schema up to date.
Result<std::unique_ptr<Database>> openWriter(const QString &dataDir, DatabaseRole role);
// A read-only connection for a reader thread; the schema must already be current.
Result<std::unique_ptr<Database>> openReader(const QString &dataDir, DatabaseRole role);

} // namespace mc::storage
