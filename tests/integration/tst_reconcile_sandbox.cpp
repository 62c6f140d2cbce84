// Day close against a real platform-sandbox over loopback, with real SQLite files: every
// category produced on purpose (platform refusals, another till, another store, settlement
// exceptions set with mc.admin.settlement.set, a till CSV) and found exactly; totals equal
// direct SQL sums over the ledger, the sandbox's redemptions and its settlements; the
// headless command's JSON, CSV and PDF; a tampered ledger row reported where the chain
// breaks; a signed-off day unchangeable until a recorded reopening.
#include "app/core/functionclock.h"
#include "app/platform/platformclient.h"
#include "app/protocol/toptime.h"
#include "app/reconcile/dayclose.h"
#include "app/reconcile/platformdayfetcher.h"
#include "app/reconcile/tillcsv.h"
#include "app/storage/database.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/storecounter.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mc::reconcile;
using mc::vouchers::RedemptionRecord;
using mc::vouchers::StoreCounter;
using mc::vouchers::UploadState;

namespace {
constexpr std::int64_t kStore = 1001;
constexpr std::int64_t kOtherStore = 1002;
// The day reconciled: two days before the sandbox's today (Beijing time), so that its
// settlement (02:00 the next day) is due whatever the hour the test runs.
QDate kDay;
} // namespace

