// Business parameter parsing.
#include "sandbox/paramreader.h"

#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "sandbox/envelope.h"

namespace mc::sandbox {

QByteArray joinIntegers(const QList<std::int64_t> &ids)
{
    QByteArray out;
    for (std::int64_t id : ids)
        out += (out.isEmpty() ? "" : ",") + QByteArray::number(id);
    return out;
}

void ParamReader::fail(ApiError error)
{
    if (!m_error)
        m_error = std::move(error);
}

QByteArray ParamReader::text(const char *name, int maxLength)
{
    QByteArray value = m_call.param(name);
    if (value.size() > maxLength) {
        fail(invalidParameter(name, "is longer than " + QByteArray::number(maxLength) + " bytes"));
        return {};
    }
    return value;
}

QByteArray ParamReader::requiredText(const char *name, int maxLength)
{
    if (!has(name)) {
        fail(missingParameter(name));
        return {};
    }
    return text(name, maxLength);
}

std::int64_t ParamReader::integer(const char *name, std::int64_t min, std::int64_t max, std::int64_t fallback)
{
    return optionalInteger(name, min, max).value_or(fallback);
}

std::int64_t ParamReader::requiredInteger(const char *name, std::int64_t min, std::int64_t max)
{
    if (!has(name)) {
        fail(missingParameter(name));
        return min;
    }
    return integer(name, min, max, min);
}

std::optional<std::int64_t> ParamReader::optionalInteger(const char *name, std::int64_t min, std::int64_t max)
{
    const QByteArray value = m_call.param(name);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        fail(invalidParameter(name,
                              "must be an integer from " + QByteArray::number(min) + " to " + QByteArray::number(max)));
        return std::nullopt;
    }
    return n;
}

std::optional<std::int64_t> ParamReader::time(const char *name)
{
    const QByteArray value = m_call.param(name);
    if (value.isEmpty())
        return std::nullopt;
    const auto ms = protocol::parseTopTime(QByteArrayView(value));
    if (!ms)
        fail(invalidParameter(name, "must be a time \"yyyy-MM-dd HH:mm:ss\" (GMT+8)"));
    return ms;
}

std::int64_t ParamReader::requiredTime(const char *name)
{
    if (!has(name)) {
        fail(missingParameter(name));
        return 0;
    }
    return time(name).value_or(0);
}

std::int64_t ParamReader::requiredMoney(const char *name, std::int64_t minFen, std::int64_t maxFen)
{
    if (!has(name)) {
        fail(missingParameter(name));
        return 0;
    }
    const auto money = core::Money::parse(QString::fromLatin1(m_call.param(name)));
    if (!money || money.value().minor() < minFen || money.value().minor() > maxFen) {
        fail(invalidParameter(name, "must be a decimal amount such as \"50.00\" within the allowed range"));
        return 0;
    }
    return money.value().minor();
}

bool ParamReader::flag(const char *name, bool fallback)
{
    const QByteArray value = m_call.param(name);
    if (value.isEmpty())
        return fallback;
    if (value == "true")
        return true;
    if (value == "false")
        return false;
    fail(invalidParameter(name, "must be true or false"));
    return fallback;
}

QList<std::int64_t> ParamReader::integerList(const char *name, int maxCount)
{
    QList<std::int64_t> out;
    const QByteArray value = m_call.param(name);
    if (value.isEmpty())
        return out;
    for (const QByteArray &part : value.split(',')) {
        bool ok = false;
        const qlonglong n = part.trimmed().toLongLong(&ok);
        if (!ok || n <= 0 || out.size() >= maxCount) {
            fail(invalidParameter(name, "must be a comma separated list of at most " + QByteArray::number(maxCount) +
                                            " positive integers"));
            return {};
        }
        out.append(n);
    }
    return out;
}

} // namespace mc::sandbox
