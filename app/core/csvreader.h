// Reading CSV as spreadsheets write it: UTF-8 with or without a byte order mark, LF or CRLF
// line ends, RFC 4180 quoting (a quoted field may hold commas, doubled quotes and line
// breaks). Each record keeps the line of the file it starts on, for error messages.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mc::core {

struct CsvRecord
{
    int line = 0;        // in the file, from 1
    QStringList fields;  // trimmed
};

struct CsvRecords
{
    QList<CsvRecord> records; // blank lines left out
    int unclosedQuoteLine = 0; // the line a quoted field opened on and never closed (0: none)
};

CsvRecords readCsvRecords(const QByteArray &data);

// The index of the first header name that equals one of `names` (case-insensitive), or -1.
int findCsvColumn(const QStringList &header, const QStringList &names);

} // namespace mc::core
