// The Orders page on a real cache with the real OrderBrowser on its own thread: the virtual
// list shows exactly the rows a brute-force query gives at any position, new orders slide in
// at the top while the selection stays on its order, search and filters narrow the list, the
// detail follows the selection, and the list exports to CSV.
#include "app/core/syncevents.h"
#include "app/storage/databases.h"
#include "app/workspace/orderbrowser.h"
#include "tests/support/ordercache.h"
#include "tests/support/testdata.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/orders/orderdetailview.h"
#include "ui/orders/ordersmodel.h"
#include "ui/orders/orderspage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace mc;
using mc::ui::OrdersModel;

namespace {
constexpr int kOrders = 3000;
const std::int64_t kBase = 1'762'790'400'000; // 2025-11-11 00:00 Beijing
} // namespace

class TestOrdersPage : public QObject
{
    Q_OBJECT

    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_writer;
    QThread m_thread;
    workspace::OrderBrowser *m_browser = nullptr;
    std::unique_ptr<ui::OrdersPage> m_page;

    OrdersModel *model() const { return m_page->model(); }
    QList<std::int64_t> bruteForce(const QString &where) const
    {
        QList<std::int64_t> out;
        auto s = m_writer->prepare(u"SELECT tid FROM orders o WHERE "_s + where +
                                   u" ORDER BY created_ms DESC, tid DESC");
        while (s.value().step().valueOr(false))
            out.append(s.value().int64(0));
        return out;
    }
    // The tid the view shows at `row` (asking for it, then waiting for the answer).
    std::int64_t shownTid(int row)
    {
        model()->data(model()->index(row, OrdersModel::OrderId));
        if (!QTest::qWaitFor([&] { return model()->rowAt(row).has_value(); }, 20'000))
            return -1;
        return model()->data(model()->index(row, OrdersModel::OrderId)).toString().toLongLong();
    }
    // What the sync engine tells after committing orders created from `oldestCreatedMs` on.
    void notifyInserted(std::int64_t oldestCreatedMs)
    {
        core::ChangeSummary summary;
        summary.ordersInserted = 1;
        summary.oldestInsertedCreatedMs = oldestCreatedMs;
        QMetaObject::invokeMethod(m_browser, [b = m_browser, summary] { b->cacheChanged(summary); });
    }
    bool waitCounted(qint64 matches)
    {
        return QTest::qWaitFor([&] { return model()->countComplete() && model()->matches() == matches; }, 30'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto writer = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(writer.ok());
        m_writer = std::move(writer).value();
        QVERIFY(test::seedOrders(*m_writer, 0, kOrders, kBase));
        QVERIFY(m_writer->exec(u"INSERT INTO locations VALUES (100, 'store', '悦选 杭州湖滨店', '浙江省', '杭州市', 0)").ok());
        m_browser = new workspace::OrderBrowser(m_dir.path());
        m_browser->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_browser, &QObject::deleteLater);
        m_thread.start();
        m_page = std::make_unique<ui::OrdersPage>(u"Orders"_s, u"Orders placed with your shop on the platform."_s);
        m_page->setClock([] { return kBase + 86'400'000; });
        m_page->setLocations({{100, core::LocationKind::Store, u"悦选 杭州湖滨店"_s, u"浙江省"_s, u"杭州市"_s, 0}});
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setBrowser(m_browser);
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_thread.quit();
        m_thread.wait();
    }

    void everyPositionShowsTheRightOrder()
    {
        QVERIFY(waitCounted(kOrders));
        const QList<std::int64_t> expected = bruteForce(u"1"_s);
        for (int row : {0, 1, 99, 100, 1023, 1024, 1500, 2047, kOrders - 1})
            QCOMPARE(shownTid(row), expected.at(row));
        QCOMPARE(m_page->findChild<QLabel *>(u"orders.count"_s)->text(), u"Orders: 3,000"_s);
    }

    void newOrdersSlideInAboveWhileTheSelectionStays()
    {
        QVERIFY(waitCounted(kOrders));
        const std::int64_t chosen = shownTid(10);
        m_page->table()->selectRow(10);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<ui::OrderDetailView *>()->shownOrder(), chosen, 20000);
        QVERIFY(test::seedOrders(*m_writer, kOrders, 25, kBase + 86'400'000)); // newer than all
        notifyInserted(kBase + 86'400'000);
        QVERIFY(waitCounted(kOrders + 25));
        const QList<std::int64_t> expected = bruteForce(u"1"_s);
        for (int row : {0, 1, 24, 25, 26, 35, 100, 1500, kOrders + 24})
            QCOMPARE(shownTid(row), expected.at(row));
        const QModelIndexList selected = m_page->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), 35); // moved down with its order
        QCOMPARE(shownTid(35), chosen);
        // More arrive again: the rows that arrived first move down too.
        QVERIFY(test::seedOrders(*m_writer, kOrders + 25, 130, kBase + 2 * 86'400'000));
        notifyInserted(kBase + 2 * 86'400'000);
        QVERIFY(waitCounted(kOrders + 155));
        const QList<std::int64_t> again = bruteForce(u"1"_s);
        for (int row : {0, 99, 100, 129, 130, 154, 155, 165, kOrders + 154})
            QCOMPARE(shownTid(row), again.at(row));
        QCOMPARE(m_page->table()->selectionModel()->selectedRows().first().row(), 165);
    }

    void ordersInsertedInsideTheListAreWalkedIn()
    {
        const qint64 before = model()->matches();
        const std::int64_t chosen = shownTid(2500);
        m_page->table()->selectRow(2500);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<ui::OrderDetailView *>()->shownOrder(), chosen, 20000);
        // History catching up: older than everything listed, so they belong at the bottom...
        QVERIFY(test::seedOrders(*m_writer, kOrders + 155, 40, kBase - 86'400'000));
        // ...and a few in the middle of the list.
        QVERIFY(test::seedOrders(*m_writer, kOrders + 195, 10, kBase + 500'000));
        notifyInserted(kBase - 86'400'000);
        QVERIFY(waitCounted(before + 50));
        QTest::qWait(1200); // the browser's coalesced look and the re-fetch of what is shown
        const QList<std::int64_t> expected = bruteForce(u"1"_s);
        for (int row : {0, 200, 1000, 2000, 2500, 3100, int(before + 49)})
            QTRY_COMPARE_WITH_TIMEOUT(shownTid(row), expected.at(row), 20000);
        // The ten inserted in the middle were above the selected order: it moved down ten rows.
        const int now = static_cast<int>(expected.indexOf(chosen));
        QCOMPARE(now, 2510);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->selectionModel()->selectedRows().value(0).row(), now, 20000);
        QCOMPARE(m_page->findChild<ui::OrderDetailView *>()->shownOrder(), chosen);
    }

    void searchNarrowsTheList()
    {
        auto *search = m_page->findChild<QLineEdit *>(u"orders.search"_s);
        search->setText(u"精华"_s);
        const QList<std::int64_t> expected =
            bruteForce(u"EXISTS (SELECT 1 FROM order_lines l WHERE l.tid = o.tid AND l.title LIKE '%精华%')"_s);
        QVERIFY(waitCounted(expected.size()));
        QCOMPARE(shownTid(0), expected.first());
        QCOMPARE(shownTid(static_cast<int>(expected.size()) - 1), expected.last());
        QVERIFY(m_page->grab().save(test::outputPath(u"ui/orders-en-search.png"_s)));
        search->clear();
        QVERIFY(waitCounted(kOrders + 205));
    }

    void exportWritesTheList()
    {
        const QString path = m_dir.filePath(u"export.csv"_s);
        m_page->exportCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QWidget *>(u"orders.export"_s)->isEnabled(), 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), kOrders + 205 + 1);
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
