// How the dashboard writes its figures: money through core::Money (or masked for privacy),
// counts and percentages in the user's locale, compact axis labels, durations, Beijing time.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>

namespace mc::ui {

class FigureFormat
{
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)

public:
    explicit FigureFormat(bool moneyMasked = false, QLocale locale = QLocale());

    bool moneyMasked() const { return m_masked; }
    // "¥1,280.00", or "¥•••••" while money is masked.
    QString money(std::int64_t fen) const;
    // Rounded to whole yuan ("¥1,280"), for lists where fen are noise.
    QString wholeMoney(std::int64_t fen) const;
    QString count(std::int64_t value) const;
    // Axis labels: "¥12K", "¥1.5M" (or "¥1.2万", "¥3亿" in Chinese); counts the same way.
    QString compactMoney(std::int64_t fen) const;
    QString compactCount(std::int64_t value) const;
    // "+12.3%" / "−4.0%"; empty when there is nothing to compare with.
    QString change(std::int64_t now, std::int64_t before) const;
    // A share as "62%" (basis points in, so no floating point reaches money).
    QString share(std::int64_t part, std::int64_t whole) const;
    // "45 s", "35 min", "2 h 10 min", "3 days".
    QString duration(std::int64_t ms) const;
    // Platform time as "00:14:05", Beijing time (UTC+8, no daylight saving).
    QString beijingTime(std::int64_t utcMs) const;

    static QString maskedMoney();

private:
    QString compact(std::int64_t value, int minorDigits) const;

    bool m_masked = false;
    QLocale m_locale;
};

// Beijing is UTC+8 all year: the platform's day and the merchant's clock.
inline constexpr std::int64_t kBeijingOffsetMs = 8LL * 3600 * 1000;

} // namespace mc::ui
