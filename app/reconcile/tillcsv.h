// A store's till (POS) export as CSV: which columns hold the date, the receipt number, the
// voucher code and the amount (by header name, or found among common names in English and
// Chinese), a preview of what would be imported, and an error per bad line. Nothing is
// imported when any line is bad: the caller gets the errors and no rows.
#pragma once

#include "app/core/result.h"
#include "app/reconcile/dayrecords.h"

#include <QStringList>

namespace mc::reconcile {

struct TillColumns
{
    QString date;    // header names; empty: look for a common name
    QString receipt;
    QString code;
    QString amount;

    // "date=Date,receipt=No.,code=Voucher,amount=Amount" (any subset); error on unknown keys.
    static core::Result<TillColumns> parse(const QString &spec);
};

struct TillLineError
{
    int line = 0; // in the file, from 1
    QString message;
};

struct TillImport
{
    QStringList header;
    int dateColumn = -1, receiptColumn = -1, codeColumn = -1, amountColumn = -1;
    QList<TillRow> rows;          // the day's lines; empty when there is any error
    int otherDays = 0;            // good lines of other days, left out
    QList<TillLineError> errors;  // every bad line; nothing imported when not empty

    bool ok() const { return errors.isEmpty(); }
};

// Parses the file's bytes (UTF-8, with or without BOM, LF or CRLF, RFC 4180 quoting). Dates
// as yyyy-MM-dd or yyyy/MM/dd (a time after them is ignored); amounts in yuan ("12.00").
TillImport parseTillCsv(const QByteArray &data, const TillColumns &columns, const QDate &day);

} // namespace mc::reconcile
