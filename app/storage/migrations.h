// Schema migrations: numbered SQL files ("0001_initial.sql", ...) applied in order, each
// in its own transaction together with PRAGMA user_version. A database whose version is
// newer than the newest migration the app has is refused, never touched.
#pragma once

#include "app/storage/database.h"

#include <QList>
#include <QString>

namespace mc::storage {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Reads NNNN_name.sql files from a directory (a Qt resource path such as
// ":/migrations/cache" or a real folder); sorted by number; gaps and duplicates are errors.
Result<QList<Migration>> loadMigrations(const QString &directory);

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
};

Result<MigrationReport> migrate(Database &db, const QList<Migration> &migrations);

} // namespace mc::storage
