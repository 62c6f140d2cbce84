// The client's request budget on a manual clock: the token bucket, bans, and the adaptive
// rate (AIMD): halved on a refusal, given back step by step, never above the ceiling.
#include "app/core/clock.h"
#include "app/platform/requestbudget.h"

#include <QTest>

using mc::core::ManualClock;
using mc::platform::RequestBudget;

namespace {

// Calls sent in `seconds` of steady demand, a millisecond apart.
int sentIn(RequestBudget &budget, ManualClock &clock, int seconds)
{
    int sent = 0;
    for (int ms = 0; ms < seconds * 1000; ++ms) {
        std::int64_t wait = 0;
        while (budget.tryTake(wait))
            ++sent;
        clock.advanceMs(1);
    }
    return sent;
}

} // namespace

class TestRequestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenSteadyRate()
    {
        ManualClock clock(1'000'000);
        RequestBudget budget(clock, 400, 50);
        QCOMPARE(budget.remaining(), 50);
        std::int64_t wait = 0;
        for (int i = 0; i < 50; ++i)
            QVERIFY(budget.tryTake(wait));
        QVERIFY(!budget.tryTake(wait));
        QVERIFY(wait > 0 && wait <= 3); // one token per 2.5 ms at 400/s
        // Ten seconds of demand: the rate, never more (the burst was spent above).
        const int sent = sentIn(budget, clock, 10);
        QVERIFY2(sent >= 3999 && sent <= 4000, qPrintable(QString::number(sent)));
    }

    void banStopsEverythingUntilItLifts()
    {
        ManualClock clock(1'000'000);
        RequestBudget budget(clock, 100, 10);
        budget.banUntil(clock.nowMs() + 2'000);
        std::int64_t wait = 0;
        QVERIFY(!budget.tryTake(wait));
        QCOMPARE(wait, 2'000);
        QCOMPARE(budget.remaining(), 0);
        clock.advanceMs(2'000);
        QVERIFY(budget.tryTake(wait));
    }

    void refusalHalvesTheRateOncePerBurst()
    {
        ManualClock clock(1'000'000);
        RequestBudget budget(clock, 400, 50);
        budget.noteRefused();
        QCOMPARE(budget.ratePerSecond(), 200.0);
        // The other calls in flight are refused in the same moment: one decrease, not four.
        for (int i = 0; i < 3; ++i)
            budget.noteRefused();
        QCOMPARE(budget.ratePerSecond(), 200.0);
        QCOMPARE(budget.remaining(), 1); // no burst right after a refusal
        clock.advanceMs(1'000);
        budget.noteRefused(); // still refused a second later: halved again
        QCOMPARE(budget.ratePerSecond(), 100.0);
        const int sent = sentIn(budget, clock, 1); // the one token left + 100/s
        QVERIFY2(sent >= 100 && sent <= 101, qPrintable(QString::number(sent)));
    }

    void rateNeverFallsBelowTheFloor()
    {
        ManualClock clock(1'000'000);
        RequestBudget budget(clock, 500, 50);
        for (int i = 0; i < 20; ++i) {
            budget.noteRefused();
            clock.advanceMs(1'000);
        }
        QCOMPARE(budget.ratePerSecond(), 500 * RequestBudget::kFloorShare);
    }

    void answersGiveTheRateBackUpToTheCeilingOnly()
    {
        ManualClock clock(1'000'000);
        RequestBudget budget(clock, 400, 50);
        budget.noteRefused();
        QCOMPARE(budget.ratePerSecond(), 200.0);
        budget.noteAccepted(); // within the second of the refusal: nothing yet
        QCOMPARE(budget.ratePerSecond(), 200.0);
        double last = budget.ratePerSecond();
        for (int second = 1; second <= 30; ++second) {
            clock.advanceMs(1'000);
            budget.noteAccepted();
            budget.noteAccepted(); // several answers in one second: one step
            QVERIFY(budget.ratePerSecond() >= last);
            QVERIFY(budget.ratePerSecond() <= budget.ceiling());
            last = budget.ratePerSecond();
            if (second == 5)
                QCOMPARE(budget.ratePerSecond(), 200.0 + 5 * 400 * RequestBudget::kIncreaseShare);
        }
        QCOMPARE(budget.ratePerSecond(), 400.0); // back at the ceiling after 10 s, and stays there
        clock.advanceMs(60'000);
        budget.noteAccepted();
        QCOMPARE(budget.ratePerSecond(), 400.0);
    }

    void adaptedRateIsWhatTheBucketHandsOut()
    {
        ManualClock clock(1'000'000);
        RequestBudget budget(clock, 400, 50);
        (void)sentIn(budget, clock, 1);
        budget.noteRefused();
        clock.advanceMs(1);
        const int sent = sentIn(budget, clock, 2); // what was left + 200/s, not 400/s
        QVERIFY2(sent >= 399 && sent <= 401, qPrintable(QString::number(sent)));
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
