// Result<T>: a value or an Error, for operations that can fail in ways the caller must handle.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mc::core {

// An error a user or a log can read: a stable machine code plus a human message.
struct Error
{
    QString code;    // stable identifier, e.g. "storage.corrupt", "money.overflow"
    QString message; // what went wrong, in plain words (already translated where shown)
    QString detail;  // technical detail: SQLite message, statement, HTTP body, ...

    QString toString() const { return detail.isEmpty() ? message : message + u" (" + detail + u')'; }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}       // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}   // NOLINT(google-explicit-constructor)

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace mc::core
