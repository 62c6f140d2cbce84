#include "app/workspace/stockimport.h"

#include "app/core/csvreader.h"
#include "app/workspace/catalogquery.h"
#include "app/workspace/catalogtext.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {

// User-visible messages (context mc::workspace::StockImport).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mc::workspace::StockImport)
};

std::optional<std::int64_t> wholeNumber(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

struct Columns
{
    int skuId = -1, code = -1, location = -1, quantity = -1;
};

} // namespace

QList<core::StockChange> StockImport::stockChanges() const
{
    QList<core::StockChange> out;
    out.reserve(changes.size());
    for (const StockImportLine &l : changes)
        out.append({l.sku.skuId, l.location.id, l.after, l.before});
    return out;
}

StockImport readStockCsv(const QByteArray &data, CatalogQuery &query)
{
    StockImport out;
    const core::CsvRecords csv = core::readCsvRecords(data);
    if (csv.records.isEmpty()) {
        out.errors.append({1, Text::tr("the file is empty")});
        return out;
    }
    auto skus = query.rows({});
    auto locations = query.locations();
    if (!skus || !locations) {
        out.errors.append({0, (!skus ? skus.error() : locations.error()).toString()});
        return out;
    }
    QHash<std::int64_t, CatalogRow> bySku;
    QMultiHash<QString, std::int64_t> byCode;
    for (const CatalogRow &row : skus.value()) {
        bySku.insert(row.skuId, row);
        if (!row.outerId.isEmpty())
            byCode.insert(row.outerId.toCaseFolded(), row.skuId);
    }
    QHash<std::int64_t, StockLocation> byLocation;
    for (const StockLocation &l : locations.value())
        byLocation.insert(l.id, l);

    const QStringList header = csv.records.constFirst().fields;
    Columns c;
    c.skuId = core::findCsvColumn(header, CatalogText::skuIdNames());
    c.code = core::findCsvColumn(header, CatalogText::merchantCodeNames());
    c.location = core::findCsvColumn(header, CatalogText::locationIdNames());
    c.quantity = core::findCsvColumn(header, CatalogText::quantityNames());
    QStringList missing;
    if (c.skuId < 0 && c.code < 0)
        missing << Text::tr("SKU ID or merchant code");
    if (c.location < 0)
        missing << Text::tr("location ID");
    if (c.quantity < 0)
        missing << Text::tr("quantity");
    if (!missing.isEmpty()) {
        out.errors.append({csv.records.constFirst().line,
                           Text::tr("no column for: %1 (header: %2)").arg(missing.join(u", "_s), header.join(u", "_s))});
        return out;
    }

    QList<StockImportLine> lines;
    QHash<QPair<std::int64_t, std::int64_t>, int> seen; // (sku, location) -> line
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const core::CsvRecord &record = csv.records.at(i);
        const QStringList &f = record.fields;
        if (f.size() != header.size()) {
            out.errors.append({record.line, Text::tr("%1 fields, the header has %2").arg(f.size()).arg(header.size())});
            continue;
        }
        QStringList problems;
        std::optional<std::int64_t> sku;
        if (c.skuId >= 0 && !f.at(c.skuId).isEmpty()) {
            sku = wholeNumber(f.at(c.skuId));
            if (!sku || !bySku.contains(*sku)) {
                problems << Text::tr("no SKU with ID '%1'").arg(f.at(c.skuId));
                sku.reset();
            }
        }
        if (c.code >= 0 && !f.at(c.code).isEmpty()) {
            const QList<std::int64_t> matches = byCode.values(f.at(c.code).toCaseFolded());
            if (sku && !matches.contains(*sku) && problems.isEmpty())
                problems << Text::tr("merchant code '%1' is not the code of SKU %2").arg(f.at(c.code)).arg(*sku);
            else if (!sku && matches.isEmpty() && problems.isEmpty())
                problems << Text::tr("no SKU with merchant code '%1'").arg(f.at(c.code));
            else if (!sku && matches.size() > 1)
                problems << Text::tr("merchant code '%1' belongs to %2 SKUs: give the SKU ID").arg(f.at(c.code)).arg(matches.size());
            else if (!sku && problems.isEmpty())
                sku = matches.constFirst();
        }
        if (!sku && problems.isEmpty())
            problems << Text::tr("no SKU ID or merchant code");
        const auto location = wholeNumber(f.at(c.location));
        if (!location || !byLocation.contains(*location))
            problems << Text::tr("no location with ID '%1'").arg(f.at(c.location));
        const auto quantity = wholeNumber(f.at(c.quantity));
        if (!quantity || *quantity < 0 || *quantity > kMaxStockQuantity)
            problems << Text::tr("quantity '%1' is not a whole number from 0 to %2").arg(f.at(c.quantity)).arg(kMaxStockQuantity);
        if (problems.isEmpty()) {
            const auto key = qMakePair(*sku, *location);
            if (const int other = seen.value(key); other != 0)
                problems << Text::tr("the same SKU and location as line %1").arg(other);
            else
                seen.insert(key, record.line);
        }
        if (!problems.isEmpty()) {
            out.errors.append({record.line, problems.join(u"; "_s)});
            continue;
        }
        lines.append({record.line, bySku.value(*sku), byLocation.value(*location), 0, *quantity});
    }
    if (csv.unclosedQuoteLine != 0)
        out.errors.append({csv.unclosedQuoteLine, Text::tr("a quoted field is not closed")});
    if (lines.isEmpty() && out.errors.isEmpty())
        out.errors.append({csv.records.constFirst().line, Text::tr("the file has no lines after its header")});
    if (!out.errors.isEmpty())
        return out;

    QList<std::int64_t> ids;
    for (const StockImportLine &l : lines)
        ids.append(l.sku.skuId);
    auto current = query.stock(ids);
    if (!current) {
        out.errors.append({0, current.error().toString()});
        return out;
    }
    for (StockImportLine &l : lines) {
        l.before = current.value().quantity.value(l.sku.skuId).value(l.location.id, 0);
        if (l.before == l.after)
            ++out.unchanged;
        else
            out.changes.append(l);
    }
    return out;
}

} // namespace mc::workspace
