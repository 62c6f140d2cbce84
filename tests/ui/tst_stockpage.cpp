// The Catalog and Stock pages on a real cache and ledger with the real CatalogBrowser on its
// own thread, and a recording StockService (the real one is tst_stock_adjust): the catalog's
// rows and per-location stock equal direct SQL; a scanned code selects its SKU; the matrix
// shows the cached quantities in every block, marks low cells, and turns an edit into a
// compare-and-set request; a recorded change shows as pending; a bad bulk file lists its
// lines and offers no Apply, a good one sends exactly its changes; a conflict can be sent
// again against the platform's value. Screenshots test-output/ui/{catalog,stock}-en.png.
#include "app/core/clock.h"
#include "app/storage/databases.h"
#include "app/sync/ledgerstore.h"
#include "app/workspace/catalogbrowser.h"
#include "app/workspace/stockservice.h"
#include "tests/support/catalogcache.h"
#include "tests/support/testdata.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/catalog/catalogfilterbar.h"
#include "ui/catalog/catalogmodel.h"
#include "ui/catalog/catalogpage.h"
#include "ui/stock/bulkimportdialog.h"
#include "ui/stock/stockhistorymodel.h"
#include "ui/stock/stockmatrixmodel.h"
#include "ui/stock/stockpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QJsonObject>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace mc;
using ui::StockMatrixModel;

namespace {
constexpr int kItems = 150; // about 300 SKUs: three blocks of the matrix

class RecordingStockService final : public workspace::StockService
{
    Q_OBJECT

public:
    QList<QList<core::StockChange>> requests;
    QList<std::pair<qint64, qint64>> thresholds;

    void requestChanges(const QList<core::StockChange> &changes, const QString &) override
    {
        requests.append(changes);
        Q_EMIT changesRecorded(true, static_cast<int>(changes.size()), QString());
    }
    void setThreshold(qint64 skuId, qint64 threshold, const QString &) override
    {
        thresholds.append({skuId, threshold});
        Q_EMIT thresholdSaved(true, QString());
    }
};
} // namespace

class TestStockPage : public QObject
{
    Q_OBJECT

    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    core::ManualClock m_clock{1'762'790'400'000};
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<sync::LedgerStore> m_ledger;
    QThread m_thread;
    workspace::CatalogBrowser *m_browser = nullptr;
    RecordingStockService m_service;
    std::unique_ptr<ui::CatalogPage> m_catalog;
    std::unique_ptr<ui::StockPage> m_stock;
    int m_skus = 0;