class TestReconcileSandbox : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox;
    std::unique_ptr<mc::core::FunctionClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<mc::platform::PlatformClient> m_client;
    std::unique_ptr<StoreCounter> m_counter;
    QHash<QString, QByteArray> m_codes;    // name -> code
    QHash<QString, QString> m_serials;     // name -> serial (counter or platform)

    std::int64_t at(int hour) const { return DayScope{kStore, kDay}.startMs() + hour * 3'600'000LL; }

    mc::test::TopReply call(const mc::test::SandboxCredential &credential, const QByteArray &method,
                            const mc::protocol::Parameters &params)
    {
        mc::test::TopCallClient c(m_sandbox.url(), credential);
        c.setClock([this] { return m_sandbox.sandboxNowMs(); });
        return c.call(method, params);
    }

    QByteArray issue(const QString &name, const QByteArray &faceValue, const QByteArray &stores = {})
    {
        mc::protocol::Parameters params{{"face_value", faceValue},
                                        {"valid_from", mc::protocol::formatTopTime(at(-24))},
                                        {"valid_until", mc::protocol::formatTopTime(at(24 * 10))}};
        if (!stores.isEmpty())
            params.emplace("store_ids", stores);
        const auto list = call(m_sandbox.owner(), "mc.vouchers.issue", params).response("mc.vouchers.issue")[u"vouchers"][u"voucher"].toArray();
        const QByteArray code = list.isEmpty() ? QByteArray() : list[0][u"code"].toString().toLatin1();
        m_codes.insert(name, code);
        return code;
    }

    // A redemption recorded at this console's counter at `hour` of the day.
    QString recordAtCounter(const QString &name, const QByteArray &code, std::int64_t faceFen, int hour)
    {
        RedemptionRecord r;
        r.code = code;
        const QList<QByteArray> parts = code.split('.');
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding)).object();
        r.voucherId = payload[u"vid"].toString().toLatin1();
        r.storeId = kStore;
        r.operatorName = u"tester"_s;
        r.faceValueFen = faceFen;
        r.redeemedMs = at(hour);
        auto recorded = m_counter->book().record(r);
        if (!recorded)
            return {};
        m_serials.insert(name, recorded.value().serial);
        return recorded.value().serial;
    }

    // A redemption by another till (store credential) or at another store, straight to the platform.
    bool redeemElsewhere(const QString &name, const QByteArray &code, std::int64_t store, int hour)
    {
        const QString serial = u"till-%1-%2"_s.arg(store).arg(name);
        const auto reply = call(*m_sandbox.store(store), "taobao.vmarket.eticket.auth.consume",
                                     {{"verify_code", code},
                                      {"storeid", QByteArray::number(store)},
                                      {"serial_num", serial.toLatin1()},
                                      {"operatorid", "clerk-2"},
                                      {"redeemed_at", mc::protocol::formatTopTime(at(hour))}});
        m_serials.insert(name, serial);
        return !reply.isError();
    }

    bool setSettlement(const QString &name, const QByteArray &outcome, const QByteArray &amount = {})
    {
        mc::protocol::Parameters params{{"serial_num", m_serials.value(name).toLatin1()}, {"outcome", outcome}};
        if (!amount.isEmpty())
            params.emplace("amount", amount);
        return !call(m_sandbox.owner(), "mc.admin.settlement.set", params).isError();
    }

    UploadState waitUploaded(const QString &serial)
    {
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            auto r = m_counter->book().find(serial);
            if (r && r.value().state != UploadState::Pending)
                return r.value().state;
            QTest::qWait(50);
        }
        return UploadState::Pending;
    }

    std::int64_t sandboxSum(const QString &sql)
    {
        auto db = mc::storage::Database::open({m_sandbox.dataDir() + u"/sandbox.sqlite"_s, {}, true});
        if (!db)
            return -1;
        return db.value()->queryInt(sql).valueOr(-1);
    }
    std::int64_t ledgerSum(const QString &sql)
    {
        return m_counter->book().database().queryInt(sql).valueOr(-1);
    }

    DayReport fetchAndReport(const std::optional<QList<TillRow>> &till = std::nullopt)
    {
        auto close = DayClose::open(m_dir.path(), *m_clock);
        if (!close)
            return {};
        PlatformDayFetcher fetcher(close.value()->cache(), *m_client);
        QSignalSpy finished(&fetcher, &PlatformDayFetcher::finished);
        fetcher.fetch({kStore, kDay});
        if (!finished.wait(30'000) || !finished[0][0].toBool())
            return {};
        return close.value()->report({kStore, kDay}, till).valueOr({});
    }

    static QStringList serialsOf(const DayReport &r, Category c)
    {
        QStringList out;
        for (const Item &i : r.items)
            if (i.category == c)
                out << i.serial;
        out.sort();
        return out;
    }
    QStringList named(QStringList names) const
    {
        QStringList out;
        for (const QString &n : names)
            out << m_serials.value(n);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<mc::core::FunctionClock>([this] { return m_sandbox.sandboxNowMs(); });
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s,
                                  u"--settlement-exceptions"_s, u"0"_s}),
                 qPrintable(m_sandbox.errorString()));
        kDay = QDateTime::fromMSecsSinceEpoch(m_sandbox.sandboxNowMs(), QTimeZone(8 * 3600)).date().addDays(-2);
        const auto credential = m_sandbox.store(kStore);
        mc::platform::ClientOptions options;
        options.endpoint = m_sandbox.url();
        options.endpoint.setPath(u"/router/rest"_s);
        options.maxAttempts = 1;
        options.timeoutMs = 5000;
        m_client = std::make_unique<mc::platform::PlatformClient>(
            options, mc::platform::Credentials{credential->appKey, credential->appSecret, credential->session, kStore},
            *m_clock);
        m_counter = std::make_unique<StoreCounter>(mc::vouchers::CounterOptions{m_dir.path(), kStore}, *m_clock);
        QVERIFY(m_counter->open());

        // Counter redemptions uploaded to the platform.
        QVERIFY(!recordAtCounter(u"matched"_s, issue(u"matched"_s, "12.00"), 1200, 10).isEmpty());
        QVERIFY(!recordAtCounter(u"refused"_s, issue(u"refused"_s, "14.00", "1002"), 1400, 10).isEmpty());
        QVERIFY(redeemElsewhere(u"two-stores-first"_s, issue(u"two-stores"_s, "16.00"), kOtherStore, 9));
        QVERIFY(!recordAtCounter(u"two-stores"_s, m_codes[u"two-stores"_s], 1600, 13).isEmpty());
        QVERIFY(!recordAtCounter(u"late"_s, issue(u"late"_s, "17.00"), 1700, 14).isEmpty());
        QVERIFY(!recordAtCounter(u"missing"_s, issue(u"missing"_s, "18.00"), 1800, 15).isEmpty());
        QVERIFY(!recordAtCounter(u"adjusted"_s, issue(u"adjusted"_s, "19.00"), 1900, 16).isEmpty());
        QVERIFY(!recordAtCounter(u"withheld"_s, issue(u"withheld"_s, "20.00"), 2000, 17).isEmpty());
        m_counter->setPlatformClient(m_client.get());
        QCOMPARE(waitUploaded(m_serials[u"matched"_s]), UploadState::Confirmed);
        QCOMPARE(waitUploaded(m_serials[u"refused"_s]), UploadState::Refused);
        QCOMPARE(waitUploaded(m_serials[u"two-stores"_s]), UploadState::Conflict);
        for (const auto *name : {"late", "missing", "adjusted", "withheld"})
            QCOMPARE(waitUploaded(m_serials[QString::fromLatin1(name)]), UploadState::Confirmed);
        m_counter->setPlatformClient(nullptr);
        // Recorded while offline: never uploaded.
        QVERIFY(!recordAtCounter(u"pending"_s, issue(u"pending"_s, "13.00"), 1300, 18).isEmpty());
        // Another till of the same store, straight to the platform.
        QVERIFY(redeemElsewhere(u"platform-only"_s, issue(u"platform-only"_s, "15.00"), kStore, 12));
        // Another day: never part of this one.
        QVERIFY(!recordAtCounter(u"next-day"_s, issue(u"next-day"_s, "99.00"), 9900, 25).isEmpty());
        // Settlement exceptions, set on purpose.
        QVERIFY(setSettlement(u"late"_s, "late"));
        QVERIFY(setSettlement(u"missing"_s, "missing"));
        QVERIFY(!setSettlement(u"adjusted"_s, "adjusted", "500.00")); // more than the gross: refused
        QVERIFY(setSettlement(u"adjusted"_s, "adjusted", "5.00"));
        QVERIFY(setSettlement(u"withheld"_s, "withheld"));
    }

    void everyCategoryIsFoundExactly()
    {
        const DayReport r = fetchAndReport();
        QVERIFY(r.scope.day.isValid());
        QVERIFY(r.setAside.isEmpty());
        QVERIFY(!r.overflow);
        QCOMPARE(serialsOf(r, Category::Matched), named({u"matched"_s}));
        QCOMPARE(serialsOf(r, Category::PendingUpload), named({u"pending"_s}));
        QCOMPARE(serialsOf(r, Category::RefusedByPlatform), named({u"refused"_s}));
        QCOMPARE(serialsOf(r, Category::PlatformOnly), named({u"platform-only"_s}));
        QCOMPARE(serialsOf(r, Category::TwoStores), named({u"two-stores"_s}));
        QCOMPARE(serialsOf(r, Category::AmountDiffers), QStringList());
        QCOMPARE(serialsOf(r, Category::NotYetSettled), named({u"late"_s, u"missing"_s}));
        QCOMPARE(serialsOf(r, Category::SettledDifferently), named({u"adjusted"_s, u"withheld"_s}));
        QCOMPARE(r.items.size(), 9);
        for (const Item &i : r.items) {
            if (i.category == Category::NotYetSettled)
                QVERIFY(i.overdue); // due at 02:00 yesterday
            if (i.category == Category::RefusedByPlatform)
                QVERIFY2(i.detail.contains(u"store-not-allowed"_s), qPrintable(i.detail));
            if (i.category == Category::TwoStores)
                QVERIFY2(i.detail.contains(u"exhausted"_s), qPrintable(i.detail));
            if (i.category == Category::PendingUpload)
                QVERIFY(i.ageMs >= 24 * 3'600'000LL);
            if (i.category == Category::SettledDifferently) // counter, platform and settlement each tell
                QCOMPARE(i.history.size(), 3);
        }
        QCOMPARE(r.total(Category::SettledDifferently).count, 2);
        QVERIFY(r.chain.redemptionsIntact);
    }

    void totalsEqualDirectSqlSums()
    {
        const DayReport r = fetchAndReport();
        const DayScope scope{kStore, kDay};
        QString window = u"store_id = %1 AND redeemed_ms >= %2 AND redeemed_ms < %3"_s.arg(kStore).arg(
            scope.startMs()).arg(scope.endMs());
        QCOMPARE(r.sources.counterFen, ledgerSum(u"SELECT sum(face_value_fen * consume_num) FROM redemptions WHERE "_s + window));
        QCOMPARE(r.sources.counterCount, ledgerSum(u"SELECT count(*) FROM redemptions WHERE "_s + window));
        QCOMPARE(r.sources.platformFen,
                 sandboxSum(u"SELECT sum(v.face_value_fen * r.consume_num) FROM redemptions r JOIN vouchers v "
                            u"USING (voucher_id) WHERE r."_s + window.replace(u" AND redeemed_ms"_s, u" AND r.redeemed_ms"_s)));
        const QString settled = u" FROM settlements WHERE outcome <> 'missing' AND settled_ms <= "_s +
                                QString::number(m_sandbox.sandboxNowMs()) +
                                u" AND store_id = %1 AND redeemed_ms >= %2 AND redeemed_ms < %3"_s.arg(kStore)
                                    .arg(scope.startMs())
                                    .arg(scope.endMs());
        QCOMPARE(r.sources.settlementPaidFen, sandboxSum(u"SELECT sum(amount_fen)"_s + settled));
        QCOMPARE(r.sources.settlementGrossFen, sandboxSum(u"SELECT sum(gross_fen)"_s + settled));
        QCOMPARE(r.sources.settlementCount, sandboxSum(u"SELECT count(*)"_s + settled));
        // Category totals add up to the counter's and the platform's sides.
        std::int64_t counterSide = 0;
        for (const Item &i : r.items)
            if (i.category != Category::PlatformOnly)
                counterSide += i.amountFen;
        QCOMPARE(counterSide, r.sources.counterFen);
        QCOMPARE(r.total(Category::PlatformOnly).amountFen,
                 sandboxSum(u"SELECT sum(v.face_value_fen) FROM redemptions r JOIN vouchers v USING (voucher_id) "
                            u"WHERE r.serial_num = '%1'"_s.arg(m_serials[u"platform-only"_s])));
        // The differences: what was paid minus what the face value less commission would pay.
        QCOMPARE(r.total(Category::SettledDifferently).differenceFen,
                 sandboxSum(u"SELECT sum(amount_fen - (gross_fen - commission_fen)) FROM settlements WHERE "
                            u"serial_num IN ('%1', '%2')"_s.arg(m_serials[u"adjusted"_s], m_serials[u"withheld"_s])));
    }

    void tillCsvGivesTheTillCategories()
    {
        const QByteArray d = kDay.toString(Qt::ISODate).toLatin1();
        const QByteArray next = kDay.addDays(1).toString(u"yyyy/MM/dd"_s).toLatin1();
        const QByteArray csv = "\xEF\xBB\xBF日期,小票号,券码,金额\r\n" + d + " 10:01,R1," + m_codes[u"matched"_s] +
                               ",12.00\r\n" + d + " 12:02,R2," + m_codes[u"platform-only"_s] + ",16.00\r\n" + d +
                               " 19:00,R3," + issue(u"never"_s, "10.00") + ",10.00\r\n" + next + " 09:00,R4," +
                               m_codes[u"next-day"_s] + ",99.00\r\n";
        const TillImport import = parseTillCsv(csv, {}, kDay);
        QVERIFY(import.ok());
        QCOMPARE(import.rows.size(), 3);
        QCOMPARE(import.otherDays, 1);
        const DayReport r = fetchAndReport(import.rows);
        QCOMPARE(r.sources.tillFen, 3800);
        QCOMPARE(serialsOf(r, Category::AmountDiffers), named({u"platform-only"_s}));
        QCOMPARE(r.total(Category::AmountDiffers).differenceFen, 100);
        QCOMPARE(r.total(Category::TillWithoutRedemption).count, 1);
        QCOMPARE(r.total(Category::TillWithoutRedemption).amountFen, 1000);
        QCOMPARE(serialsOf(r, Category::RedemptionWithoutTill),
                 named({u"pending"_s, u"late"_s, u"missing"_s, u"adjusted"_s, u"withheld"_s}));
    }

    void commandWritesJsonCsvAndPdf()
    {
        const QStringList base{u"reconcile"_s, u"--data-dir"_s, m_dir.path(), u"--store"_s, QString::number(kStore),
                               u"--day"_s, kDay.toString(Qt::ISODate)};
        const QStringList online{u"--endpoint"_s, m_sandbox.url().toString(), u"--credentials"_s,
                                 m_sandbox.credentialsPath()};
        const auto json = mc::test::runConsole(base + online);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[u"totals"][u"matched"][u"count"].toInt(), 1);
        QCOMPARE(o[u"totals"][u"not-yet-settled"][u"amount"].toString(), u"35.00"_s);
        QCOMPARE(o[u"sources"][u"counter"][u"amount"].toString(), u"129.00"_s);
        QCOMPARE(o[u"chain"][u"redemptions_intact"].toBool(), true);
        for (const QJsonValue &item : o[u"items"].toArray())
            QCOMPARE(item[u"history"].toArray().isEmpty(), item[u"category"].toString() == u"matched"_s);

        const QString csvPath = m_dir.filePath(u"day.csv"_s);
        const auto csv = mc::test::runConsole(base + QStringList{u"--format"_s, u"csv"_s, u"--out"_s, csvPath,
                                                                 u"--lang"_s, u"zh_CN"_s});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!bytes.contains("\n\n") && bytes.count('\n') == bytes.count("\r\n"));
