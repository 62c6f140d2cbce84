#include "app/reconcile/tillcsv.h"

#include "app/core/money.h"

#include <QSet>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

// User-visible messages (context mc::reconcile::TillCsv).
struct TillCsvText
{
    Q_DECLARE_TR_FUNCTIONS(mc::reconcile::TillCsv)
};

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

int findColumn(const QStringList &header, const QString &wanted, const QStringList &common)
{
    const QStringList names = wanted.isEmpty() ? common : QStringList{wanted};
    for (const QString &name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
    return -1;
}

QDate parseDate(const QString &text)
{
    const QString datePart = text.section(u' ', 0, 0).section(u'T', 0, 0);
    for (const auto *format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d"}) {
        const QDate d = QDate::fromString(datePart, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

core::Result<TillColumns> TillColumns::parse(const QString &spec)
{
    TillColumns columns;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        QString *target = key == u"date"      ? &columns.date
                          : key == u"receipt" ? &columns.receipt
                          : key == u"code"    ? &columns.code
                          : key == u"amount"  ? &columns.amount
                                              : nullptr;
        if (!target || value.isEmpty())
            return core::Error{u"reconcile.till-columns"_s,
                               TillCsvText::tr("'%1': expected date=, receipt=, code= or amount= with a header name").arg(part),
                               {}};
        *target = value;
    }
    return columns;
}

TillImport parseTillCsv(const QByteArray &data, const TillColumns &columns, const QDate &day)
{
    TillImport out;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n');
    QList<TillRow> rows;
    QSet<QString> seen;
    QString pending;
    int pendingLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QString record = pending.isEmpty() ? lines.at(i) : pending + u'\n' + lines.at(i);
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
        if (out.header.isEmpty()) {
            out.header = fields;
            out.dateColumn = findColumn(fields, columns.date, {u"date"_s, u"日期"_s, u"销售日期"_s});
            out.receiptColumn =
                findColumn(fields, columns.receipt, {u"receipt"_s, u"receipt_no"_s, u"小票号"_s, u"单号"_s});
            out.codeColumn = findColumn(fields, columns.code, {u"voucher_code"_s, u"code"_s, u"券码"_s});
            out.amountColumn = findColumn(fields, columns.amount, {u"amount"_s, u"金额"_s});
            QStringList missing;
            if (out.dateColumn < 0)
                missing << TillCsvText::tr("date");
            if (out.receiptColumn < 0)
                missing << TillCsvText::tr("receipt");
            if (out.codeColumn < 0)
                missing << TillCsvText::tr("voucher code");
            if (out.amountColumn < 0)
                missing << TillCsvText::tr("amount");
            if (!missing.isEmpty()) {
                out.errors.append({recordLine, TillCsvText::tr("no column for: %1 (header: %2)").arg(missing.join(u", "_s),
                                                                                         fields.join(u", "_s))});
                break; // without the columns no line can be read
            }
            continue;
        }
        if (fields.size() != out.header.size()) {
            out.errors.append({recordLine, TillCsvText::tr("%1 fields, the header has %2").arg(fields.size()).arg(out.header.size())});
            continue;
        }
        TillRow row;
        row.line = recordLine;
        row.date = parseDate(fields.at(out.dateColumn));
        row.receipt = fields.at(out.receiptColumn);
        row.code = fields.at(out.codeColumn).toLatin1();
        auto amount = core::Money::parse(QStringView(fields.at(out.amountColumn)));
        QStringList problems;
        if (!row.date.isValid())
            problems << TillCsvText::tr("date '%1' is not yyyy-MM-dd").arg(fields.at(out.dateColumn));
        if (row.receipt.isEmpty())
            problems << TillCsvText::tr("no receipt number");
        if (row.code.isEmpty() || fields.at(out.codeColumn).size() != row.code.size() ||
            QString::fromLatin1(row.code) != fields.at(out.codeColumn))
            problems << TillCsvText::tr("no voucher code, or not ASCII");
        if (!amount || amount.value().minor() <= 0)
            problems << TillCsvText::tr("amount '%1' is not a positive number of yuan").arg(fields.at(out.amountColumn));
        else
            row.amountFen = amount.value().minor();
        const QString key = row.receipt + u'\t' + QString::fromLatin1(row.code);
        if (problems.isEmpty() && seen.contains(key))
            problems << TillCsvText::tr("receipt %1 lists voucher %2 twice").arg(row.receipt, fields.at(out.codeColumn));
        if (!problems.isEmpty()) {
            out.errors.append({recordLine, problems.join(u"; "_s)});
            continue;
        }
        seen.insert(key);
        if (row.date != day) {
            ++out.otherDays;
            continue;
        }
        rows.append(row);
    }
    if (!pending.isEmpty())
        out.errors.append({pendingLine, TillCsvText::tr("a quoted field is not closed")});
    if (out.header.isEmpty())
        out.errors.append({1, TillCsvText::tr("the file is empty")});
    if (out.errors.isEmpty())
        out.rows = rows;
    return out;
}

} // namespace mc::reconcile
