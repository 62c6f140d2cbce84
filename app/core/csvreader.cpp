#include "app/core/csvreader.h"

namespace mc::core {

namespace {

// Splits one record; false when a quote is left open (the record goes on on the next line).
bool splitRecord(const QString &text, QStringList &fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return !quoted;
}

} // namespace

CsvRecords readCsvRecords(const QByteArray &data)
{
    CsvRecords out;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(u'\n');
    QString pending;
    int pendingLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        const QString record = pending.isEmpty() ? lines.at(i) : pending + u'\n' + lines.at(i);
        const int recordLine = pending.isEmpty() ? lineNo : pendingLine;
        QStringList fields;
        if (!splitRecord(record, fields)) {
            pending = record;
            pendingLine = recordLine;
            continue;
        }
        pending.clear();
        if (record.trimmed().isEmpty())
            continue;
        out.records.append({recordLine, fields});
    }
    if (!pending.isEmpty())
        out.unclosedQuoteLine = pendingLine;
    return out;
}

int findCsvColumn(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
    return -1;
}

} // namespace mc::core
