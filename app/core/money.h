// Money: an exact amount in integer minor units (fen for CNY). Never floating point.
#pragma once

#include "app/core/result.h"

#include <QLocale>
#include <QString>
#include <QByteArrayView>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>

namespace mc::core {

struct Currency
{
    std::array<char, 3> code{'C', 'N', 'Y'};
    int minorDigits = 2;

    static constexpr Currency cny() { return {}; }
    QString isoCode() const { return QString::fromLatin1(code.data(), 3); }
    QString symbol() const;
    friend constexpr bool operator==(const Currency &, const Currency &) = default;
};

enum class Rounding {
    HalfUp,     // 0.5 away from zero: what shoppers expect on a receipt
    HalfEven,   // banker's rounding: unbiased over many rows (reports)
    TowardZero, // truncate: never give away more than computed
};

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(std::int64_t minor, Currency currency = Currency::cny())
    {
        Money m;
        m.m_minor = minor;
        m.m_currency = currency;
        return m;
    }
    static constexpr Money zero(Currency currency = Currency::cny()) { return fromMinor(0, currency); }

    // Exact parse of a decimal string as the platform sends it ("128.00", "0.5", "-3").
    // More fraction digits than the currency has, stray characters or overflow are errors.
    static Result<Money> parse(QStringView text, Currency currency = Currency::cny());
    static Result<Money> parse(QByteArrayView ascii, Currency currency = Currency::cny()); // hot paths: no QString

    std::int64_t minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> times(std::int64_t factor) const;
    // this * numerator / denominator, rounded as asked: discounts, shares, averages.
    Result<Money> scaled(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const;

    // "128.00": the platform's wire format, locale-independent.
    QString toDecimalString() const;
    // "¥1,280.00" / "¥1,280.00" in zh_CN: grouping and decimal point from the locale.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    friend constexpr bool operator==(const Money &, const Money &) = default;
    friend constexpr std::strong_ordering operator<=>(const Money &a, const Money &b)
    {
        return a.m_minor <=> b.m_minor;
    }

private:
    std::int64_t m_minor = 0;
    Currency m_currency;
};

} // namespace mc::core
