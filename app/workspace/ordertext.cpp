#include "app/workspace/ordertext.h"

#include "app/core/money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {
constexpr auto kContext = "mc::workspace::OrderText";
QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

struct StatusName
{
    const char *wire;
    const char *label;
};
constexpr StatusName kStatuses[] = {
    {"WAIT_BUYER_PAY", QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Awaiting payment")},
    {"WAIT_SELLER_SEND_GOODS", QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Paid, to ship")},
    {"WAIT_BUYER_CONFIRM_GOODS", QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Shipped")},
    {"TRADE_FINISHED", QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Completed")},
    {"TRADE_CLOSED", QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Closed (refunded)")},
    {"TRADE_CLOSED_BY_TAOBAO", QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Closed unpaid")},
};
} // namespace

QString OrderText::status(const QString &wireStatus)
{
    for (const StatusName &s : kStatuses) {
        if (wireStatus == QLatin1String(s.wire))
            return translated(s.label);
    }
    return wireStatus;
}

QStringList OrderText::statuses()
{
    QStringList out;
    for (const StatusName &s : kStatuses)
        out << QString::fromLatin1(s.wire);
    return out;
}

QString OrderText::channel(const QString &wireChannel)
{
    if (wireChannel == u"online")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Online"));
    if (wireChannel == u"store")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "In store"));
    return wireChannel;
}

QString OrderText::location(std::int64_t locationId, const QHash<std::int64_t, QString> &names)
{
    const auto it = names.constFind(locationId);
    if (it != names.cend())
        return it.value();
    return translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Location %1")).arg(locationId);
}

QString OrderText::time(std::int64_t utcMs)
{
    // Beijing keeps UTC+8 all year. Formatted by hand: an export does this for every row, and
    // QDateTime::toString cost more than the rest of the row together.
    constexpr std::int64_t kDayMs = 86'400'000;
    const std::int64_t local = utcMs + 8 * 3'600'000;
    const std::int64_t days = local / kDayMs - (local % kDayMs < 0 ? 1 : 0);
    const std::int64_t inDay = (local - days * kDayMs) / 1000;
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, proleptic Gregorian).
    const std::int64_t z = days + 719'468;
    const std::int64_t era = (z >= 0 ? z : z - 146'096) / 146'097;
    const std::int64_t doe = z - era * 146'097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return QString::number(utcMs);
    char16_t text[19];
    auto put = [&text](int at, std::int64_t value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u' ';
    put(11, inDay / 3600, 2);
    text[13] = u':';
    put(14, inDay / 60 % 60, 2);
    text[16] = u':';
    put(17, inDay % 60, 2);
    return QString(reinterpret_cast<const QChar *>(text), 19);
}

QString OrderText::yuan(std::int64_t fen)
{
    return core::Money::fromMinor(fen).toDecimalString();
}

QStringList OrderText::csvHeader()
{
    return {translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Created (Beijing time)")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Order ID")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Buyer")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Channel")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Location")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Province")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Status")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Paid (CNY)")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "Items")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::OrderText", "First product"))};
}

QStringList OrderText::csvRow(const OrderRow &r, const QHash<std::int64_t, QString> &locationNames)
{
    return {time(r.createdMs),
            // As text: Excel and WPS would show a long number as 2.00E+14 and round it past 15 digits.
            u'\t' + QString::number(r.tid),
            r.buyerNick,
            channel(r.channel),
            location(r.locationId, locationNames),
            r.province,
            status(r.status),
            yuan(r.paymentFen),
            QString::number(r.items),
            r.firstTitle};
}

} // namespace mc::workspace
