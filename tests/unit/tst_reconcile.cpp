// Day close without a platform: the till CSV (every bad line reported by number, nothing
// imported; BOM, CRLF, quotes, Chinese headers, a column mapping), the matcher's validation
// (bad records set aside with a reason, never in a total), the CSV export (BOM, CRLF, no
// formula injection), and the redemptions' chain checked again on every report.
#include "app/core/functionclock.h"
#include "app/reconcile/dayclose.h"
#include "app/reconcile/daymatcher.h"
#include "app/reconcile/reportexport.h"
#include "app/reconcile/tillcsv.h"
#include "app/storage/database.h"
#include "app/vouchers/redemptionbook.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc::reconcile;

namespace {
const QDate kDay(2025, 11, 11);
std::int64_t at(int hour)
{
    return DayScope{1001, kDay}.startMs() + hour * 3'600'000LL;
}
CounterRow counter(const QString &serial, std::int64_t fen, int hour, const QString &state = u"confirmed"_s)
{
    CounterRow c;
    c.serial = serial;
    c.code = "MCV1." + serial.toLatin1();
    c.voucherId = "v-" + serial.toLatin1();
    c.storeId = 1001;
    c.faceValueFen = fen;
    c.redeemedMs = at(hour);
    c.uploadState = state;
    return c;
}
PlatformRow platform(const CounterRow &c)
{
    PlatformRow p;
    p.serial = c.serial;
    p.voucherId = c.voucherId;
    p.code = c.code;
    p.storeId = c.storeId;
    p.faceValueFen = c.faceValueFen;
    p.redeemedMs = c.redeemedMs;
    return p;
}
} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badTillLinesAreReportedByLineAndNothingIsImported()
    {
        const QByteArray csv = "date,receipt,voucher_code,amount\n"
                               "2025-11-11,R1,MCV1.a,12.00\n"          // 2: fine
                               "2025-11-11,R2,MCV1.b,12.x\n"           // 3: amount
                               "2025-11-11,R3,,5.00\n"                 // 4: no code
                               "11/11/2025,R4,MCV1.c,5.00\n"           // 5: date
                               "2025-11-11,R5,MCV1.d\n"                // 6: field count
                               "\n"                                    // 7: blank, skipped
                               "2025-11-11,R1,MCV1.a,12.00\n"          // 8: twice
                               "2025-11-11,R6,MCV1.e,-3.00\n";         // 9: negative
        const TillImport import = parseTillCsv(csv, {}, kDay);
        QVERIFY(!import.ok());
        QVERIFY(import.rows.isEmpty());
        QList<int> lines;
        for (const TillLineError &e : import.errors)
            lines << e.line;
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 8, 9}));
        QVERIFY2(import.errors[0].message.contains(u"12.x"_s), qPrintable(import.errors[0].message));
        QVERIFY(import.errors[3].message.contains(u"fields"_s));
    }

    void goodTillFileWithBomCrlfQuotesAndMapping()
    {
        const QByteArray csv = "\xEF\xBB\xBF" "Sold at,No.,\"Voucher, scanned\",Total\r\n"
                               "2025/11/11 10:00,\"R-1\",MCV1.a,\"1,200.00\"\r\n"
                               "2025-11-11 11:00,R-2,MCV1.b,8\r\n"
                               "2025-11-12 09:00,R-3,MCV1.c,8.00\r\n";
        auto columns = TillColumns::parse(u"date=Sold at,receipt=No.,code=Voucher, scanned,amount=Total"_s);
        QVERIFY(!columns); // a comma inside a header name cannot be mapped with this spec
        columns = TillColumns::parse(u"date=Sold at,receipt=No.,amount=Total"_s);
        QVERIFY(columns);
        TillImport import = parseTillCsv(csv, columns.value(), kDay);
        QVERIFY(!import.ok()); // "Voucher, scanned" is not a known name for the code
        QCOMPARE(import.errors.first().line, 1);
        const QByteArray renamed = QByteArray(csv).replace("\"Voucher, scanned\"", "券码");
        import = parseTillCsv(renamed, columns.value(), kDay);
        QVERIFY(!import.ok()); // "1,200.00" is not an amount: thousands separators are refused
        QCOMPARE(import.errors.first().line, 2);
        import = parseTillCsv(QByteArray(renamed).replace("\"1,200.00\"", "12.00"), columns.value(), kDay);
        QVERIFY(import.ok());
        QCOMPARE(import.rows.size(), 2);
        QCOMPARE(import.otherDays, 1);
        QCOMPARE(import.rows[0].receipt, u"R-1"_s);
        QCOMPARE(import.rows[0].amountFen, 1200);
        QCOMPARE(import.rows[1].amountFen, 800);
        QVERIFY(!TillColumns::parse(u"colour=Red"_s));
        QVERIFY(!parseTillCsv("", {}, kDay).ok());
    }

    void badRecordsAreSetAsideNeverCounted()
    {
        DaySources s;
        s.scope = {1001, kDay};
        const CounterRow good = counter(u"s1"_s, 1200, 10);
        s.counter << good << counter(u"s1"_s, 500, 11)                  // the same serial twice
                  << counter(u"s2"_s, -100, 12)                          // negative face value
                  << counter(u"s3"_s, 1000, 25)                          // the next day
                  << counter(u"s4"_s, 1000, 12, u"lost"_s);              // unknown state
        CounterRow otherStore = counter(u"s5"_s, 1000, 12);
        otherStore.storeId = 1002;
        s.counter << otherStore;
        s.platform << platform(good);
        SettlementRow bad;
        bad.serial = u"s1"_s;
        bad.storeId = 1001;
        bad.redeemedMs = good.redeemedMs;
        bad.grossFen = 1200;
        bad.amountFen = 1300; // more than the gross
        bad.status = u"settled"_s;
        s.settlements << bad;
        const DayReport r = matchDay(s, at(30));
        QCOMPARE(r.setAside.size(), 6);
        QCOMPARE(r.sources.counterCount, 1);
        QCOMPARE(r.sources.counterFen, 1200);
        QCOMPARE(r.sources.settlementCount, 0);
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items[0].category, Category::NotYetSettled); // its settlement line was set aside
        QVERIFY(r.items[0].overdue);
        QCOMPARE(r.total(Category::NotYetSettled).amountFen, 1200);
        QStringList reasons;
        for (const SetAside &a : r.setAside)
            reasons << a.source + u": "_s + a.reason;
        QVERIFY2(reasons.join(u'\n').contains(u"settlement: amounts out of range"_s), qPrintable(reasons.join(u'\n')));
    }

    void csvExportOpensInSpreadsheets()
    {
        DaySources s;
        s.scope = {1001, kDay};
        CounterRow refused = counter(u"s1"_s, 1200, 10, u"refused"_s);
        refused.platformMessage = u"=HYPERLINK(\"x\"), refused"_s;
        s.counter << refused;
        const QByteArray csv = reportToCsv(matchDay(s, at(30)));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), csv.count('\n'));
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\"), refused\""), csv.constData());
        QVERIFY(csv.contains(",12.00,"));
    }

    void everyReportChecksTheRowsAppendedSinceTheLastOne()
    {
        QTemporaryDir dir;
        mc::core::ManualClock clock(at(10));
        {
            auto book = mc::vouchers::RedemptionBook::open(dir.path(), clock);
            QVERIFY(book);
            for (int i = 0; i < 3; ++i) {
                mc::vouchers::RedemptionRecord r;
                r.code = "MCV1.x" + QByteArray::number(i);
                r.voucherId = "v" + QByteArray::number(i);
                r.storeId = 1001;
                r.faceValueFen = 1000;
                r.redeemedMs = at(10 + i);
                QVERIFY(book.value()->record(r));
            }
        }
        auto close = DayClose::open(dir.path(), clock);
        QVERIFY(close);
        QVERIFY(close.value()->report({1001, kDay}).value().chain.redemptionsIntact);
        mc::vouchers::RedemptionRecord r;
        r.code = "MCV1.y";
        r.voucherId = "vy";
        r.storeId = 1001;
        r.faceValueFen = 1000;
        r.redeemedMs = at(14);
        QVERIFY(close.value()->redemptions().record(r));
        QVERIFY(close.value()->ledger().exec(u"UPDATE redemptions SET store_id = 1002 WHERE seq = 4"));
        auto later = close.value()->report({1001, kDay});
        QVERIFY(!later.value().chain.redemptionsIntact);
        QCOMPARE(later.value().chain.redemptionsFirstBadSeq, 4);
        // A fresh walk finds an older row changed too.
        QVERIFY(close.value()->ledger().exec(u"UPDATE redemptions SET store_id = 1001 WHERE seq = 4"));
        QVERIFY(close.value()->ledger().exec(u"UPDATE redemptions SET face_value_fen = 1 WHERE seq = 2"));
        close.value().reset();
        auto fresh = DayClose::open(dir.path(), clock);
        auto report = fresh.value()->report({1001, kDay});
        QVERIFY(!report.value().chain.redemptionsIntact);
        QCOMPARE(report.value().chain.redemptionsFirstBadSeq, 2);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
