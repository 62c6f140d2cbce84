// UUIDv7 ordering and layout; manual and scaled clocks.
#include "app/core/clock.h"
#include "app/core/uuid7.h"

#include <QSet>
#include <QTest>

using namespace mc::core;

class TestIdsAndClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uuid7CarriesItsTimestampAndVersion()
    {
        ManualClock clock(1'731'254'400'000); // 2024-11-10 16:00:00 UTC = 11.11 00:00 in Beijing
        Uuid7Generator gen(clock);
        const QUuid id = gen.next();
        QVERIFY(Uuid7Generator::isUuid7(id));
        QCOMPARE(Uuid7Generator::timestampMs(id), qint64(1'731'254'400'000));
    }

    void uuid7IsStrictlyIncreasingWithinOneMillisecond()
    {
        ManualClock clock(1'000);
        Uuid7Generator gen(clock);
        QByteArray previous = gen.next().toRfc4122();
        QSet<QUuid> seen;
        for (int i = 0; i < 20'000; ++i) { // more than the 12-bit counter holds: spills into later ms
            const QUuid id = gen.next();
            const QByteArray bytes = id.toRfc4122();
            QVERIFY2(bytes > previous, qPrintable(id.toString()));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = bytes;
        }
        QVERIFY(Uuid7Generator::timestampMs(QUuid::fromRfc4122(previous)) > 1'000);
    }

    void uuid7StaysOrderedWhenTheClockGoesBack()
    {
        ManualClock clock(50'000);
        Uuid7Generator gen(clock);
        const QByteArray a = gen.next().toRfc4122();
        clock.setMs(10'000);
        const QByteArray b = gen.next().toRfc4122();
        QVERIFY(b > a);
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(42);
        QCOMPARE(clock.nowMs(), qint64(42));
        clock.advanceMs(958);
        QCOMPARE(clock.nowMs(), qint64(1000));
        QCOMPARE(clock.now(), QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
    }

    void scaledClockRunsFaster()
    {
        ManualClock base(0);
        ScaledClock fast(base, 1'000'000, 60.0);
        QCOMPARE(fast.nowMs(), qint64(1'000'000));
        base.advanceMs(1'000);
        QCOMPARE(fast.nowMs(), qint64(1'060'000));
    }
};

QTEST_GUILESS_MAIN(TestIdsAndClock)
#include "tst_ids_and_clock.moc"
