// Statement: binding, stepping and reading columns through the SQLite C API.
#include "app/storage/statement.h"

#include "app/storage/faultinjection.h"

#include <sqlite3.h>

#include <utility>

namespace mc::storage {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, QString sql) : m_db(db), m_stmt(stmt), m_sql(std::move(sql)) {}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_sql(std::move(other.m_sql)), m_bindError(std::exchange(other.m_bindError, 0)),
      m_executing(std::exchange(other.m_executing, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
        m_bindError = std::exchange(other.m_bindError, 0);
        m_executing = std::exchange(other.m_executing, false);
    }
    return *this;
}

namespace {
inline void keep(int &slot, int rc)
{
    if (rc != SQLITE_OK && slot == SQLITE_OK)
        slot = rc;
}
} // namespace

Statement &Statement::bind(int index, std::int64_t value)
{
    keep(m_bindError, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    keep(m_bindError, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, QStringView value)
{
    // A null QString is bound as '' (use bindNull() for SQL NULL): SQLite would take the
    // null data pointer as NULL and trip NOT NULL columns on a merely absent field.
    static const char16_t kEmpty[] = u"";
    const void *data = value.isNull() ? static_cast<const void *>(kEmpty) : value.utf16();
    // UTF-16 binding avoids a conversion here; SQLite stores it as UTF-8 (the db encoding).
    keep(m_bindError, sqlite3_bind_text16(m_stmt, index, data, static_cast<int>(value.size() * 2),
                                          SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    keep(m_bindError, sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                                        SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    keep(m_bindError,
         sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    keep(m_bindError, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = std::exchange(m_bindError, SQLITE_OK);
        return sqliteError(m_db, rc, m_sql);
    }
    // An execution is one operation for fault injection, however many rows it returns.
    if (!m_executing && faults::shouldFail()) {
        sqlite3_reset(m_stmt);
        return Error{QString::fromLatin1(codes::kInjected), QStringLiteral("injected storage fault"), m_sql};
    }
    const int rc = sqlite3_step(m_stmt);
    m_executing = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(m_db, rc, m_sql);
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r) {
            reset();
            return r.error();
        }
        if (!r.value())
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    m_executing = false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return {static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)};
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
bool Statement::isInteger(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER; }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

} // namespace mc::storage
