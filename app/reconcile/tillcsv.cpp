#include "app/reconcile/tillcsv.h"

#include "app/core/csvreader.h"
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

int findColumn(const QStringList &header, const QString &wanted, const QStringList &common)
{
    return core::findCsvColumn(header, wanted.isEmpty() ? common : QStringList{wanted});
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
    const core::CsvRecords csv = core::readCsvRecords(data);
    QList<TillRow> rows;
    QSet<QString> seen;
    for (const core::CsvRecord &record : csv.records) {
        const int recordLine = record.line;
        const QStringList &fields = record.fields;
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
    if (csv.unclosedQuoteLine != 0)
        out.errors.append({csv.unclosedQuoteLine, TillCsvText::tr("a quoted field is not closed")});
    if (out.header.isEmpty())
        out.errors.append({1, TillCsvText::tr("the file is empty")});
    if (out.errors.isEmpty())
        out.rows = rows;
    return out;
}

} // namespace mc::reconcile