#if MC_TEST_WITH_UI
        QVERIFY2(bytes.contains("类别"), bytes.left(200).constData()); // Chinese headers under zh_CN
#else
        QVERIFY(bytes.contains("Category")); // a build without the UI has no translations: English
#endif

        const QString pdfPath = m_dir.filePath(u"day.pdf"_s);
        const auto pdf = mc::test::runConsole(base + QStringList{u"--format"_s, u"pdf"_s, u"--out"_s, pdfPath});
#if MC_TEST_WITH_UI
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));
#else
        QCOMPARE(pdf.exitCode, 2); // the PDF needs the UI's fonts and layout: refused, with the reason
        QVERIFY(!QFile::exists(pdfPath));
#endif

        // The head office's view: every store, with the owner's credential.
        const auto all = mc::test::runConsole({u"reconcile"_s, u"--data-dir"_s, m_dir.path(), u"--all-stores"_s,
                                               u"--day"_s, kDay.toString(Qt::ISODate), u"--endpoint"_s,
                                               m_sandbox.url().toString(), u"--credentials"_s,
                                               m_sandbox.credentialsPath()});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        const QJsonObject allStores = QJsonDocument::fromJson(all.out).object();
        QCOMPARE(allStores[u"store_id"].toString(), u"all"_s);
        // Store 1002's redemption of the voucher used up there first is another console's.
        QCOMPARE(allStores[u"sources"][u"platform"][u"count"].toInt(), 7);
        QCOMPARE(allStores[u"totals"][u"platform-only"][u"count"].toInt(), 2);
        QHash<int, QJsonObject> stores;
        for (const QJsonValue &v : allStores[u"stores"].toArray())
            stores.insert(v[u"store_id"].toInt(), v.toObject());
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores[kStore][u"items"].toInt(), 9);
        QCOMPARE(stores[kStore][u"discrepancies"].toInt(), 8);
        QCOMPARE(stores[kOtherStore][u"items"].toInt(), 1);
        QCOMPARE(stores[kOtherStore][u"signed_off"].toBool(), false);
        const auto headOfficeSignOff = mc::test::runConsole({u"reconcile"_s, u"--data-dir"_s, m_dir.path(),
                                                             u"--all-stores"_s, u"--day"_s,
                                                             kDay.toString(Qt::ISODate), u"--sign-off"_s,
                                                             u"--manager"_s, u"x"_s});
        QCOMPARE(headOfficeSignOff.exitCode, 2);

        const auto badDay = mc::test::runConsole({u"reconcile"_s, u"--data-dir"_s, m_dir.path(), u"--store"_s,
                                                  u"1001"_s, u"--day"_s, u"2026-13-01"_s});
        QCOMPARE(badDay.exitCode, 2);
    }

    void signedOffDayCannotChangeWithoutReopening()
    {
        auto close = DayClose::open(m_dir.path(), *m_clock);
        QVERIFY(close);
        DayCloseBook &book = close.value()->book();
        auto report = close.value()->report({kStore, kDay});
        QVERIFY(report);
        const QString refusedKey = u"refused:"_s + m_serials[u"refused"_s];
        QVERIFY(book.resolve(kStore, kDay, refusedKey, u"write-off"_s, u"store not allowed; customer paid cash"_s,
                             u"王经理"_s));
        QVERIFY(book.signOff(kStore, kDay, u"王经理"_s, figuresFingerprint(report.value())));
        // Locked: no resolution, no second sign-off.
        const auto locked = book.resolve(kStore, kDay, refusedKey, u"accept"_s, {}, u"李"_s);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QString::fromLatin1(kDaySignedOff));
        QVERIFY(!book.signOff(kStore, kDay, u"李"_s, {}));
        QVERIFY(!book.reopen(kStore, kDay, u"李"_s, {})); // a reason is required
        auto signedReport = close.value()->report({kStore, kDay});
        QVERIFY(signedReport.value().state.signedOff);
        QCOMPARE(signedReport.value().state.signedBy, u"王经理"_s);
        QVERIFY(!signedReport.value().changedSinceSignOff);
        QCOMPARE(signedReport.value().state.resolutions.value(refusedKey).kind, u"write-off"_s);
        // Reopened, with the reason recorded; then it can change.
        QVERIFY(book.reopen(kStore, kDay, u"李"_s, u"the till found a missing receipt"_s));
        QVERIFY(book.resolve(kStore, kDay, refusedKey, u"dispute"_s, u"ask the platform"_s, u"李"_s));
        auto state = book.state(kStore, kDay);
        QVERIFY(!state.value().signedOff);
        QCOMPARE(state.value().reopenings, 1);
        QCOMPARE(state.value().lastReopenReason, u"the till found a missing receipt"_s);
        QCOMPARE(state.value().resolutions.value(refusedKey).kind, u"dispute"_s);
        QVERIFY(book.verifyChain().valueOr(false));
        // The command refuses a resolution on a signed-off day with exit 5.
        QVERIFY(book.signOff(kStore, kDay, u"李"_s, {}));
        const auto cmd = mc::test::runConsole({u"reconcile"_s, u"--data-dir"_s, m_dir.path(), u"--store"_s,
                                               u"1001"_s, u"--day"_s, kDay.toString(Qt::ISODate), u"--resolve"_s,
                                               refusedKey + u"=accept"_s, u"--manager"_s, u"赵"_s});
        QCOMPARE(cmd.exitCode, 5);
        // Changing an entry of the day-close chain is found.
        QVERIFY(close.value()->ledger().exec(u"UPDATE day_close_log SET actor = 'someone else' WHERE seq = 2"));
        std::int64_t bad = 0;
        QCOMPARE(book.verifyChain(&bad).valueOr(true), false);
        QCOMPARE(bad, 2);
    }

    void tamperedLedgerRowIsReportedWhereTheChainBreaks()
    {
        const std::int64_t seq =
            ledgerSum(u"SELECT seq FROM redemptions WHERE id = '%1'"_s.arg(m_serials[u"adjusted"_s]));
        QVERIFY(seq > 1);
        QVERIFY(m_counter->book().database().exec(
            u"UPDATE redemptions SET face_value_fen = 100 WHERE seq = %1"_s.arg(seq)));
        const auto cmd = mc::test::runConsole({u"reconcile"_s, u"--data-dir"_s, m_dir.path(), u"--store"_s,
                                               u"1001"_s, u"--day"_s, kDay.toString(Qt::ISODate)});
        QCOMPARE(cmd.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(cmd.out).object();
        QCOMPARE(o[u"chain"][u"redemptions_intact"].toBool(), false);
        QCOMPARE(o[u"chain"][u"redemptions_first_broken_seq"].toInteger(), seq);
    }
};

QTEST_GUILESS_MAIN(TestReconcileSandbox)
#include "tst_reconcile_sandbox.moc"
