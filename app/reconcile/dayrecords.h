// The records day close compares, one struct per source, as read from ledger.sqlite,
// cache.sqlite and a till's CSV export. Money is integer fen; times are UTC milliseconds.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>

namespace mc::reconcile {

// One store's day (Beijing time), or every store's when storeId is 0 (head office).
struct DayScope
{
    std::int64_t storeId = 0;
    QDate day;

    bool allStores() const { return storeId == 0; }
    bool operator==(const DayScope &) const = default;
    std::int64_t startMs() const; // 00:00 Beijing time
    std::int64_t endMs() const;   // 00:00 the next day (exclusive)
};

// A redemption at this console's counter (ledger.sqlite, with its upload state).
struct CounterRow
{
    QString serial;
    std::int64_t seq = 0;
    QByteArray code;
    QByteArray voucherId;
    std::int64_t storeId = 0;
    QString operatorName;
    std::int64_t consumeNum = 1;
    std::int64_t faceValueFen = 0; // per use
    std::int64_t redeemedMs = 0;
    QString uploadState;     // pending, confirmed, refused, conflict
    QString platformMessage; // the platform's answer or the last error
};

// A redemption the platform recorded (mc.redemptions.get, cached).
struct PlatformRow
{
    QString serial;
    QByteArray voucherId;
    QByteArray code;
    std::int64_t storeId = 0;
    std::int64_t consumeNum = 1;
    QString operatorId;
    std::int64_t faceValueFen = 0; // per use; 0: the platform did not say
    std::int64_t redeemedMs = 0;
    std::int64_t recordedMs = 0;
};

// A line of the platform's settlement statement (mc.settlements.get, cached).
struct SettlementRow
{
    QString serial;
    QByteArray voucherId;
    std::int64_t storeId = 0;
    std::int64_t redeemedMs = 0;
    std::int64_t settledMs = 0;
    std::int64_t grossFen = 0;
    std::int64_t commissionBp = 0;
    std::int64_t commissionFen = 0;
    std::int64_t amountFen = 0; // paid
    QString status;             // settled, late, adjusted, withheld
    QString note;
};

// A voucher sale line of the store's till (POS CSV export).
struct TillRow
{
    int line = 0; // in the file, from 1 (the header is line 1)
    QDate date;
    QString receipt;
    QByteArray code;
    std::int64_t amountFen = 0;
};

// A record that failed validation: never counted, shown with its reason.
struct SetAside
{
    QString source; // counter, platform, settlement, till
    QString key;    // serial, or the till line
    QString reason;
};

// Everything known about one scope's day.
struct DaySources
{
    DayScope scope;
    QList<CounterRow> counter;
    QList<PlatformRow> platform;
    // Platform redemptions of the counter's conflicting vouchers at other stores or days:
    // where the voucher went instead.
    QList<PlatformRow> elsewhere;
    QList<SettlementRow> settlements;
    bool tillImported = false;
    QList<TillRow> till;
};

} // namespace mc::reconcile
