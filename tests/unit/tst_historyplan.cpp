// History planning: uncovered windows, splitting, markers.
#include "app/sync/historyplan.h"

#include <QTest>

using namespace mc::sync;

class TestHistoryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingDoneGivesAlignedWindowsNewestFirst()
    {
        const auto w = uncoveredWindows(0, 10'000, {}, 4'000);
        QCOMPARE(w, (QList<TimeWindow>{{6'000, 10'000}, {2'000, 6'000}, {0, 2'000}}));
    }

    void doneWindowsAreSkipped()
    {
        const auto w = uncoveredWindows(0, 10'000, {{2'000, 6'000}, {7'000, 8'000}}, 4'000);
        QCOMPARE(w, (QList<TimeWindow>{{8'000, 10'000}, {6'000, 7'000}, {0, 2'000}}));
    }

    void overlappingAndOutsideDoneWindows()
    {
        const auto w = uncoveredWindows(1'000, 9'000, {{0, 3'000}, {2'000, 5'000}, {8'000, 20'000}}, 10'000);
        QCOMPARE(w, (QList<TimeWindow>{{5'000, 8'000}}));
        QVERIFY(uncoveredWindows(0, 5'000, {{0, 5'000}}, 1'000).isEmpty());
    }

    void splitOnWholeSeconds()
    {
        const auto parts = splitWindow({0, 10'000}, 3);
        QCOMPARE(parts, (QList<TimeWindow>{{0, 3'000}, {3'000, 6'000}, {6'000, 10'000}}));
        QCOMPARE(splitWindow({0, 1'000}, 4), (QList<TimeWindow>{{0, 1'000}}));
    }

    void markersRoundTrip()
    {
        const TimeWindow w{1'605'024'000'000, 1'605'027'600'000};
        QCOMPARE(parseWindowMarker(windowMarkerName(w)).value(), w);
        QVERIFY(!parseWindowMarker(QStringLiteral("orders.window.abc-1")));
        QVERIFY(!parseWindowMarker(QStringLiteral("orders.window.5-5")));
        QVERIFY(!parseWindowMarker(QStringLiteral("catalog.since")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPlan)
#include "tst_historyplan.moc"
