// Database: open, configure and verify; exec and prepare with errors that name the statement.
#include "app/storage/database.h"

#include "app/storage/faultinjection.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "mc.storage")

namespace mc::storage {

Error sqliteError(sqlite3 *db, int rc, QStringView sql)
{
    const int primary = rc & 0xFF;
    const char *code = codes::kFailed;
    QString message;
    switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = codes::kCorrupt;
        message = QStringLiteral("the database file is damaged or is not a database");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = codes::kBusy;
        message = QStringLiteral("the database is locked by another process");
        break;
    case SQLITE_FULL:
        code = codes::kFull;
        message = QStringLiteral("the disk is full");
        break;
    case SQLITE_CONSTRAINT:
        code = codes::kConstraint;
        message = QStringLiteral("a database constraint was violated");
        break;
    default:
        message = QStringLiteral("database operation failed");
    }
    const QString sqliteMessage = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    QString detail = u"SQLite " + QString::number(rc) + u": " + sqliteMessage;
    if (!sql.isEmpty())
        detail += u"; statement: " + sql.left(300).toString();
    qCWarning(lcStorage).noquote() << message << '-' << detail;
    return Error{QString::fromLatin1(code), message, detail};
}

Database::Database(sqlite3 *db, OpenOptions options) : m_db(db), m_options(std::move(options)) {}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const OpenOptions &options)
{
    sqlite3 *db = nullptr;
    const int flags = (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const QByteArray path = QFileInfo(options.path).absoluteFilePath().toUtf8();
    if (!options.readOnly && !QFileInfo::exists(options.path)) {
        // Created private to the user: SQLite gives the -wal and -shm files the same mode.
        QFile create(options.path);
        if (create.open(QIODevice::WriteOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const int rc = sqlite3_open_v2(path.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, {});
        error.message = QStringLiteral("cannot open database %1: %2").arg(options.path, error.message);
        sqlite3_close_v2(db);
        return error;
    }
    std::unique_ptr<Database> database(new Database(db, options));
    if (Status s = database->configure(); !s) {
        Error error = s.error();
        error.message = QStringLiteral("cannot use database %1: %2").arg(options.path, error.message);
        return error;
    }
    return database;
}

Status Database::setPragma(QStringView pragma, QStringView value, QStringView expected)
{
    auto answer = queryText(QString(u"PRAGMA " + pragma + u" = " + value));
    if (!answer)
        return answer.error();
    if (expected.isEmpty())
        return {};
    auto check = queryText(QString(u"PRAGMA " + pragma));
    if (!check)
        return check.error();
    if (check.value().compare(expected, Qt::CaseInsensitive) != 0)
        return Error{QString::fromLatin1(codes::kFailed),
                     QStringLiteral("SQLite refused a required setting"),
                     u"PRAGMA " + pragma + u" is '" + check.value() + u"', expected '" + expected + u'\''};
    return {};
}

Status Database::configure()
{
    sqlite3_busy_timeout(m_db, m_options.busyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    // Reading the schema is the first real I/O: a garbage file fails here, not later.
    if (auto probe = queryInt(u"SELECT count(*) FROM sqlite_schema"); !probe)
        return probe.error();
    if (m_options.readOnly)
        return setPragma(u"query_only", u"1", u"1");
    // WAL: readers (the UI) never block the single writer (the sync thread).
    if (Status s = setPragma(u"journal_mode", u"WAL", u"wal"); !s)
        return s;
    const bool full = m_options.durability == Durability::Full;
    // NORMAL in WAL mode can lose the last commits on power loss but never corrupts: right
    // for a re-fetchable cache. FULL for the ledger, whose rows exist nowhere else yet.
    if (Status s = setPragma(u"synchronous", full ? u"FULL" : u"NORMAL", full ? u"2" : u"1"); !s)
        return s;
#ifdef Q_OS_MACOS
    if (full)
        if (Status s = setPragma(u"fullfsync", u"ON", u"1"); !s)
            return s;
#endif
    if (Status s = setPragma(u"foreign_keys", u"ON", u"1"); !s)
        return s;
    if (Status s = setPragma(u"temp_store", u"MEMORY", u"2"); !s)
        return s;
    if (m_options.mmapBytes > 0)
        if (Status s = setPragma(u"mmap_size", QString::number(m_options.mmapBytes), {}); !s)
            return s;
    if (Status s = setPragma(u"wal_autocheckpoint", QString::number(m_options.walAutocheckpointPages), {}); !s)
        return s;
    return setPragma(u"cache_size", QString::number(-m_options.cacheSizeKiB), {});
}

Status Database::exec(QStringView sql)
{
    if (faults::shouldFail())
        return Error{QString::fromLatin1(codes::kInjected), QStringLiteral("injected storage fault"), sql.toString()};
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    return {};
}

Result<Statement> Database::prepare(QStringView sql)
{
    if (faults::shouldFail())
        return Error{QString::fromLatin1(codes::kInjected), QStringLiteral("injected storage fault"), sql.toString()};
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), static_cast<int>(sql.size() * 2), SQLITE_PREPARE_PERSISTENT,
                                        &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, sql);
    }
    return Statement(m_db, stmt, sql.toString());
}

Result<std::int64_t> Database::queryInt(QStringView sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().int64(0) : 0;
}

Result<QString> Database::queryText(QStringView sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().text(0) : QString();
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

} // namespace mc::storage
