// Civil-date arithmetic (Howard Hinnant's days_from_civil / civil_from_days).
#include "app/protocol/toptime.h"

#include <QString>

namespace mc::protocol {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

void put(char *&p, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    p += width;
}

} // namespace

QByteArray formatTopTime(std::int64_t utcMs)
{
    const std::int64_t local = utcMs + kBeijingOffsetMs;
    const std::int64_t days = floorDiv(local, kDayMs);
    const auto secondsOfDay = static_cast<unsigned>((local - days * kDayMs) / 1000);
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    QByteArray out(19, Qt::Uninitialized);
    char *p = out.data();
    put(p, static_cast<unsigned>(y), 4);
    *p++ = '-';
    put(p, m, 2);
    *p++ = '-';
    put(p, d, 2);
    *p++ = ' ';
    put(p, secondsOfDay / 3600, 2);
    *p++ = ':';
    put(p, secondsOfDay / 60 % 60, 2);
    *p++ = ':';
    put(p, secondsOfDay % 60, 2);
    return out;
}

std::optional<std::int64_t> parseTopTime(QByteArrayView t)
{
    if (t.size() != 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    auto num = [&](int from, int width, unsigned &out) {
        out = 0;
        for (int i = from; i < from + width; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            out = out * 10 + static_cast<unsigned>(t[i] - '0');
        }
        return true;
    };
    unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!num(0, 4, y) || !num(5, 2, mo) || !num(8, 2, d) || !num(11, 2, h) || !num(14, 2, mi) || !num(17, 2, s))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    static constexpr unsigned kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > kMonthDays[mo - 1] + (mo == 2 && leap ? 1 : 0))
        return std::nullopt;
    const std::int64_t days = daysFromCivil(y, mo, d);
    return days * kDayMs + (h * 3600 + mi * 60 + s) * 1000LL - kBeijingOffsetMs;
}

std::optional<std::int64_t> parseTopTime(QStringView text)
{
    if (text.size() != 19)
        return std::nullopt;
    return parseTopTime(QByteArrayView(text.toLatin1()));
}

std::int64_t beijingDayStartMs(std::int64_t utcMs)
{
    return floorDiv(utcMs + kBeijingOffsetMs, kDayMs) * kDayMs - kBeijingOffsetMs;
}

} // namespace mc::protocol
