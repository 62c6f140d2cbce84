#include "app/workspace/catalogexport.h"

#include "app/storage/databases.h"
#include "app/workspace/catalogquery.h"
#include "app/workspace/catalogtext.h"
#include "app/workspace/csvfile.h"

#include <QDir>
#include <QFileInfo>

namespace mc::workspace {

core::Result<WorkspaceReaders> openWorkspaceReaders(const QString &dataDir)
{
    WorkspaceReaders readers;
    auto cache = storage::openReader(dataDir, storage::DatabaseRole::Cache);
    if (!cache)
        return cache.error();
    readers.cache = std::move(cache.value());
    if (QFileInfo::exists(QDir(dataDir).filePath(storage::databaseFileName(storage::DatabaseRole::Ledger)))) {
        auto ledger = storage::openReader(dataDir, storage::DatabaseRole::Ledger);
        if (!ledger)
            return ledger.error();
        readers.ledger = std::move(ledger.value());
    }
    return readers;
}

namespace {

constexpr int kStockBlock = 256;

// Opens the folder's readers, lists the filter's SKUs and writes `header` then what
// `produce` makes of them.
core::Result<std::int64_t> exportSkus(
    const QString &dataDir, const CatalogFilter &filter, const QString &path, const QStringList &header,
    const std::function<core::Status(CatalogQuery &, const QList<CatalogRow> &, const CsvRowSink &)> &produce,
    const std::function<bool(std::int64_t)> &progress)
{
    auto readers = openWorkspaceReaders(dataDir);
    if (!readers)
        return readers.error();
    CatalogQuery query(*readers.value().cache, readers.value().ledger.get());
    auto rows = query.rows(filter);
    if (!rows)
        return rows.error();
    return writeCsvFile(
        path, header, [&](const CsvRowSink &sink) { return produce(query, rows.value(), sink); }, progress);
}

} // namespace

core::Result<std::int64_t> exportCatalog(const QString &dataDir, const CatalogFilter &filter, const QString &path,
                                         const std::function<bool(std::int64_t)> &progress)
{
    return exportSkus(
        dataDir, filter, path, CatalogText::catalogCsvHeader(),
        [](CatalogQuery &, const QList<CatalogRow> &rows, const CsvRowSink &sink) -> core::Status {
            for (const CatalogRow &row : rows)
                if (!sink(CatalogText::catalogCsvRow(row)))
                    break;
            return {};
        },
        progress);
}

core::Result<std::int64_t> exportStock(const QString &dataDir, const CatalogFilter &filter, const QString &path,
                                       const std::function<bool(std::int64_t)> &progress)
{
    return exportSkus(
        dataDir, filter, path, CatalogText::stockCsvHeader(),
        [](CatalogQuery &query, const QList<CatalogRow> &all, const CsvRowSink &sink) -> core::Status {
            auto locations = query.locations();
            if (!locations)
                return locations.error();
            for (qsizetype first = 0; first < all.size(); first += kStockBlock) {
                QList<std::int64_t> ids;
                for (qsizetype i = first; i < std::min<qsizetype>(all.size(), first + kStockBlock); ++i)
                    ids.append(all.at(i).skuId);
                auto block = query.stock(ids);
                if (!block)
                    return block.error();
                for (qsizetype i = first; i < first + ids.size(); ++i) {
                    const auto levels = block.value().quantity.value(all.at(i).skuId);
                    for (const StockLocation &location : locations.value()) {
                        const auto it = levels.constFind(location.id);
                        if (it != levels.cend() && !sink(CatalogText::stockCsvRow(all.at(i), location, it.value())))
                            return {};
                    }
                }
            }
            return {};
        },
        progress);
}

} // namespace mc::workspace
