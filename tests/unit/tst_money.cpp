// Money: exact parsing, formatting, rounding and overflow, as data-driven tables.
#include "app/core/money.h"

#include <QTest>

#include <limits>

using mc::core::Money;
using mc::core::Rounding;
using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("two places") << u"128.00"_s << true << qint64(12800) << QString();
        QTest::newRow("one place") << u"0.5"_s << true << qint64(50) << QString();
        QTest::newRow("integer") << u"7"_s << true << qint64(700) << QString();
        QTest::newRow("negative") << u"-3.10"_s << true << qint64(-310) << QString();
        QTest::newRow("plus sign") << u"+1.01"_s << true << qint64(101) << QString();
        QTest::newRow("trailing zeros beyond fen") << u"1.500"_s << true << qint64(150) << QString();
        QTest::newRow("surrounding spaces") << u" 9.99 "_s << true << qint64(999) << QString();
        QTest::newRow("zero") << u"0.00"_s << true << qint64(0) << QString();
        QTest::newRow("largest") << u"92233720368547758.07"_s << true << qint64(std::numeric_limits<qint64>::max())
                                 << QString();
        QTest::newRow("one past largest") << u"92233720368547758.08"_s << false << qint64(0) << u"money.overflow"_s;
        QTest::newRow("huge") << u"99999999999999999999"_s << false << qint64(0) << u"money.overflow"_s;
        QTest::newRow("sub-fen") << u"1.234"_s << false << qint64(0) << u"money.precision"_s;
        QTest::newRow("empty") << QString() << false << qint64(0) << u"money.empty"_s;
        QTest::newRow("letters") << u"abc"_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("exponent") << u"1e5"_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("grouping") << u"1,000.00"_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("bare point") << u"."_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("no fraction digits") << u"1."_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("no whole digits") << u".5"_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("double sign") << u"--1"_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("fullwidth digits") << u"\uFF11\uFF12"_s << false << qint64(0) << u"money.syntax"_s;
        QTest::newRow("float noise") << u"0.1000000000000000055511"_s << false << qint64(0) << u"money.precision"_s;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        QFETCH(QString, errorCode);
        const QByteArray utf8 = text.toUtf8();
        for (const auto &result : {Money::parse(text), Money::parse(QByteArrayView(utf8))}) {
            QCOMPARE(result.ok(), ok);
            if (ok)
                QCOMPARE(result.value().minor(), minor);
            else
                QCOMPARE(result.error().code, errorCode);
        }
    }

    void decimalRoundTrip_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s;
        QTest::newRow("fen") << qint64(5) << u"0.05"_s;
        QTest::newRow("yuan") << qint64(12800) << u"128.00"_s;
        QTest::newRow("negative fen") << qint64(-7) << u"-0.07"_s;
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
    }

    void decimalRoundTrip()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        QCOMPARE(Money::fromMinor(minor).toDecimalString(), text);
        if (minor != std::numeric_limits<qint64>::min()) // its magnitude does not fit: parse refuses it
            QCOMPARE(Money::parse(text).value().minor(), minor);
    }

    void display_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en grouping") << u"en_US"_s << qint64(123456789) << u"\u00A51,234,567.89"_s;
        QTest::newRow("zh_CN grouping") << u"zh_CN"_s << qint64(123456789) << u"\u00A51,234,567.89"_s;
        QTest::newRow("de separators") << u"de_DE"_s << qint64(123456789) << u"\u00A51.234.567,89"_s;
        QTest::newRow("negative") << u"en_US"_s << qint64(-250) << u"-\u00A52.50"_s;
    }

    void display()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, shown);
        QCOMPARE(Money::fromMinor(minor).toDisplayString(QLocale(locale)), shown);
    }

    void scaled_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<qint64>("expected");
        const int up = int(Rounding::HalfUp), even = int(Rounding::HalfEven), down = int(Rounding::TowardZero);
        QTest::newRow("85% exact") << qint64(10000) << qint64(85) << qint64(100) << up << qint64(8500);
        QTest::newRow("half up .5") << qint64(25) << qint64(1) << qint64(10) << up << qint64(3);
        QTest::newRow("half even .5 down") << qint64(25) << qint64(1) << qint64(10) << even << qint64(2);
        QTest::newRow("half even .5 up") << qint64(35) << qint64(1) << qint64(10) << even << qint64(4);
        QTest::newRow("half up negative") << qint64(-25) << qint64(1) << qint64(10) << up << qint64(-3);
        QTest::newRow("toward zero") << qint64(29) << qint64(1) << qint64(10) << down << qint64(2);
        QTest::newRow("toward zero negative") << qint64(-29) << qint64(1) << qint64(10) << down << qint64(-2);
        QTest::newRow("thirds") << qint64(100) << qint64(1) << qint64(3) << up << qint64(33);
        QTest::newRow("negative denominator") << qint64(100) << qint64(1) << qint64(-4) << up << qint64(-25);
        QTest::newRow("large intermediate") << std::numeric_limits<qint64>::max() << qint64(3) << qint64(4) << down
                                            << qint64(6917529027641081855);
    }

    void scaled()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(int, rounding);
        QFETCH(qint64, expected);
        const auto r = Money::fromMinor(minor).scaled(num, den, Rounding(rounding));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().minor(), expected);
    }

    void overflowIsAnError()
    {
        const Money max = Money::fromMinor(std::numeric_limits<qint64>::max());
        QCOMPARE(max.plus(Money::fromMinor(1)).error().code, u"money.overflow"_s);
        QCOMPARE(Money::fromMinor(std::numeric_limits<qint64>::min()).minus(Money::fromMinor(1)).error().code,
                 u"money.overflow"_s);
        QCOMPARE(max.times(2).error().code, u"money.overflow"_s);
        QCOMPARE(max.scaled(2, 1, Rounding::HalfUp).error().code, u"money.overflow"_s);
        QCOMPARE(max.scaled(1, 0, Rounding::HalfUp).error().code, u"money.divide"_s);
        QCOMPARE(Money::fromMinor(150).plus(Money::fromMinor(250)).value().minor(), qint64(400));
    }

    void currenciesDoNotMix()
    {
        mc::core::Currency usd{{'U', 'S', 'D'}, 2};
        const auto r = Money::fromMinor(100).plus(Money::fromMinor(100, usd));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"money.currency"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
