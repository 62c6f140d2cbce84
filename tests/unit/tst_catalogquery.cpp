// The Catalog and Stock workspace on real cache and ledger files: SKU rows and their stock
// figures against direct SQL sums, search (exact code first, LIKE wildcards taken literally),
// category and low-stock filters with thresholds from the ledger, the adjustment history, the
// CSV exports (round trip through the bulk import) and every kind of bad import line.
#include "app/core/clock.h"
#include "app/storage/databases.h"
#include "app/sync/ledgerstore.h"
#include "app/workspace/catalogexport.h"
#include "app/workspace/catalogquery.h"
#include "app/workspace/stockimport.h"
#include "tests/support/catalogcache.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc;
using workspace::CatalogFilter;
using workspace::CatalogQuery;
using workspace::CatalogRow;

namespace {
constexpr int kItems = 60;

std::int64_t sqlInt(storage::Database &db, const QString &sql)
{
    return db.queryInt(sql).valueOr(-1);
}

QList<std::int64_t> skuIds(const QList<CatalogRow> &rows)
{
    QList<std::int64_t> out;
    for (const CatalogRow &r : rows)
        out.append(r.skuId);
    std::sort(out.begin(), out.end());
    return out;
}

QList<std::int64_t> sqlSkus(storage::Database &db, const QString &where)
{
    QList<std::int64_t> out;
    auto s = db.prepare(u"SELECT s.sku_id FROM skus s JOIN items i USING (num_iid) WHERE "_s + where +
                        u" ORDER BY s.sku_id"_s);
    while (s.value().step().valueOr(false))
        out.append(s.value().int64(0));
    return out;
}

QByteArray csv(const QStringList &lines)
{
    return lines.join(u"\r\n"_s).toUtf8();
}
} // namespace

class TestCatalogQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::ManualClock m_clock{1'762'790'400'000};
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<sync::LedgerStore> m_ledger;
    std::unique_ptr<storage::Database> m_cacheReader;
    std::unique_ptr<storage::Database> m_ledgerReader;
    std::unique_ptr<CatalogQuery> m_query;
    int m_skus = 0;

    CatalogQuery &query() { return *m_query; }

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
        m_skus = test::seedCatalog(*m_cache, kItems);
        QVERIFY(m_skus > kItems);
        auto ledger = sync::LedgerStore::open(m_dir.path(), m_clock);
        QVERIFY(ledger.ok());
        m_ledger = std::move(ledger.value());
        auto readers = workspace::openWorkspaceReaders(m_dir.path());
        QVERIFY2(readers.ok(), readers.ok() ? "" : qPrintable(readers.error().toString()));
        m_cacheReader = std::move(readers.value().cache);
        m_ledgerReader = std::move(readers.value().ledger);
        QVERIFY(m_ledgerReader);
        m_query = std::make_unique<CatalogQuery>(*m_cacheReader, m_ledgerReader.get());
    }

    void rowsCarryStockFiguresEqualToSql()
    {
        auto rows = query().rows({});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), m_skus);
        std::int64_t total = 0;
        for (const CatalogRow &r : rows.value()) {
            const QString where = u" FROM stock_levels WHERE sku_id = %1"_s.arg(r.skuId);
            QCOMPARE(r.totalQuantity, sqlInt(*m_cache, u"SELECT COALESCE(SUM(quantity), 0)"_s + where));
            QCOMPARE(qint64(r.locationsStocked), sqlInt(*m_cache, u"SELECT COUNT(*)"_s + where));
            QCOMPARE(r.threshold, workspace::kDefaultLowStockThreshold);
            QCOMPARE(qint64(r.lowLocations),
                     sqlInt(*m_cache, u"SELECT COUNT(*)"_s + where + u" AND quantity <= %1"_s.arg(r.threshold)));
            total += r.totalQuantity;
        }
        QCOMPARE(total, sqlInt(*m_cache, u"SELECT SUM(quantity) FROM stock_levels"_s));
        auto categories = query().categories();
        QCOMPARE(categories.value(), (QStringList{u"乳液"_s, u"保健"_s, u"服装"_s, u"精华"_s}));
        auto locations = query().locations();
        QCOMPARE(locations.value().size(), test::kCatalogStores + 1);
        QCOMPARE(locations.value().constFirst().id, test::kCatalogWarehouse); // the warehouse first
    }

    // sku_stock (kept by triggers) follows inserts, the sync's upserts, moves and deletes.
    void stockSummaryFollowsEveryChange()
    {
        const auto summaryOff = [&] {
            return sqlInt(*m_cache, u"SELECT count(*) FROM (SELECT sku_id, sum(quantity) AS total, count(*) AS stocked "
                                    u"FROM stock_levels GROUP BY sku_id) a FULL JOIN (SELECT * FROM sku_stock WHERE "
                                    u"stocked <> 0 OR total <> 0) t USING (sku_id) WHERE a.total IS NOT t.total OR "
                                    u"a.stocked IS NOT t.stocked"_s);
        };
        QCOMPARE(summaryOff(), 0);
        QVERIFY(m_cache->exec(u"BEGIN"_s).ok());
        // The cache writer's upsert: an update when the row exists, an insert when not.
        const QString upsert = u"INSERT INTO stock_levels (sku_id, location_id, quantity, modified_ms) VALUES (%1, %2, %3, 1) "
                               u"ON CONFLICT (sku_id, location_id) DO UPDATE SET quantity = excluded.quantity"_s;
        QVERIFY(m_cache->exec(upsert.arg(test::kCatalogFirstSku).arg(test::kCatalogWarehouse).arg(777)).ok());
        QVERIFY(m_cache->exec(upsert.arg(test::kCatalogFirstSku).arg(4242).arg(5)).ok());
        QVERIFY(m_cache->exec(u"UPDATE stock_levels SET sku_id = %1, location_id = 4343 WHERE sku_id = %2 AND location_id = %3"_s
                                  .arg(test::kCatalogFirstSku + 2)
                                  .arg(test::kCatalogFirstSku + 1)
                                  .arg(test::kCatalogWarehouse))
                    .ok());
        QVERIFY(m_cache->exec(u"DELETE FROM stock_levels WHERE sku_id = %1"_s.arg(test::kCatalogFirstSku + 3)).ok());
        QCOMPARE(summaryOff(), 0);
        QVERIFY(m_cache->exec(u"ROLLBACK"_s).ok());
        QCOMPARE(summaryOff(), 0);
    }

    void searchFindsTitlesAndCodesAndTakesWildcardsLiterally()
    {
        auto byTitle = query().rows({u"阿尔卑"_s, {}, false});
        QCOMPARE(skuIds(byTitle.value()), sqlSkus(*m_cache, u"i.title LIKE '%阿尔卑%'"_s));
        QVERIFY(!byTitle.value().isEmpty());
        // A scanned code: the exact match first, then what merely contains it.
        auto byCode = query().rows({u"it0012-0"_s, {}, false});
        QVERIFY(!byCode.value().isEmpty());
        QVERIFY(byCode.value().constFirst().exactCode);
        QCOMPARE(byCode.value().constFirst().outerId, u"IT0012-0"_s);
        auto percent = query().rows({u"100%"_s, {}, false});
        QCOMPARE(skuIds(percent.value()), sqlSkus(*m_cache, u"i.title LIKE '%100\\%%' ESCAPE '\\'"_s));
        QVERIFY(query().rows({u"%"_s, {}, false}).value().isEmpty() ==
                sqlSkus(*m_cache, u"i.title LIKE '%\\%%' ESCAPE '\\'"_s).isEmpty());
        QVERIFY(query().rows({u"no such product"_s, {}, false}).value().isEmpty());
        auto category = query().rows({{}, u"服装"_s, false});
        QCOMPARE(skuIds(category.value()), sqlSkus(*m_cache, u"i.category = '服装'"_s));
    }

    void thresholdsFromTheLedgerDecideWhatIsLow()
    {
        QVERIFY(!m_ledger->setStockThreshold(test::kCatalogFirstSku, -1, u"owner"_s).ok());
        QVERIFY(m_ledger->setStockThreshold(0, 12, u"owner"_s).ok());                         // the default
        QVERIFY(m_ledger->setStockThreshold(test::kCatalogFirstSku, 35, u"owner"_s).ok()); // one SKU's own
        auto rows = query().rows({{}, {}, true});
        QVERIFY(rows.ok());
        QList<std::int64_t> expected;
        auto s = m_cache->prepare(u"SELECT DISTINCT sku_id FROM stock_levels WHERE "
                                  u"quantity <= CASE WHEN sku_id = ? THEN 35 ELSE 12 END ORDER BY sku_id"_s);
        s.value().bind(1, test::kCatalogFirstSku);
        while (s.value().step().valueOr(false))
            expected.append(s.value().int64(0));
        QCOMPARE(skuIds(rows.value()), expected);
        for (const CatalogRow &r : rows.value()) {
            QCOMPARE(r.threshold, r.skuId == test::kCatalogFirstSku ? 35 : 12);
            QCOMPARE(r.ownThreshold, r.skuId == test::kCatalogFirstSku);
        }
        std::int64_t bad = 0;
        QVERIFY(m_ledger->verifyAuditChain(&bad).value()); // each change is in the audit chain
        QCOMPARE(sqlInt(m_ledger->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'stock.threshold.set'"_s), 2);
        QVERIFY(m_ledger->setStockThreshold(0, workspace::kDefaultLowStockThreshold, u"owner"_s).ok());
    }

    void historyListsEachAdjustmentWithWhoAndWhatHappened()
    {
        const QJsonObject a{{u"sku_id"_s, qint64(test::kCatalogFirstSku)}, {u"location_id"_s, qint64(test::kCatalogWarehouse)},
                            {u"quantity"_s, 7}, {u"expected_quantity"_s, 3}, {u"actor"_s, u"王店长"_s}};
        const QJsonObject b{{u"sku_id"_s, qint64(test::kCatalogFirstSku + 1)}, {u"location_id"_s, qint64(test::kCatalogFirstStore)},
                            {u"quantity"_s, 0}, {u"expected_quantity"_s, 9}};
        auto first = m_ledger->recordAll(u"stock.adjust"_s, {a}, u"王店长"_s, u"stock.adjust.requested"_s);
        m_clock.advanceMs(5);
        // An entry recorded before payloads carried the actor: it comes from the audit log.
        auto second = m_ledger->recordAll(u"stock.adjust"_s, {b}, u"li"_s, u"stock.adjust.requested"_s);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(m_ledger->markDone(first.value().constFirst(), u"conflict"_s, u"current quantity is 4"_s).ok());
        auto all = query().adjustments(0, 100);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).id, second.value().constFirst()); // newest first
        QCOMPARE(all.value().at(0).actor, u"li"_s);
        QCOMPARE(all.value().at(0).state, u"pending"_s);
        QCOMPARE(all.value().at(1).actor, u"王店长"_s);
        QCOMPARE(all.value().at(1).before, 3);
        QCOMPARE(all.value().at(1).after, 7);
        QCOMPARE(all.value().at(1).state, u"conflict"_s);
        QCOMPARE(all.value().at(1).note, u"current quantity is 4"_s);
        auto one = query().adjustments(test::kCatalogFirstSku + 1, 100);
        QCOMPARE(one.value().size(), 1);
        QCOMPARE(one.value().constFirst().skuId, test::kCatalogFirstSku + 1);
    }

    void stockExportRoundTripsThroughTheImport()
    {
        const QString path = m_dir.filePath(u"stock.csv"_s);
        auto written = workspace::exportStock(m_dir.path(), {}, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QCOMPARE(written.value(), sqlInt(*m_cache, u"SELECT COUNT(*) FROM stock_levels"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF")); // BOM for Excel and WPS
        QVERIFY(data.contains("\r\n"));
        auto same = workspace::readStockCsv(data, query());
        QVERIFY(same.ok());
        QVERIFY(same.changes.isEmpty());
        QCOMPARE(qint64(same.unchanged), written.value());

        // Two quantities edited: exactly those two changes, against the cached values.
        QList<QByteArray> lines = data.split('\n');
        auto editQuantity = [&](int line, const QByteArray &quantity) {
            QList<QByteArray> fields = lines[line].split(',');
            fields[6] = quantity;
            lines[line] = fields.join(',');
        };
        editQuantity(1, "4321");
        editQuantity(2, "4322");
        auto edited = workspace::readStockCsv(lines.join('\n'), query());
        QVERIFY(edited.ok());
        QCOMPARE(edited.changes.size(), 2);
        QCOMPARE(qint64(edited.unchanged), written.value() - 2);
        for (const workspace::StockImportLine &l : edited.changes) {
            QCOMPARE(l.before, sqlInt(*m_cache, u"SELECT quantity FROM stock_levels WHERE sku_id = %1 AND location_id = %2"_s
                                                    .arg(l.sku.skuId)
                                                    .arg(l.location.id)));
            QVERIFY(l.after == 4321 || l.after == 4322);
        }
        const QList<core::StockChange> changes = edited.stockChanges();
        QCOMPARE(changes.constFirst().quantity, 4321);
        QCOMPARE(changes.constFirst().expected, edited.changes.constFirst().before);
    }

    void catalogExportHasOneRowPerMatchingSku()
    {
        const QString path = m_dir.filePath(u"catalog.csv"_s);
        auto written = workspace::exportCatalog(m_dir.path(), {{}, u"精华"_s, false}, path);
        QVERIFY(written.ok());
        QCOMPARE(qint64(written.value()), qint64(sqlSkus(*m_cache, u"i.category = '精华'"_s).size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), written.value() + 1);
    }

    void badImportLinesAreEachReportedAndNothingIsApplied_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<int>>("badLines");
        QTest::addColumn<QString>("message");
        const QString head = u"SKU ID,Location ID,Quantity"_s;
        const QString good = u"%1,%2,5"_s.arg(test::kCatalogFirstSku).arg(test::kCatalogWarehouse);
        QTest::newRow("empty") << QByteArray() << QList<int>{1} << u"empty"_s;
        QTest::newRow("binary junk") << QByteArray("\x00\x01\xff\xfe garbage\n\x89PNG", 20) << QList<int>{1}
                                     << u"no column"_s;
        QTest::newRow("no quantity column") << csv({u"SKU ID,Location ID"_s, u"1,2"_s}) << QList<int>{1}
                                            << u"quantity"_s;
        QTest::newRow("unknown SKU") << csv({head, good, u"999,1000,5"_s}) << QList<int>{3} << u"no SKU"_s;
        QTest::newRow("unknown location") << csv({head, u"%1,42,5"_s.arg(test::kCatalogFirstSku)}) << QList<int>{2}
                                          << u"no location"_s;
        QTest::newRow("negative") << csv({head, u"%1,1000,-1"_s.arg(test::kCatalogFirstSku)}) << QList<int>{2}
                                  << u"quantity"_s;
        QTest::newRow("fraction") << csv({head, u"%1,1000,12.5"_s.arg(test::kCatalogFirstSku)}) << QList<int>{2}
                                  << u"quantity"_s;
        QTest::newRow("too large") << csv({head, u"%1,1000,1000000000"_s.arg(test::kCatalogFirstSku)})
                                   << QList<int>{2} << u"quantity"_s;
        QTest::newRow("twice") << csv({head, good, good}) << QList<int>{3} << u"line 2"_s;
        QTest::newRow("field count") << csv({head, good, u"1,2"_s}) << QList<int>{3} << u"fields"_s;
        QTest::newRow("open quote") << csv({head, good, u"\"5000,1000,5"_s}) << QList<int>{3} << u"quoted"_s;
        QTest::newRow("shared code") << csv({u"Merchant code,Location ID,Quantity"_s,
                                             QString::fromLatin1(test::kSharedMerchantCode) + u",1000,5"_s})
                                     << QList<int>{2} << u"2 SKUs"_s;
        QTest::newRow("code of another SKU")
            << csv({u"SKU ID,Merchant code,Location ID,Quantity"_s,
                    u"%1,IT0005-0,1000,5"_s.arg(test::kCatalogFirstSku)})
            << QList<int>{2} << u"not the code"_s;
    }

    void badImportLinesAreEachReportedAndNothingIsApplied()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<int>, badLines);
        QFETCH(QString, message);
        const workspace::StockImport result = workspace::readStockCsv(data, query());
        QVERIFY(!result.ok());
        QVERIFY(result.changes.isEmpty()); // nothing to apply
        QList<int> lines;
        for (const workspace::StockImportError &e : result.errors)
            lines.append(e.line);
        QCOMPARE(lines, badLines);
        QVERIFY2(result.errors.constFirst().message.contains(message), qPrintable(result.errors.constFirst().message));
    }

    void chineseHeadersAndMerchantCodesAreUnderstood()
    {
        const QByteArray data = csv({u"商家编码,库存地点编号,数量"_s, u"it0004-1,%1,77"_s.arg(test::kCatalogFirstStore + 1)});
        const workspace::StockImport result = workspace::readStockCsv("\xEF\xBB\xBF" + data, query());
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.errors.constFirst().message));
        QCOMPARE(result.changes.size() + result.unchanged, 1);
        if (!result.changes.isEmpty()) {
            QCOMPARE(result.changes.constFirst().sku.outerId, u"IT0004-1"_s);
            QCOMPARE(result.changes.constFirst().after, 77);
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogQuery)
#include "tst_catalogquery.moc"
