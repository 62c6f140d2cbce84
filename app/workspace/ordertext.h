// How orders read to a person, in the user's language: status and channel labels and the
// columns of the orders list and its CSV export. One place, so the page and the export agree.
#pragma once

#include "app/workspace/orderfilter.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mc::workspace {

struct OrderText
{
    static QString status(const QString &wireStatus); // unknown statuses as the platform sent them
    static QString channel(const QString &wireChannel);
    // The location's name, or "Store 12" when the name is not cached.
    static QString location(std::int64_t locationId, const QHash<std::int64_t, QString> &names);
    // Beijing time, "yyyy-MM-dd HH:mm:ss", as everywhere in the console.
    static QString time(std::int64_t utcMs);
    static QString yuan(std::int64_t fen);
    // TOP statuses in the order a merchant thinks of them.
    static QStringList statuses();

    // The export's columns and one row of it.
    static QStringList csvHeader();
    static QStringList csvRow(const OrderRow &row, const QHash<std::int64_t, QString> &locationNames);
};

} // namespace mc::workspace
