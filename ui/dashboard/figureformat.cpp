// Figure formatting. Money stays integer fen until core::Money formats it; compact labels
// divide integers and only the final one-decimal display goes through the locale.
#include "ui/dashboard/figureformat.h"

#include "app/core/money.h"

#include <QDateTime>

#include <array>
#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace mc::ui {

FigureFormat::FigureFormat(bool moneyMasked, QLocale locale) : m_masked(moneyMasked), m_locale(std::move(locale)) {}

QString FigureFormat::maskedMoney()
{
    return core::Currency::cny().symbol() + u"•••••"_s;
}

QString FigureFormat::money(std::int64_t fen) const
{
    return m_masked ? maskedMoney() : core::Money::fromMinor(fen).toDisplayString(m_locale);
}

QString FigureFormat::wholeMoney(std::int64_t fen) const
{
    if (m_masked)
        return maskedMoney();
    // Laid out like Money::toDisplayString (sign, symbol, grouped yuan), without the fen.
    const std::int64_t yuan = (std::llabs(fen) + 50) / 100; // half up
    return (fen < 0 ? m_locale.negativeSign() : QString()) + core::Currency::cny().symbol() +
           m_locale.toString(static_cast<qlonglong>(yuan));
}

QString FigureFormat::count(std::int64_t value) const
{
    return m_locale.toString(static_cast<qlonglong>(value));
}

QString FigureFormat::compact(std::int64_t value, int minorDigits) const
{
    // value is in minor units (10^minorDigits per whole unit).
    std::int64_t unitScale = 1;
    for (int i = 0; i < minorDigits; ++i)
        unitScale *= 10;
    const bool chinese = m_locale.language() == QLocale::Chinese;
    using Step = std::pair<std::int64_t, QString>;
    const std::array<Step, 3> steps =
        chinese ? std::array<Step, 3>{Step{100'000'000, u"亿"_s}, Step{10'000, u"万"_s}, Step{1, QString()}}
                : std::array<Step, 3>{Step{1'000'000, u"M"_s}, Step{1'000, u"K"_s}, Step{1, QString()}};
    const std::int64_t magnitude = std::llabs(value);
    for (const Step &step : steps) {
        const std::int64_t divisor = step.first * unitScale;
        if (magnitude < divisor && step.first != 1)
            continue;
        // Tenths of the unit, rounded half up; whole units drop the ".0".
        const std::int64_t tenths = (magnitude * 10 + divisor / 2) / divisor;
        QString digits = tenths % 10 == 0 || tenths >= 1000
                             ? m_locale.toString(static_cast<qlonglong>((tenths + 5) / 10))
                             : m_locale.toString(static_cast<double>(tenths) / 10.0, 'f', 1);
        return (value < 0 ? m_locale.negativeSign() : QString()) + digits + step.second;
    }
    return {};
}

QString FigureFormat::compactMoney(std::int64_t fen) const
{
    return m_masked ? maskedMoney() : core::Currency::cny().symbol() + compact(fen, 2);
}

QString FigureFormat::compactCount(std::int64_t value) const
{
    return compact(value, 0);
}

QString FigureFormat::change(std::int64_t now, std::int64_t before) const
{
    if (before <= 0)
        return {};
    const std::int64_t basisPoints = (now - before) * 10'000 / before;
    const QString sign = basisPoints > 0   ? m_locale.positiveSign()
                         : basisPoints < 0 ? m_locale.negativeSign()
                                           : QString();
    return sign + m_locale.toString(static_cast<double>(std::llabs(basisPoints)) / 100.0, 'f', 1) + m_locale.percent();
}

QString FigureFormat::share(std::int64_t part, std::int64_t whole) const
{
    if (whole <= 0)
        return m_locale.toString(0) + m_locale.percent();
    return m_locale.toString(static_cast<qlonglong>((part * 100 + whole / 2) / whole)) + m_locale.percent();
}

QString FigureFormat::duration(std::int64_t ms) const
{
    const std::int64_t seconds = std::max<std::int64_t>(0, ms / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const std::int64_t minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const std::int64_t hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QChar(u'0'));
    return tr("%1 days").arg(hours / 24);
}

QString FigureFormat::beijingTime(std::int64_t utcMs) const
{
    const QDateTime beijing = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, kBeijingOffsetMs / 1000);
    return m_locale.toString(beijing.time(), u"HH:mm:ss"_s);
}

} // namespace mc::ui
