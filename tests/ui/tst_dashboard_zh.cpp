// The Dashboard page in Simplified Chinese: captions, freshness and list headers speak
// Chinese, axis labels use 万; screenshots test-output/ui/dashboard-zh_CN-{light,dark}.png.
#include "app/core/money.h"
#include "tests/support/testdata.h"
#include "tests/ui/dashboardsnapshots.h"
#include "tests/ui/hantext.h"
#include "tests/ui/palettes.h"
#include "ui/charts/timeserieschart.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/gmvcounter.h"
#include "ui/dashboard/salescharts.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using mc::test::hasHan;

class TestDashboardChinese : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QLocale chinese(u"zh_CN"_s);
        QLocale::setDefault(chinese);
        QVERIFY(!mc::ui::installTranslators(chinese).isEmpty());
    }

    void dashboardSpeaksChinese()
    {
        mc::ui::DashboardPage page(u"概览"_s, u"今日销售一览。"_s);
        const std::int64_t now = mc::test::kDayStartMs + 9 * 3'600'000LL;
        page.setPlatformClock([now] { return now; });
        page.resize(1440, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setLocations(mc::test::dashboardLocations());
        const mc::metrics::DaySnapshot s = mc::test::daySnapshot(6);
        page.showSnapshot(s);
        page.setFreshness(mc::test::liveFreshness(now));

        for (const QString &name : {u"freshness.state"_s, u"freshness.detail"_s, u"gmv.comparison"_s,
                                    u"kpi.orders.caption"_s, u"kpi.averageOrder.caption"_s, u"split.online"_s}) {
            const auto *label = page.findChild<QLabel *>(name);
            QVERIFY2(label && hasHan(label->text()), qPrintable(name + u": "_s + (label ? label->text() : QString())));
        }
        auto *scope = page.findChild<QComboBox *>(u"dashboard.scope"_s);
        QVERIFY(hasHan(scope->itemText(0)) && hasHan(scope->itemText(1)));
        for (const QTableView *view : page.findChildren<QTableView *>())
            QVERIFY(hasHan(view->model()->headerData(1, Qt::Horizontal).toString()));
        // Chinese groups large amounts by 万.
        auto *charts = page.findChild<mc::ui::SalesCharts *>();
        QVERIFY(charts->dayChart()->axis(mc::ui::TimeSeriesChart::Axis::Left).ticks.last().label.endsWith(u"万"_s));
        auto *counter = page.findChild<mc::ui::GmvCounter *>();
        QTRY_COMPARE(counter->text(), mc::core::Money::fromMinor(s.total.gmvFen).toDisplayString());
        QTest::qWait(150); // charts draw on their next tick
        QVERIFY(page.grab().save(mc::test::outputPath(u"ui/dashboard-zh_CN-light.png"_s)));

        const QPalette light = QApplication::palette();
        QApplication::setPalette(mc::test::darkPalette(light));
        QCoreApplication::processEvents();
        QTest::qWait(150);
        QVERIFY(page.grab().save(mc::test::outputPath(u"ui/dashboard-zh_CN-dark.png"_s)));
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestDashboardChinese)
#include "tst_dashboard_zh.moc"
