// Catalog and Stock benchmark: a brand's catalog in a real cache.sqlite (N SKUs, M stores,
// 40 % of the stores stocking each SKU, plus the warehouse), listed by CatalogQuery::rows as
// the Catalog and Stock pages ask for it (every SKU, a search, a category, low stock only) and
// a block of the matrix read, against a same-run baseline: a plain read of the same SKUs and
// items without any stock figure.
//   bench_catalog [skus=10000] [stores=1000] [runs=5]
// Goal (the workspace's): first rows of any list <= 100 ms.
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/workspace/catalogquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

bool seed(storage::Database &db, int skus, int stores)
{
    auto tx = storage::Transaction::begin(db);
    auto location = db.prepare(u"INSERT INTO locations (location_id, kind, name) VALUES (?,?,?)"_s);
    auto item = db.prepare(u"INSERT INTO items (num_iid, title, category, price_fen, outer_id) VALUES (?,?,?,?,?)"_s);
    auto sku = db.prepare(u"INSERT INTO skus (sku_id, num_iid, properties, price_fen, outer_id) VALUES (?,?,?,?,?)"_s);
    auto stock = db.prepare(u"INSERT INTO stock_levels (sku_id, location_id, quantity) VALUES (?,?,?)"_s);
    if (!tx || !location || !item || !sku || !stock)
        return false;
    for (int l = 0; l <= stores; ++l) {
        location.value().bind(1, 1000 + l).bind(2, l == 0 ? u"warehouse"_s : u"store"_s).bind(3, u"悦选 店 %1"_s.arg(l));
        if (!location.value().run())
            return false;
    }
    QRandomGenerator rng(11);
    for (int i = 0; i < skus; ++i) {
        if (i % 2 == 0) {
            item.value().bind(1, i / 2).bind(2, u"商品 Product %1"_s.arg(i / 2)).bind(3, u"类目 %1"_s.arg(i % 20));
            item.value().bind(4, 1000).bind(5, u"IT%1"_s.arg(i / 2));
            if (!item.value().run())
                return false;
        }
        sku.value().bind(1, 100'000 + i).bind(2, i / 2).bind(3, u"规格:%1"_s.arg(i % 2)).bind(4, 1000);
        sku.value().bind(5, u"IT%1-%2"_s.arg(i / 2).arg(i % 2));
        if (!sku.value().run())
            return false;
        for (int l = 0; l <= stores; ++l) {
            if (l > 0 && rng.bounded(100) >= 40)
                continue;
            stock.value().bind(1, 100'000 + i).bind(2, 1000 + l).bind(3, static_cast<int>(rng.bounded(80)));
            if (!stock.value().run())
                return false;
        }
    }
    return tx.value().commit().ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int skus = args.size() > 1 ? args[1].toInt() : 10'000;
    const int stores = args.size() > 2 ? args[2].toInt() : 1'000;
    const int runs = args.size() > 3 ? args[3].toInt() : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto writer = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
    QElapsedTimer timer;
    timer.start();
    if (!writer || !seed(*writer.value(), skus, stores)) {
        out << "bench_catalog: seeding failed\n";
        return 1;
    }
    const std::int64_t rows = writer.value()->queryInt(u"SELECT count(*) FROM stock_levels"_s).valueOr(0);
    out << "seeded " << skus << " SKUs x " << stores << " stores (" << rows << " stock rows) in " << timer.elapsed()
        << " ms\n";
    auto reader = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
    if (!reader)
        return 1;
    workspace::CatalogQuery query(*reader.value(), nullptr);
    struct Case
    {
        const char *name;
        workspace::CatalogFilter filter;
    };
    const Case cases[] = {{"every SKU", {}},
                          {"search 'Product 12'", {u"Product 12"_s, {}, false}},
                          {"a category", {{}, u"类目 4"_s, false}},
                          {"low stock only", {{}, {}, true}}};
    for (const Case &c : cases) {
        std::vector<double> ms;
        qsizetype found = 0;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            auto listed = query.rows(c.filter);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            if (!listed)
                return 1;
            found = listed.value().size();
        }
        std::sort(ms.begin(), ms.end());
        out << c.name << ": " << found << " SKUs, median " << ms[ms.size() / 2] << " ms, max " << ms.back() << " ms\n";
    }
    // A block of the matrix as the Stock page reads it (100 SKUs, every location).
    std::vector<double> block;
    QList<std::int64_t> ids;
    for (int i = 0; i < 100; ++i)
        ids.append(100'000 + (i * 97) % skus);
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        if (!query.stock(ids))
            return 1;
        block.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(block.begin(), block.end());
    // Baseline: the same SKUs with their items, no stock figures.
    std::vector<double> plain;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        auto s = reader.value()->prepare(u"SELECT s.sku_id, i.title, s.outer_id FROM skus s JOIN items i "
                                         u"ON i.num_iid = s.num_iid ORDER BY i.category, i.title, s.sku_id"_s);
        while (s && s.value().step().valueOr(false)) {
        }
        plain.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(plain.begin(), plain.end());
    out << "matrix block (100 SKUs, every location): median " << block[block.size() / 2] << " ms\n"
        << "baseline, the SKUs and items alone: median " << plain[plain.size() / 2] << " ms\n";
    return 0;
}
