// The Dashboard page driven offscreen with hand-built snapshots: the figures shown equal
// the snapshot's, the GMV counter reaches its target and then stops its timer, scope
// changes emit the right SalesScope, a store manager is locked to the store, big-screen
// mode enlarges the type, the privacy mask hides every money amount, freshness turns stale
// when the sync is offline, and charts redraw at most ten times a second. Saves screenshots
// (test-output/ui/dashboard-*.png), light and dark.
#include "app/core/clock.h"
#include "app/core/money.h"
#include "tests/support/testdata.h"
#include "tests/ui/dashboardsnapshots.h"
#include "tests/ui/palettes.h"
#include "ui/charts/timeserieschart.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/figureformat.h"
#include "ui/dashboard/gmvcounter.h"
#include "ui/dashboard/rankedtablemodel.h"
#include "ui/dashboard/rankingtables.h"
#include "ui/dashboard/salescharts.h"
#include "ui/dashboard/salesseries.h"
#include "ui/dashboard/stockrisktablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using mc::metrics::SalesScope;
using mc::ui::DashboardPage;
using mc::ui::TimeSeriesChart;

namespace {
QString money(std::int64_t fen)
{
    return mc::core::Money::fromMinor(fen).toDisplayString();
}

// A money amount as text: the yuan sign (or CNY) followed by a digit.
const QRegularExpression kMoneyText(u"(¥|CNY)\\s*[0-9]"_s);
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QString text(const QString &label) const
    {
        const auto *l = child<QLabel>(label);
        return l ? l->text() : QString();
    }
    mc::ui::GmvCounter *counter() const { return child<mc::ui::GmvCounter>(u"gmv.counter"_s); }
    mc::ui::SalesCharts *charts() const { return m_page->findChild<mc::ui::SalesCharts *>(); }
    mc::ui::RankingTables *tables() const { return m_page->findChild<mc::ui::RankingTables *>(); }

    // Shows a snapshot and waits for the counter to settle on it.
    void showSettled(const mc::metrics::DaySnapshot &s)
    {
        m_page->showSnapshot(s);
        QTRY_COMPARE(counter()->shownFen(), s.total.gmvFen);
        QTRY_VERIFY(!counter()->isAnimating());
    }

    // Every money figure on the page, in labels, the counter and the tables' cells.
    QStringList visibleMoney() const
    {
        QStringList found;
        for (const QLabel *label : m_page->findChildren<QLabel *>())
            if (label->isVisibleTo(m_page.get()) && label->text().contains(kMoneyText))
                found << label->objectName() + u": "_s + label->text();
        if (counter()->text().contains(kMoneyText))
            found << u"counter: "_s + counter()->text();
        for (const QTableView *view : m_page->findChildren<QTableView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    if (const QString cell = model->index(r, c).data().toString(); cell.contains(kMoneyText))
                        found << view->objectName() + u": "_s + cell;
        }
        return found;
    }

    void saveShot(const QString &name)
    {
        QVERIFY(m_page->grab().save(mc::test::outputPath(u"ui/dashboard-%1.png"_s.arg(name))));
    }

