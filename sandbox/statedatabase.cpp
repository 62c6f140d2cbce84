// Opening sandbox.sqlite and the meta table.
#include "sandbox/statedatabase.h"

#include "app/storage/migrations.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {
// Pages of trades read rows all over a big file: memory-mapped reads skip a copy per page
// (measured: the kernel's copy was the largest single cost of serving increment.get).
core::Status mapIntoMemory(storage::Database &db)
{
    auto mapped = db.queryInt(u"PRAGMA mmap_size = 4294967296");
    return mapped ? core::Status() : core::Status(mapped.error());
}
} // namespace

QString stateDatabasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"sandbox.sqlite"_s);
}

core::Result<std::unique_ptr<storage::Database>> openStateWriter(const QString &dataDir)
{
    auto migrations = storage::loadMigrations(u":/sandbox/migrations"_s);
    if (!migrations)
        return migrations.error();
    // NORMAL: the sandbox is a simulation; after a crash it may lose its last commits, never
    // its consistency.
    auto db =
        storage::Database::open({stateDatabasePath(dataDir), storage::Durability::Normal, false, 10000, 64 * 1024});
    if (!db)
        return db.error();
    if (auto report = storage::migrate(*db.value(), migrations.value()); !report)
        return report.error();
    if (core::Status s = mapIntoMemory(*db.value()); !s)
        return s.error();
    return db;
}

core::Result<std::unique_ptr<storage::Database>> openStateReader(const QString &dataDir)
{
    auto db =
        storage::Database::open({stateDatabasePath(dataDir), storage::Durability::Normal, true, 10000, 32 * 1024});
    if (!db)
        return db.error();
    if (core::Status s = mapIntoMemory(*db.value()); !s)
        return s.error();
    return db;
}

core::Result<std::optional<QString>> readMeta(storage::Database &db, QStringView key)
{
    auto stmt = db.prepare(u"SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QString>();
    return std::optional<QString>(stmt.value().text(0));
}

core::Status writeMeta(storage::Database &db, QStringView key, const QString &value)
{
    auto stmt = db.prepare(u"INSERT INTO meta (key, value) VALUES (?1, ?2) "
                           u"ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bind(2, value);
    return stmt.value().run();
}

} // namespace mc::sandbox
