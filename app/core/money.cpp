// Exact decimal parsing, checked arithmetic and formatting for Money.
#include "app/core/money.h"

#include <limits>

namespace mc::core {

namespace {

__extension__ using Int128 = __int128; // GCC/Clang; the exact intermediate of a*b/c

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t pow10(int digits)
{
    std::int64_t p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

Error moneyError(const char *code, const QString &message, QStringView text = {})
{
    return Error{QString::fromLatin1(code), message, text.toString()};
}

Error overflow() { return moneyError("money.overflow", QStringLiteral("amount out of range")); }
Error currencyMismatch() { return moneyError("money.currency", QStringLiteral("currencies differ")); }

inline bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline int digitOf(QChar c) { return c.unicode() - u'0'; }
inline int digitOf(char c) { return c - '0'; }
inline QString toText(QStringView v) { return v.toString(); }
inline QString toText(QByteArrayView v) { return QString::fromLatin1(v.data(), v.size()); }

template<typename View>
Result<Money> parseDecimal(View text, Currency currency)
{
    const View s = text.trimmed();
    if (s.isEmpty())
        return moneyError("money.empty", QStringLiteral("empty amount"), toText(text));

    qsizetype i = 0;
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        ++i;
    }
    std::int64_t whole = 0;
    int wholeDigits = 0;
    for (; i < s.size() && isAsciiDigit(s[i]); ++i, ++wholeDigits) {
        const int d = digitOf(s[i]);
        if (whole > (kMax - d) / 10)
            return overflow();
        whole = whole * 10 + d;
    }
    if (wholeDigits == 0)
        return moneyError("money.syntax", QStringLiteral("not a decimal amount"), toText(text));

    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        for (; i < s.size() && isAsciiDigit(s[i]); ++i, ++fractionDigits) {
            if (fractionDigits >= currency.minorDigits) {
                // Extra digits are only acceptable when they are zeros ("1.500").
                if (s[i] != u'0')
                    return moneyError("money.precision", QStringLiteral("more decimal places than the currency has"),
                                      toText(text));
                continue;
            }
            fraction = fraction * 10 + (digitOf(s[i]));
        }
        if (fractionDigits == 0)
            return moneyError("money.syntax", QStringLiteral("not a decimal amount"), toText(text));
    }
    if (i != s.size())
        return moneyError("money.syntax", QStringLiteral("not a decimal amount"), toText(text));

    const int used = std::min(fractionDigits, currency.minorDigits);
    fraction *= pow10(currency.minorDigits - used);
    const std::int64_t unit = pow10(currency.minorDigits);
    if (whole > (kMax - fraction) / unit)
        return overflow();
    const std::int64_t minor = whole * unit + fraction;
    return Money::fromMinor(negative ? -minor : minor, currency);
}

} // namespace

QString Currency::symbol() const
{
    if (*this == cny())
        return QStringLiteral("\u00A5");
    return isoCode() + u' ';
}

Result<Money> Money::parse(QStringView text, Currency currency) { return parseDecimal(text, currency); }
Result<Money> Money::parse(QByteArrayView ascii, Currency currency) { return parseDecimal(ascii, currency); }

Result<Money> Money::plus(Money other) const
{
    if (other.m_currency != m_currency)
        return currencyMismatch();
    std::int64_t out = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &out))
        return overflow();
    return fromMinor(out, m_currency);
}

Result<Money> Money::minus(Money other) const
{
    if (other.m_currency != m_currency)
        return currencyMismatch();
    std::int64_t out = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &out))
        return overflow();
    return fromMinor(out, m_currency);
}

Result<Money> Money::times(std::int64_t factor) const
{
    std::int64_t out = 0;
    if (__builtin_mul_overflow(m_minor, factor, &out))
        return overflow();
    return fromMinor(out, m_currency);
}

Result<Money> Money::scaled(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const
{
    if (denominator == 0)
        return moneyError("money.divide", QStringLiteral("division by zero"));
    Int128 n = static_cast<Int128>(m_minor) * numerator;
    Int128 d = denominator;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    Int128 q = n / d;
    const Int128 r = n % d; // same sign as n
    const Int128 twiceRem = (r < 0 ? -r : r) * 2;
    const int sign = n < 0 ? -1 : 1;
    switch (rounding) {
    case Rounding::TowardZero:
        break;
    case Rounding::HalfUp:
        if (twiceRem >= d)
            q += sign;
        break;
    case Rounding::HalfEven:
        if (twiceRem > d || (twiceRem == d && (q % 2) != 0))
            q += sign;
        break;
    }
    if (q > kMax || q < std::numeric_limits<std::int64_t>::min())
        return overflow();
    return fromMinor(static_cast<std::int64_t>(q), m_currency);
}

QString Money::toDecimalString() const
{
    const std::int64_t unit = pow10(m_currency.minorDigits);
    // Work in unsigned so that INT64_MIN formats correctly.
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(m_minor) : static_cast<std::uint64_t>(m_minor);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / static_cast<std::uint64_t>(unit));
    if (m_currency.minorDigits > 0) {
        out += u'.';
        out += QString::number(magnitude % static_cast<std::uint64_t>(unit))
                   .rightJustified(m_currency.minorDigits, u'0');
    }
    return out;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const std::int64_t unit = pow10(m_currency.minorDigits);
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(m_minor) : static_cast<std::uint64_t>(m_minor);
    QString out = negative ? locale.negativeSign() : QString();
    out += m_currency.symbol();
    out += locale.toString(static_cast<qulonglong>(magnitude / static_cast<std::uint64_t>(unit)));
    if (m_currency.minorDigits > 0) {
        out += locale.decimalPoint();
        out += QString::number(magnitude % static_cast<std::uint64_t>(unit)).rightJustified(m_currency.minorDigits, u'0');
    }
    return out;
}

} // namespace mc::core