    mc::core::ManualClock m_clock{mc::test::kDayStartMs + 9 * 3'600'000LL};
    std::unique_ptr<DashboardPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_page = std::make_unique<DashboardPage>(u"Dashboard"_s, u"Today's sales at a glance."_s);
        m_page->setPlatformClock([this] { return m_clock.nowMs(); });
        m_page->resize(1440, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // The lists' models and the sorting proxies over them, checked through every test.
        for (const QTableView *view : m_page->findChildren<QTableView *>()) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
            QVERIFY(proxy);
            for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(proxy), proxy->sourceModel()})
                m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        QCOMPARE(m_testers.size(), 8u);
    }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
    }

    void buyersNotCountedYetSayItInsteadOfZero()
    {
        mc::metrics::DaySnapshot s = mc::test::daySnapshot(0);
        s.buyers = mc::metrics::kNotCounted; // the first snapshot after start-up
        showSettled(s);
        QCOMPARE(text(u"kpi.buyers.value"_s), u"…"_s);
        QCOMPARE(text(u"kpi.buyers.note"_s), u"Counting buyers…"_s);
        s.buyers = 1234;
        showSettled(s);
        QCOMPARE(text(u"kpi.buyers.value"_s), QLocale().toString(1234));
        QCOMPARE(text(u"kpi.buyers.note"_s), u"Distinct buyers with paid orders"_s);
    }

    void figuresMatchTheSnapshot()
    {
        const mc::metrics::DaySnapshot s = mc::test::daySnapshot(0);
        showSettled(s);
        QCOMPARE(counter()->text(), money(s.total.gmvFen));
        QCOMPARE(text(u"kpi.orders.value"_s), QLocale().toString(static_cast<qlonglong>(s.total.orders)));
        QCOMPARE(text(u"kpi.buyers.value"_s), QLocale().toString(static_cast<qlonglong>(s.buyers)));
        QCOMPARE(text(u"kpi.averageOrder.value"_s), money(s.total.gmvFen / s.total.orders));
        QCOMPARE(text(u"kpi.refunds.value"_s), money(s.total.refundFen));
        // Yesterday at this time: GMV is five times yesterday's, +400%.
        QVERIFY2(text(u"gmv.comparison"_s).startsWith(u"+400.0%"_s), qPrintable(text(u"gmv.comparison"_s)));
        QVERIFY(text(u"gmv.comparison"_s).contains(money(s.yesterdaySameTime.gmvFen)));
        QVERIFY(text(u"split.online"_s).contains(mc::ui::FigureFormat().wholeMoney(s.online.gmvFen)));
        QVERIFY(text(u"split.online"_s).contains(u"75%"_s));
        QVERIFY(text(u"split.inStore"_s).contains(mc::ui::FigureFormat().wholeMoney(s.inStore.gmvFen)));
    }

    void withoutYesterdayTheComparisonSaysSo()
    {
        mc::metrics::DaySnapshot s = mc::test::daySnapshot(0);
        s.hasYesterday = false;
        m_page->showSnapshot(s);
        QCOMPARE(text(u"gmv.comparison"_s), u"No data for yesterday"_s);
        QVERIFY(!text(u"kpi.orders.note"_s).contains(u'%'));
    }

    void topListsMatchTheSnapshot()
    {
        const mc::metrics::DaySnapshot s = mc::test::daySnapshot(1);
        m_page->showSnapshot(s);
        mc::ui::RankedTableModel *products = tables()->products();
        QCOMPARE(products->rowCount(), mc::ui::RankingTables::kTopRows); // 12 SKUs, top 10 shown
        for (int row = 0; row < products->rowCount(); ++row) {
            QCOMPARE(products->index(row, mc::ui::RankedTableModel::Name).data().toString(), s.skus.at(row).label);
            QCOMPARE(products->index(row, mc::ui::RankedTableModel::Gmv).data(mc::ui::kRawValueRole).toLongLong(),
                     s.skus.at(row).gmvFen);
        }
        QCOMPARE(tables()->categories()->rowCount(), s.categories.size());
        QCOMPARE(tables()->categories()->index(0, mc::ui::RankedTableModel::Name).data().toString(),
                 s.categories.first().label);
        QCOMPARE(tables()->categories()->index(0, mc::ui::RankedTableModel::Gmv).data().toString(),
                 mc::ui::FigureFormat().wholeMoney(s.categories.first().gmvFen));
        QCOMPARE(tables()->provinces()->rowCount(), s.provinces.size());
        // Stock-out risk: sold out first, then by hours left.
        mc::ui::StockRiskTableModel *risks = tables()->stockRisks();
        QCOMPARE(risks->rowCount(), 4);
        QCOMPARE(risks->index(0, mc::ui::StockRiskTableModel::SellsOutIn).data().toString(), u"Sold out"_s);
        QCOMPARE(risks->index(1, mc::ui::StockRiskTableModel::SellsOutIn).data().toString(), u"30 min"_s);
        QCOMPARE(risks->index(2, mc::ui::StockRiskTableModel::SellsOutIn).data().toString(), u"1 h 30 min"_s);
        QCOMPARE(risks->index(3, mc::ui::StockRiskTableModel::Location).data().toString(), u"华东仓"_s);
    }

    void counterCountsUpToItsTargetAndStops()
    {
        const mc::metrics::DaySnapshot first = mc::test::daySnapshot(0);
        m_page->showSnapshot(first);
        QCOMPARE(counter()->shownFen(), first.total.gmvFen); // the first figure appears at once
        QVERIFY(!counter()->isAnimating());

        const mc::metrics::DaySnapshot next = mc::test::daySnapshot(1);
        m_page->showSnapshot(next);
        QVERIFY(counter()->isAnimating());
        QCOMPARE(counter()->targetFen(), next.total.gmvFen);
        QTRY_VERIFY(counter()->shownFen() > first.total.gmvFen && counter()->shownFen() < next.total.gmvFen);
        QTRY_COMPARE(counter()->shownFen(), next.total.gmvFen);
        QTRY_VERIFY(!counter()->isAnimating()); // no timer once it stands still
        QCOMPARE(counter()->text(), money(next.total.gmvFen));
    }

    void counterJumpsToAnotherScopeOrDay()
    {
        showSettled(mc::test::daySnapshot(3));
        m_page->setLocations(mc::test::dashboardLocations());
        auto *scope = child<QComboBox>(u"dashboard.scope"_s);
        scope->setCurrentIndex(scope->findText(u"Online"_s));
        mc::metrics::DaySnapshot online = mc::test::daySnapshot(0, SalesScope::online());
        online.total = online.online;
        m_page->showSnapshot(online);
        QCOMPARE(counter()->shownFen(), online.total.gmvFen); // no count-down from all channels
        QVERIFY(!counter()->isAnimating());
    }

    void snapshotsOfAnotherScopeAreIgnored()
    {
        showSettled(mc::test::daySnapshot(0));
        const mc::metrics::DaySnapshot other = mc::test::daySnapshot(2, SalesScope::store(11));
        m_page->showSnapshot(other); // still in flight from before a scope change
        QCOMPARE(counter()->targetFen(), mc::test::daySnapshot(0).total.gmvFen);
    }

    void scopeChoicesEmitTheirScope()
    {
        QSignalSpy spy(m_page.get(), &DashboardPage::scopeChanged);
        m_page->setLocations(mc::test::dashboardLocations());
        auto *scope = child<QComboBox>(u"dashboard.scope"_s);
        QVERIFY(scope->isEnabled());
        QStringList items;
        for (int i = 0; i < scope->count(); ++i)
            items << scope->itemText(i);
        // Stores only (the warehouse is the online channel), sorted by name.
        QCOMPARE(items, QStringList({u"All channels"_s, u"Online"_s, u"Store: 悦选 上海南京西路店"_s,
                                     u"Store: 悦选 杭州湖滨店"_s}));
        QCOMPARE(spy.count(), 0);

        scope->setCurrentIndex(3);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<SalesScope>(), SalesScope::store(11));
        QCOMPARE(m_page->scope(), SalesScope::store(11));
        scope->setCurrentIndex(1);
        QCOMPARE(spy.at(1).at(0).value<SalesScope>(), SalesScope::online());
        scope->setCurrentIndex(0);
        QCOMPARE(spy.at(2).at(0).value<SalesScope>(), SalesScope::all());

        // Reloaded locations keep the choice.
        scope->setCurrentIndex(2);
        m_page->setLocations(mc::test::dashboardLocations());
        QCOMPARE(m_page->scope(), SalesScope::store(12));
        QCOMPARE(spy.count(), 4);
    }

    void storeManagerSeesOnlyTheirStore()
    {
        QSignalSpy spy(m_page.get(), &DashboardPage::scopeChanged);
        m_page->setStoreManager(11);
        auto *scope = child<QComboBox>(u"dashboard.scope"_s);
        QVERIFY(!scope->isEnabled());
        QCOMPARE(m_page->scope(), SalesScope::store(11));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<SalesScope>(), SalesScope::store(11));
        QCOMPARE(scope->count(), 1);
        QCOMPARE(scope->currentText(), u"Store 11"_s); // until the names arrive
        m_page->setLocations(mc::test::dashboardLocations());
        QCOMPARE(scope->count(), 1);
        QCOMPARE(scope->currentText(), u"Store: 悦选 杭州湖滨店"_s);
        QVERIFY(!scope->isEnabled());
        QCOMPARE(spy.count(), 1);

        // Their store's snapshots show; all-channel ones never do.
        const mc::metrics::DaySnapshot all = mc::test::daySnapshot(4);
        m_page->showSnapshot(all);
        QVERIFY(counter()->targetFen() != all.total.gmvFen);
        showSettled(mc::test::daySnapshot(1, SalesScope::store(11)));
    }

    void bigScreenEnlargesTheType()
    {
        showSettled(mc::test::daySnapshot(2));
        const qreal before = child<QLabel>(u"kpi.orders.value"_s)->font().pointSizeF();
        const qreal tableBefore = child<QTableView>(u"table.products.view"_s)->font().pointSizeF();
        QSignalSpy requested(m_page.get(), &DashboardPage::bigScreenRequested);
        QTest::mouseClick(child<QToolButton>(u"dashboard.bigScreen"_s), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toBool(), true); // the window decides, then calls setBigScreen
        m_page->setBigScreen(true);
        m_page->resize(1920, 1080); // a wall display
        QVERIFY(m_page->isBigScreen());
        QVERIFY(child<QToolButton>(u"dashboard.bigScreen"_s)->isChecked());
        QCOMPARE(child<QLabel>(u"kpi.orders.value"_s)->font().pointSizeF(), before * DashboardPage::kBigScreenScale);
        QVERIFY(child<QTableView>(u"table.products.view"_s)->font().pointSizeF() > tableBefore);
        QTest::qWait(150); // the charts lay out at the new size
        saveShot(u"bigscreen"_s);
        m_page->setBigScreen(false);
        QCOMPARE(child<QLabel>(u"kpi.orders.value"_s)->font().pointSizeF(), before);
    }

    void privacyMaskHidesEveryMoneyAmount()
    {
        const mc::metrics::DaySnapshot s = mc::test::daySnapshot(2);
        showSettled(s);
        m_page->setFreshness(mc::test::liveFreshness(m_clock.nowMs()));
        QVERIFY(!visibleMoney().isEmpty()); // the check below can fail

        QTest::mouseClick(child<QToolButton>(u"dashboard.hideAmounts"_s), Qt::LeftButton);
        QVERIFY(m_page->moneyMasked());
        QVERIFY2(visibleMoney().isEmpty(), qPrintable(visibleMoney().join(u'\n')));
        QCOMPARE(counter()->text(), mc::ui::FigureFormat::maskedMoney());
        QCOMPARE(text(u"kpi.averageOrder.value"_s), u"¥•••••"_s);
        // Counts stay: they are not amounts.
        QCOMPARE(text(u"kpi.orders.value"_s), QLocale().toString(static_cast<qlonglong>(s.total.orders)));
        // Money axes keep their gridlines but not their labels; the orders axis keeps both.
        QVERIFY(!charts()->dayChart()->axis(TimeSeriesChart::Axis::Left).labelsVisible);
        QVERIFY(!charts()->recentChart()->axis(TimeSeriesChart::Axis::Left).labelsVisible);
        QVERIFY(charts()->dayChart()->axis(TimeSeriesChart::Axis::Right).labelsVisible);
        // New snapshots stay masked.
        m_page->showSnapshot(mc::test::daySnapshot(3));
        QTRY_VERIFY(!counter()->isAnimating());
        QVERIFY2(visibleMoney().isEmpty(), qPrintable(visibleMoney().join(u'\n')));
        saveShot(u"masked"_s);

        QTest::mouseClick(child<QToolButton>(u"dashboard.hideAmounts"_s), Qt::LeftButton);
        QVERIFY(!m_page->moneyMasked());
        QCOMPARE(counter()->text(), money(mc::test::daySnapshot(3).total.gmvFen));
        QVERIFY(charts()->dayChart()->axis(TimeSeriesChart::Axis::Left).labelsVisible);
    }

    void freshnessShowsLiveDelayedAndStale()
    {
        showSettled(mc::test::daySnapshot(1));
        const std::int64_t now = m_clock.nowMs();
        mc::ui::DataFreshness f = mc::test::liveFreshness(now);
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Live"_s);
        QVERIFY(!m_page->isStale());
        QVERIFY(!child<QLabel>(u"gmv.stale"_s)->isVisible());
        const QString detail = text(u"freshness.detail"_s);
        QVERIFY2(detail.contains(u"1 s behind the platform"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"42 requests left"_s), qPrintable(detail));
        QVERIFY2(detail.contains(mc::ui::FigureFormat().beijingTime(f.lastMessageMs)), qPrintable(detail));

        f.behindMs = 40'000;
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Delayed"_s);
        // The demo's 30x clock: 40 s of platform time is about a second of real lag.
        f.platformSpeed = 30;
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Live"_s);

        f = mc::test::liveFreshness(now);
        f.state = mc::ui::DataFreshness::State::Retrying;
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Offline"_s);
        QVERIFY(m_page->isStale());
        QVERIFY(child<QLabel>(u"gmv.stale"_s)->isVisible());
        QVERIFY(text(u"gmv.stale"_s).contains(mc::ui::FigureFormat().beijingTime(f.lastSyncMs)));
        saveShot(u"stale"_s);

        f.state = mc::ui::DataFreshness::State::Live;
        f.bannedUntilMs = now + 60'000;
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Throttled"_s);
        QVERIFY(text(u"freshness.detail"_s).contains(u"paused our requests"_s));
        m_clock.advanceMs(61'000); // the ban lifts with the platform's clock, on the page's timer
        QTRY_COMPARE(text(u"freshness.state"_s), u"Live"_s);
    }

    void freshnessSaysPollingAndRefusedCredentials()
    {
        showSettled(mc::test::daySnapshot(1));
        mc::ui::DataFreshness f = mc::test::liveFreshness(m_clock.nowMs());
        f.polling = true; // a store manager's credential: no message feed
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Live (polling)"_s);
        QVERIFY(!m_page->isStale());

        f.state = mc::ui::DataFreshness::State::Failed;
        f.credentialsRefused = true;
        f.message = u"credentials refused by the platform: Invalid Signature"_s;
        m_page->setFreshness(f);
        QCOMPARE(text(u"freshness.state"_s), u"Credentials refused"_s);
        QVERIFY2(text(u"freshness.detail"_s).contains(u"check the credentials file"_s),
                 qPrintable(text(u"freshness.detail"_s)));
        QVERIFY(!text(u"freshness.detail"_s).contains(u"retrying"_s));
        QVERIFY(m_page->isStale());
    }

    void chartsRedrawAtMostTenTimesASecond()
    {
        TimeSeriesChart *day = charts()->dayChart();
        showSettled(mc::test::daySnapshot(0));
        QTRY_COMPARE(day->pointUpdates(mc::ui::SalesCharts::DayGmv), 1);
        QVERIFY(day->points(mc::ui::SalesCharts::DayGmv).size() <= day->maxPoints());

        // 60 changed snapshots as fast as they come, for about 600 ms.
        QElapsedTimer clock;
        clock.start();
        for (int i = 1; i <= 60; ++i) {
            m_page->showSnapshot(mc::test::daySnapshot(i % 2 == 0 ? 2 : 1));
            QTest::qWait(10);
        }
        const qint64 elapsed = clock.elapsed();
        QTest::qWait(150); // the last pending update lands
        const int updates = day->pointUpdates(mc::ui::SalesCharts::DayGmv) - 1;
        QVERIFY2(updates >= 2 && updates <= elapsed / 100 + 2,
                 qPrintable(u"%1 updates in %2 ms"_s.arg(updates).arg(elapsed)));

        // An unchanged snapshot redraws nothing.
        const int settled = day->pointUpdates(mc::ui::SalesCharts::DayGmv);
        m_page->showSnapshot(mc::test::daySnapshot(2));
        QTest::qWait(150);
        QCOMPARE(day->pointUpdates(mc::ui::SalesCharts::DayGmv), settled);
        QCOMPARE(charts()->recentChart()->points(0).size(), mc::metrics::kSecondsShown / mc::ui::kSecondsAveraged);
    }

    void screenshotsLightAndDark()
    {
        m_page->setLocations(mc::test::dashboardLocations());
        showSettled(mc::test::daySnapshot(6));
        m_page->setFreshness(mc::test::liveFreshness(m_clock.nowMs()));
        QTest::qWait(150); // charts draw on their next tick
        saveShot(u"en-light"_s);

        const QPalette light = QApplication::palette();
        QApplication::setPalette(mc::test::darkPalette(light));
        QCoreApplication::processEvents();
        QTest::qWait(150);
        const QImage dark = m_page->grab().toImage();
        QVERIFY(dark.save(mc::test::outputPath(u"ui/dashboard-en-dark.png"_s)));
        // The page follows the palette: its background is the dark base, not light.
        QVERIFY(dark.pixelColor(4, 4).lightness() < 80);
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
