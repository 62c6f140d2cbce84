#include "app/workspace/orderexport.h"

#include "app/storage/databases.h"
#include "app/workspace/csvfile.h"
#include "app/workspace/orderquery.h"
#include "app/workspace/ordertext.h"


using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {
core::Result<QHash<std::int64_t, QString>> locationNames(storage::Database &db)
{
    auto stmt = db.prepare(u"SELECT location_id, name FROM locations");
    if (!stmt)
        return stmt.error();
    QHash<std::int64_t, QString> names;
    while (true) {
        auto more = stmt.value().step();
        if (!more)
            return more.error();
        if (!more.value())
            return names;
        names.insert(stmt.value().int64(0), stmt.value().text(1));
    }
}
} // namespace

core::Result<std::int64_t> exportOrders(const QString &dataDir, const OrderFilter &filter, const QString &path,
                                        const std::function<bool(std::int64_t)> &progress)
{
    auto db = storage::openReader(dataDir, storage::DatabaseRole::Cache);
    if (!db)
        return db.error();
    auto names = locationNames(*db.value());
    if (!names)
        return names.error();
    OrderQuery query(*db.value());
    return writeCsvFile(
        path, OrderText::csvHeader(),
        [&](const CsvRowSink &sink) {
            return query.forEach(filter,
                                 [&](const OrderRow &row) { return sink(OrderText::csvRow(row, names.value())); });
        },
        progress);
}

} // namespace mc::workspace