    std::int64_t sql(const QString &query) { return m_cache->queryInt(query).valueOr(-1); }
    StockMatrixModel *matrix() { return m_stock->matrix(); }
    // The quantity the matrix shows at (row, column), asking for its block first.
    std::optional<std::int64_t> shown(int row, int column)
    {
        matrix()->data(matrix()->index(row, column));
        if (!QTest::qWaitFor([&] { return matrix()->quantityAt(row, column).has_value(); }, 10'000))
            return std::nullopt;
        return matrix()->quantityAt(row, column);
    }

    // Writes a bulk file, imports it on the page and returns the preview dialog (null: none came).
    ui::BulkImportDialog *preview(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return nullptr;
        file.close();
        QSignalSpy shownDialog(m_stock.get(), &ui::StockPage::importPreviewShown);
        m_service.requests.clear();
        m_stock->importFile(path);
        if (!shownDialog.wait(10'000))
            return nullptr;
        return qobject_cast<ui::BulkImportDialog *>(shownDialog.first().first().value<QDialog *>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
        m_skus = test::seedCatalog(*m_cache, kItems);
        QVERIFY(m_skus > 2 * StockMatrixModel::kBlockRows);
        auto ledger = sync::LedgerStore::open(m_dir.path(), m_clock);
        QVERIFY(ledger.ok());
        m_ledger = std::move(ledger.value());
        m_browser = new workspace::CatalogBrowser(m_dir.path());
        m_browser->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_browser, &QObject::deleteLater);
        m_thread.start();
        m_catalog = std::make_unique<ui::CatalogPage>(u"Catalog"_s, u"Your products and their listings."_s);
        m_stock = std::make_unique<ui::StockPage>(u"Stock"_s, u"Stock levels in each warehouse and store."_s);
        for (QWidget *page : {static_cast<QWidget *>(m_catalog.get()), static_cast<QWidget *>(m_stock.get())}) {
            page->resize(1280, 760);
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page));
        }
        m_catalog->setBrowser(m_browser);
        m_stock->setServices(m_browser, &m_service);
    }
    void cleanupTestCase()
    {
        m_catalog.reset();
        m_stock.reset();
        m_thread.quit();
        m_thread.wait();
    }

    void catalogListsEverySkuWithItsStock()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_catalog->model()->rowCount(), m_skus, 10'000);
        const auto &rows = m_catalog->model()->rows();
        for (int i : {0, 7, m_skus / 2, m_skus - 1})
            QCOMPARE(rows.at(i).totalQuantity,
                     sql(u"SELECT SUM(quantity) FROM stock_levels WHERE sku_id = %1"_s.arg(rows.at(i).skuId)));
        QVERIFY2(m_catalog->findChild<QLabel *>(u"catalog.count"_s)->text().startsWith(u"%1 SKUs"_s.arg(m_skus)),
                 qPrintable(m_catalog->findChild<QLabel *>(u"catalog.count"_s)->text()));
    }

    void aScannedCodeSelectsItsSkuAndShowsItsLocations()
    {
        QLineEdit *search = m_catalog->filters()->searchField();
        search->setFocus();
        QTest::keyClicks(search, u"IT0013-1"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_catalog->table()->selectionModel()->selectedRows().isEmpty(), 10'000);
        const auto *row = m_catalog->model()->rowAt(m_catalog->table()->selectionModel()->selectedRows().first().row());
        QCOMPARE(row->outerId, u"IT0013-1"_s);
        const std::int64_t locations = sql(u"SELECT COUNT(*) FROM stock_levels WHERE sku_id = %1"_s.arg(row->skuId));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(m_catalog->locationTable()->rowCount()), locations, 10'000);
        QVERIFY(m_catalog->grab().save(test::outputPath(u"ui/catalog-en.png"_s)));
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_catalog->model()->rowCount(), m_skus, 10'000);
    }

    void matrixShowsTheCachedQuantityInEveryBlock()
    {
        QTRY_COMPARE_WITH_TIMEOUT(matrix()->rowCount(), m_skus, 10'000);
        QCOMPARE(matrix()->columnCount(), StockMatrixModel::FirstLocation + test::kCatalogStores + 1);
        for (int row : {0, 1, StockMatrixModel::kBlockRows, 2 * StockMatrixModel::kBlockRows + 3, m_skus - 1}) {
            const auto *r = matrix()->rowAt(row);
            for (int column = StockMatrixModel::FirstLocation; column < matrix()->columnCount(); ++column) {
                const std::int64_t expected = sql(u"SELECT COALESCE((SELECT quantity FROM stock_levels WHERE sku_id = %1 "
                                                  u"AND location_id = %2), -1)"_s.arg(r->skuId)
                                                      .arg(matrix()->locationAt(column)->id));
                QCOMPARE(shown(row, column).value_or(-2), expected);
                const QVariant background = matrix()->data(matrix()->index(row, column), Qt::BackgroundRole);
                QCOMPARE(background.isValid(), expected >= 0 && expected <= r->threshold);
            }
        }
        // Store headers leave out the brand every store shares.
        QCOMPARE(matrix()->headerData(StockMatrixModel::FirstLocation + 1, Qt::Horizontal).toString(), u"上海万达店"_s);
    }

    void theColumnsCanBeOneProvincesStores()
    {
        auto *province = m_stock->findChild<QComboBox *>(u"stock.province"_s);
        QVERIFY(province);
        QCOMPARE(province->count(), test::kCatalogStores + 1); // "All stores" and one province per store here
        province->setCurrentIndex(province->findData(u"杭州"_s));
        QCOMPARE(matrix()->columnCount(), StockMatrixModel::FirstLocation + 2); // the warehouse and 杭州's store
        QCOMPARE(matrix()->locationAt(StockMatrixModel::FirstLocation)->id, test::kCatalogWarehouse);
        QCOMPARE(matrix()->locationAt(StockMatrixModel::FirstLocation + 1)->province, u"杭州"_s);
        const std::int64_t store = matrix()->locationAt(StockMatrixModel::FirstLocation + 1)->id;
        const auto *r = matrix()->rowAt(0);
        QCOMPARE(shown(0, StockMatrixModel::FirstLocation + 1).value_or(-2),
                 sql(u"SELECT COALESCE((SELECT quantity FROM stock_levels WHERE sku_id = %1 AND location_id = %2), -1)"_s
                         .arg(r->skuId)
                         .arg(store)));
        province->setCurrentIndex(0);
        QCOMPARE(matrix()->columnCount(), StockMatrixModel::FirstLocation + test::kCatalogStores + 1);
    }

    void anEditAsksForACompareAndSetAndThenShowsPending()
    {
        const int row = 3, column = StockMatrixModel::FirstLocation; // the warehouse
        const std::int64_t cached = shown(row, column).value_or(-1);
        QVERIFY(cached >= 0);
        m_service.requests.clear();
        QVERIFY(matrix()->setData(matrix()->index(row, column), qlonglong(cached + 9)));
        QCOMPARE(m_service.requests.size(), 1);
        const core::StockChange asked = m_service.requests.constFirst().constFirst();
        QCOMPARE(asked.skuId, matrix()->rowAt(row)->skuId);
        QCOMPARE(asked.quantity, cached + 9);
        QCOMPARE(asked.expected, cached);
        QVERIFY(!matrix()->setData(matrix()->index(row, column), qlonglong(-1))); // refused
        QCOMPARE(m_service.requests.size(), 1);

        // The real service would record it in the ledger: the page shows it pending.
        const QJsonObject payload{{u"sku_id"_s, qint64(asked.skuId)}, {u"location_id"_s, qint64(asked.locationId)},
                                  {u"quantity"_s, qint64(asked.quantity)}, {u"expected_quantity"_s, qint64(asked.expected)},
                                  {u"actor"_s, m_stock->actor()}};
        QVERIFY(m_ledger->recordAll(u"stock.adjust"_s, {payload}, m_stock->actor(), u"stock.adjust.requested"_s).ok());
        QMetaObject::invokeMethod(m_browser, &workspace::CatalogBrowser::ledgerChanged);
        QTRY_COMPARE_WITH_TIMEOUT(matrix()->data(matrix()->index(row, column)).toString(),
                                  QLocale().toString(qlonglong(cached + 9)), 10'000);
        QCOMPARE(matrix()->data(matrix()->index(row, column), Qt::BackgroundRole).value<QColor>(),
                 ui::pendingStockBackground());
        QTRY_COMPARE_WITH_TIMEOUT(m_stock->history()->rowCount(), 1, 10'000);
        QVERIFY(m_stock->grab().save(test::outputPath(u"ui/stock-en.png"_s)));
    }

    void aBadBulkFileListsItsLinesAndOffersNoApply()
    {
        ui::BulkImportDialog *dialog =
            preview(u"bad.csv"_s, "SKU ID,Location ID,Quantity\r\n5000,1000,7\r\n5000,1000,8\r\n999,1000,1\r\nx,y\r\n");
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 3); // lines 3, 4 and 5
        QCOMPARE(dialog->table()->item(0, 0)->text(), u"3"_s);
        QVERIFY(!dialog->findChild<QPushButton *>(u"stock.importApply"_s));
        dialog->reject();
        QVERIFY(m_service.requests.isEmpty());
    }

    void aGoodBulkFileSendsExactlyItsChanges()
    {
        const std::int64_t codeSku = sql(u"SELECT sku_id FROM skus WHERE outer_id = 'IT0003-0'"_s);
        const std::int64_t before =
            sql(u"SELECT quantity FROM stock_levels WHERE sku_id = %1 AND location_id = 1000"_s.arg(codeSku));
        ui::BulkImportDialog *dialog = preview(
            u"good.csv"_s, "\xEF\xBB\xBF" + u"商家编码,库存地点编号,数量\r\nIT0003-0,1000,%1\r\n"_s.arg(before + 1).toUtf8());
        QVERIFY(dialog);
        QPushButton *apply = dialog->findChild<QPushButton *>(u"stock.importApply"_s);
        QVERIFY(apply);
        apply->click();
        QCOMPARE(m_service.requests.size(), 1);
        const QList<core::StockChange> expected{{codeSku, 1000, before + 1, before}};
        QCOMPARE(m_service.requests.constFirst(), expected);
    }

    void aConflictCanBeSentAgainAgainstThePlatformsValue()
    {
        m_service.requests.clear();
        m_stock->setConflictResolver([](const core::StockConflict &) { return true; });
        Q_EMIT m_service.conflict({u"id"_s, test::kCatalogFirstSku, 1000, 50, 40, 44});
        QCOMPARE(m_service.requests.size(), 1);
        const QList<core::StockChange> expected{{test::kCatalogFirstSku, 1000, 50, 44}};
        QCOMPARE(m_service.requests.constFirst(), expected);
        m_stock->setConflictResolver([](const core::StockConflict &) { return false; });
        Q_EMIT m_service.conflict({u"id"_s, test::kCatalogFirstSku, 1000, 50, 40, 44});
        QCOMPARE(m_service.requests.size(), 1); // kept the platform's value
    }

    void thresholdsGoToTheService()
    {
        m_service.thresholds.clear();
        auto *spin = m_stock->findChild<QSpinBox *>(u"stock.defaultThreshold"_s);
        QVERIFY(spin);
        spin->setValue(17);
        QCOMPARE(m_service.thresholds.size(), 1);
        QCOMPARE(m_service.thresholds.constFirst(), (std::pair<qint64, qint64>{0, 17}));
    }
};

QTEST_MAIN(TestStockPage)
#include "tst_stockpage.moc"
