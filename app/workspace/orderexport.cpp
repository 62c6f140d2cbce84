#include "app/workspace/orderexport.h"

#include "app/storage/databases.h"
#include "app/workspace/csvwriter.h"
#include "app/workspace/orderquery.h"
#include "app/workspace/ordertext.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {
constexpr std::int64_t kProgressEvery = 1000;

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{u"workspace.export"_s,
                           QCoreApplication::translate("mc::workspace::OrderText", "Cannot write %1: %2")
                               .arg(path, file.errorString()),
                           {}};
    std::int64_t written = 0;
    bool cancelled = false;
    {
        CsvWriter csv(file);
        csv.writeRow(OrderText::csvHeader());
        core::Status s = OrderQuery(*db.value()).forEach(filter, [&](const OrderRow &row) {
            csv.writeRow(OrderText::csvRow(row, names.value()));
            ++written;
            if (written % kProgressEvery == 0 && progress && !progress(written)) {
                cancelled = true;
                return false;
            }
            return csv.ok();
        });
        if (!s) {
            file.cancelWriting();
            return s.error();
        }
        if (!csv.flush() && !cancelled) {
            file.cancelWriting();
            return core::Error{u"workspace.export"_s,
                               QCoreApplication::translate("mc::workspace::OrderText", "Cannot write %1: %2")
                                   .arg(path, file.errorString()),
                               {}};
        }
    }
    if (cancelled) {
        file.cancelWriting();
        return core::Error{QString::fromLatin1(kCancelled),
                           QCoreApplication::translate("mc::workspace::OrderText", "Export cancelled"), {}};
    }
    if (!file.commit())
        return core::Error{u"workspace.export"_s,
                           QCoreApplication::translate("mc::workspace::OrderText", "Cannot write %1: %2")
                               .arg(path, file.errorString()),
                           {}};
    if (progress)
        progress(written);
    return written;
}

} // namespace mc::workspace
