#include "app/workspace/ordertext.h"

#include "app/core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

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
    static const QTimeZone beijing(8 * 3600);
    return QDateTime::fromMSecsSinceEpoch(utcMs, beijing).toString(u"yyyy-MM-dd HH:mm:ss"_s);
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
