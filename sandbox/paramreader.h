// Reads a call's business parameters with TOP's error conventions: the first missing one is
// error 40 (isv.missing-parameter:NAME), the first malformed one error 41
// (isv.invalid-parameter:NAME). Later reads after an error return harmless defaults.
#pragma once

#include "sandbox/apicall.h"

#include <QList>

#include <optional>

namespace mc::sandbox {

// The stored form of an integer list ("1,2,3"), as integerList() reads it from a call.
QByteArray joinIntegers(const QList<std::int64_t> &ids);

class ParamReader
{
public:
    explicit ParamReader(const ApiCall &call) : m_call(call) {}

    bool has(const char *name) const { return !m_call.param(name).isEmpty(); }
    QByteArray text(const char *name, int maxLength = 1000);
    QByteArray requiredText(const char *name, int maxLength = 1000);
    std::int64_t integer(const char *name, std::int64_t min, std::int64_t max, std::int64_t fallback);
    std::int64_t requiredInteger(const char *name, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> optionalInteger(const char *name, std::int64_t min, std::int64_t max);
    // TOP time string -> UTC ms.
    std::optional<std::int64_t> time(const char *name);
    std::int64_t requiredTime(const char *name);
    // Decimal money string -> fen.
    std::int64_t requiredMoney(const char *name, std::int64_t minFen, std::int64_t maxFen);
    bool flag(const char *name, bool fallback = false);
    // "1,2,3" -> integers (at most maxCount).
    QList<std::int64_t> integerList(const char *name, int maxCount);

    void fail(ApiError error);
    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

private:
    const ApiCall &m_call;
    std::optional<ApiError> m_error;
};

} // namespace mc::sandbox
