// The Counter page's words for what the counter service reports: every refusal in plain
// language for the cashier, upload states, validity in Beijing time, the stores a voucher is for.
#pragma once

#include "app/vouchers/redemptionrecord.h"
#include "app/vouchers/voucherverdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>

namespace mc::ui {

class CounterText
{
    Q_DECLARE_TR_FUNCTIONS(CounterText)

public:
    // One or two sentences: why the code is refused and what to do (the terms fill in dates).
    static QString refusal(const vouchers::VoucherVerdict &verdict);
    static QString uploadState(vouchers::UploadState state);
    // "2024-11-11 09:00" in Beijing time (UTC+8, no daylight saving).
    static QString beijingDateTime(std::int64_t utcMs);
    // "2024-11-11 00:00 – 2024-11-30 23:59 (Beijing time)".
    static QString validity(const vouchers::VoucherTerms &terms);
    // "2 of 3" / "not known here (3 in all)".
    static QString usesLeft(const vouchers::VoucherTerms &terms);
    // "All stores", or the stores' names (their ids where no name is known).
    static QString stores(const QList<std::int64_t> &storeIds, const QHash<std::int64_t, QString> &names);
};

} // namespace mc::ui
