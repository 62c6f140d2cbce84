// A prepared SQLite statement (RAII). Keep them per repository and reuse them: preparing
// is the expensive part of a small statement.
#pragma once

#include "app/storage/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace mc::storage {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, QString sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based as in SQLite. Text is bound as UTF-8.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const QString &value) { return bind(index, QStringView(value)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bind(int index, const std::optional<std::int64_t> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // true: a row is ready; false: done. Error on failure (bind errors surface here too).
    Result<bool> step();
    // Steps to completion, then resets for reuse. For INSERT/UPDATE/DELETE.
    Status run();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes without a copy: valid until the next step, reset or column call.
    QByteArrayView blobView(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;
    int columnCount() const;

    const QString &sql() const { return m_sql; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    int m_bindError = 0;
    bool m_executing = false; // between the first step that returned a row and the end
};

} // namespace mc::storage
