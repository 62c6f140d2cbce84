// How the dashboard writes and plots figures: money through core::Money or masked, compact
// axis labels in English and Chinese, changes, durations, Beijing time; chart series keep at
// most maxPoints points and "nice" axes; the chart interface throttles redraws.
#include "tests/ui/dashboardsnapshots.h"
#include "ui/charts/timeserieschart.h"
#include "ui/dashboard/figureformat.h"
#include "ui/dashboard/salesseries.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mc::ui::FigureFormat;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kChinese(QLocale::Chinese, QLocale::China);
} // namespace

class TestDashboardFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money()
    {
        const FigureFormat f(false, kEnglish);
        QCOMPARE(f.money(2'171'162'315), u"¥21,711,623.15"_s);
        QCOMPARE(f.wholeMoney(2'171'162'350), u"¥21,711,624"_s);
        QCOMPARE(f.wholeMoney(-149), u"-¥1"_s);
        const FigureFormat masked(true, kEnglish);
        QCOMPARE(masked.money(2'171'162'315), u"¥•••••"_s);
        QCOMPARE(masked.wholeMoney(5), u"¥•••••"_s);
        QCOMPARE(masked.compactMoney(5'000'000), u"¥•••••"_s);
        QCOMPARE(masked.count(1234), u"1,234"_s);
    }

    void compactLabels_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qlonglong>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("en small") << kEnglish << 50'000LL << u"¥500"_s;
        QTest::newRow("en K") << kEnglish << 1'250'000LL << u"¥12.5K"_s;
        QTest::newRow("en whole K") << kEnglish << 50'000'000LL << u"¥500K"_s;
        QTest::newRow("en M") << kEnglish << 150'000'000LL << u"¥1.5M"_s;
        QTest::newRow("en 2M") << kEnglish << 200'000'000LL << u"¥2M"_s;
        QTest::newRow("zh small") << kChinese << 500'000LL << u"¥5,000"_s;
        QTest::newRow("zh 万") << kChinese << 1'200'000LL << u"¥1.2万"_s;
        QTest::newRow("zh 200万") << kChinese << 200'000'000LL << u"¥200万"_s;
        QTest::newRow("zh 亿") << kChinese << 30'000'000'000LL << u"¥3亿"_s;
    }

    void compactLabels()
    {
        QFETCH(QLocale, locale);
        QFETCH(qlonglong, fen);
        QFETCH(QString, text);
        QCOMPARE(FigureFormat(false, locale).compactMoney(fen), text);
    }

    void changesSharesDurationsAndTimes()
    {
        const FigureFormat f(false, kEnglish);
        QCOMPARE(f.change(500, 100), u"+400.0%"_s);
        QCOMPARE(f.change(96, 100), u"-4.0%"_s);
        QCOMPARE(f.change(100, 100), u"0.0%"_s);
        QCOMPARE(f.change(100, 0), QString()); // nothing to compare with
        QCOMPARE(f.share(1, 3), u"33%"_s);
        QCOMPARE(f.share(5, 0), u"0%"_s);
        QCOMPARE(f.duration(45'000), u"45 s"_s);
        QCOMPARE(f.duration(35 * 60'000), u"35 min"_s);
        QCOMPARE(f.duration(130 * 60'000), u"2 h 10 min"_s);
        QCOMPARE(f.duration(4 * 86'400'000LL), u"4 days"_s);
        // 2024-11-10 16:14:05 UTC is 00:14:05 on 11.11 in Beijing, whatever the machine's zone.
        QCOMPARE(f.beijingTime(mc::test::kDayStartMs + (14 * 60 + 5) * 1000), u"00:14:05"_s);
    }

    void minuteSeriesKeepsAtMostMaxPoints()
    {
        const mc::metrics::DaySnapshot s = mc::test::daySnapshot(0); // 08:00 and a half
        const int minutes = mc::ui::currentMinute(s);
        QCOMPARE(minutes, 8 * 60);
        const QList<QPointF> all = mc::ui::minuteSeries(s.gmvPerMinute, minutes, 2000);
        QCOMPARE(all.size(), minutes); // the unfinished minute is left out by the caller
        QCOMPARE(all.at(7).y(), static_cast<double>(s.gmvPerMinute[7]));
        const QList<QPointF> few = mc::ui::minuteSeries(s.gmvPerMinute, minutes, 100);
        QVERIFY(few.size() <= 100);
        QVERIFY(few.size() >= 90);
        // Bucket averages keep the per-minute scale.
        const double bucket = few.at(1).x() - few.at(0).x();
        double sum = 0;
        for (int m = 0; m < bucket; ++m)
            sum += static_cast<double>(s.gmvPerMinute[static_cast<size_t>(m)]);
        QCOMPARE(few.at(0).y(), sum / bucket);
        QVERIFY(mc::ui::minuteSeries(s.gmvPerMinute, 0, 100).isEmpty());

        const QList<QPointF> recent = mc::ui::secondSeries(s.gmvPerSecond);
        QCOMPARE(recent.size(), mc::metrics::kSecondsShown / mc::ui::kSecondsAveraged);
        QCOMPARE(recent.first().x(), -static_cast<double>(mc::metrics::kSecondsShown - mc::ui::kSecondsAveraged));
        QCOMPARE(recent.last().x(), 0.0);
        // Five-second buckets counted back from now: a batch every third second reads as a rate.
        const QList<std::int64_t> batches{0, 0, 300, 0, 0, 300, 0, 0, 300, 0, 0, 300};
        const QList<QPointF> buckets = mc::ui::secondSeries(batches);
        QCOMPARE(buckets.size(), 3);
        QCOMPARE(buckets.at(2), QPointF(0, 120));  // seconds 7-11: 600 in 5 s
        QCOMPARE(buckets.at(1), QPointF(-5, 120)); // seconds 2-6
        QCOMPARE(buckets.at(0), QPointF(-10, 0));  // seconds 0-1, a partial bucket
        QCOMPARE(mc::ui::secondSeries(batches, 1).at(2), QPointF(-9, 300));
    }

    void axes()
    {
        QCOMPARE(mc::ui::niceStep(97, 4), 50);
        QCOMPARE(mc::ui::niceStep(1'000, 4), 500);
        QCOMPARE(mc::ui::niceStep(1, 4), 1);
        QCOMPARE(mc::ui::niceStep(12'345'678, 4), 5'000'000);
        const mc::ui::AxisSpec money =
            mc::ui::valueAxis(180'000'000, mc::ui::Quantity::Money, FigureFormat(false, kEnglish));
        QCOMPARE(money.max, 200'000'000.0);
        QCOMPARE(money.ticks.last().label, u"¥2M"_s);
        QCOMPARE(money.ticks.size(), 4);
        const mc::ui::AxisSpec masked =
            mc::ui::valueAxis(180'000'000, mc::ui::Quantity::Money, FigureFormat(true, kEnglish));
        QVERIFY(!masked.labelsVisible);
        QCOMPARE(masked.ticks.size(), 4); // the gridlines stay
        const mc::ui::AxisSpec counts = mc::ui::valueAxis(0, mc::ui::Quantity::Count, FigureFormat(true, kEnglish));
        QVERIFY(counts.labelsVisible);
        QCOMPARE(counts.max, 10.0);

        // The day axis grows with the day, so the curve fills the chart.
        QCOMPARE(mc::ui::dayAxis(17).max, 60.0);
        QCOMPARE(mc::ui::dayAxis(17).ticks.first().label, u"00:10"_s);
        QCOMPARE(mc::ui::dayAxis(8 * 60).max, 720.0);
        QCOMPARE(mc::ui::dayAxis(23 * 60).max, 1440.0);
        QCOMPARE(mc::ui::dayAxis(23 * 60).ticks.last().label, u"24:00"_s);
        QCOMPARE(mc::ui::recentAxis().ticks.last().label, u"now"_s);
    }

    void chartThrottlesRedraws()
    {
        std::unique_ptr<mc::ui::TimeSeriesChart> chart(mc::ui::createTimeSeriesChart());
        const int series = chart->addSeries(u"GMV"_s, Qt::red, mc::ui::TimeSeriesChart::Style::Area);
        chart->resize(600, 300);
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        QVERIFY(chart->plotWidth() > 300);
        QCOMPARE(chart->maxPoints(), 2 * chart->plotWidth());

        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 200; ++i) {
            chart->setPoints(series, {{0, 0}, {1, static_cast<double>(i)}});
            QTest::qWait(2);
        }
        const qint64 elapsed = clock.elapsed();
        QTest::qWait(120);
        QVERIFY2(chart->pointUpdates(series) <= elapsed / 100 + 2,
                 qPrintable(u"%1 updates in %2 ms"_s.arg(chart->pointUpdates(series)).arg(elapsed)));
        QCOMPARE(chart->points(series).last().y(), 199.0); // the last points always land

        const int settled = chart->pointUpdates(series);
        chart->setPoints(series, {{0, 0}, {1, 199}}); // unchanged
        QTest::qWait(120);
        QCOMPARE(chart->pointUpdates(series), settled);
    }
};

QTEST_MAIN(TestDashboardFormat)
#include "tst_dashboardformat.moc"
