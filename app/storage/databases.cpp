// Opening the cache and ledger databases with the right durability and schema.
#include "app/storage/databases.h"

#include "app/storage/migrations.h"

#include <QDir>

namespace mc::storage {

QString databaseFileName(DatabaseRole role)
{
    return role == DatabaseRole::Cache ? QStringLiteral("cache.sqlite") : QStringLiteral("ledger.sqlite");
}

QString migrationDirectory(DatabaseRole role)
{
    return role == DatabaseRole::Cache ? QStringLiteral(":/migrations/cache") : QStringLiteral(":/migrations/ledger");
}

Result<std::unique_ptr<Database>> openWriter(const QString &dataDir, DatabaseRole role)
{
    if (!QDir().mkpath(dataDir))
        return Error{QString::fromLatin1(codes::kFailed), QStringLiteral("cannot create the data folder %1").arg(dataDir),
                     {}};
    OpenOptions options;
    options.path = QDir(dataDir).filePath(databaseFileName(role));
    options.durability = role == DatabaseRole::Ledger ? Durability::Full : Durability::Normal;
    if (role == DatabaseRole::Cache) {
        // The cache's single writer ingests millions of rows: reads through mmap, and fewer
        // (larger) checkpoints. Both the page cache and the mapped pages count as resident
        // memory and grow with the file up to their limits, so they are bounded to what
        // inserting needs (time-ordered keys: the index pages near the end), not to the file:
        // 128 + 256 MiB made a 1,000,000-order sync peak at 442 MiB (tests/bench/bench_sync_e2e).
        options.cacheSizeKiB = 64 * 1024;
        options.mmapBytes = 64LL << 20;
        options.walAutocheckpointPages = 8000;
    }
    auto db = Database::open(options);
    if (!db)
        return db.error();
    auto migrations = loadMigrations(migrationDirectory(role));
    if (!migrations)
        return migrations.error();
    if (auto report = migrate(*db.value(), migrations.value()); !report)
        return report.error();
    return db;
}

Result<std::unique_ptr<Database>> openReader(const QString &dataDir, DatabaseRole role)
{
    OpenOptions options;
    options.path = QDir(dataDir).filePath(databaseFileName(role));
    options.readOnly = true;
    if (role == DatabaseRole::Cache)
        options.mmapBytes = 256LL << 20;
    return Database::open(options);
}

} // namespace mc::storage
