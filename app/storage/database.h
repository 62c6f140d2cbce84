// Database: one SQLite connection (RAII) with its pragmas set and verified on open.
// One writer connection per database file, on the sync thread; readers open their own.
#pragma once

#include "app/storage/error.h"
#include "app/storage/statement.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace mc::storage {

enum class Durability {
    Normal, // synchronous=NORMAL: re-fetchable data (cache.sqlite)
    Full,   // synchronous=FULL (+ fullfsync on macOS): data that exists only here (ledger.sqlite)
};

struct OpenOptions
{
    QString path;
    Durability durability = Durability::Normal;
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    int cacheSizeKiB = 32 * 1024;
    std::int64_t mmapBytes = 0;   // memory-mapped reads (no pread copies); 0: off
    int walAutocheckpointPages = 1000;
};

class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const OpenOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements without results.
    Status exec(QStringView sql);
    Result<Statement> prepare(QStringView sql);
    // A single integer from a one-row query, e.g. "PRAGMA user_version".
    Result<std::int64_t> queryInt(QStringView sql);
    Result<QString> queryText(QStringView sql);
    // Overloads so that concatenations (QStringBuilder) can be passed directly.
    Status exec(const QString &sql) { return exec(QStringView(sql)); }
    Result<Statement> prepare(const QString &sql) { return prepare(QStringView(sql)); }
    Result<std::int64_t> queryInt(const QString &sql) { return queryInt(QStringView(sql)); }
    Result<QString> queryText(const QString &sql) { return queryText(QStringView(sql)); }

    std::int64_t lastInsertRowId() const;
    int changes() const;
    const QString &path() const { return m_options.path; }
    bool isReadOnly() const { return m_options.readOnly; }
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, OpenOptions options);
    Status configure();
    Status setPragma(QStringView pragma, QStringView value, QStringView expected);

    sqlite3 *m_db = nullptr;
    OpenOptions m_options;
};

} // namespace mc::storage
