// The store counter against a real platform-sandbox: online redemption confirmed once under
// its serial; offline redemption pending, uploaded exactly once when the platform is back;
// one single-use code redeemed offline at two stores: one Confirmed, one Conflict that
// survives a restart; a consume whose answer is lost (reset, truncated, hung, 5xx) is
// retried under the same serial and recorded once.
#include "app/core/functionclock.h"
#include "app/platform/platformclient.h"
#include "app/protocol/toptime.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/storecounter.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc::vouchers;

class TestCounterSandbox : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox;
    std::unique_ptr<mc::core::FunctionClock> m_clock;

    std::unique_ptr<mc::platform::PlatformClient> clientFor(std::int64_t storeId, int timeoutMs = 5000)
    {
        const auto credential = storeId == 0 ? std::optional(m_sandbox.owner()) : m_sandbox.store(storeId);
        mc::platform::ClientOptions options;
        options.endpoint = m_sandbox.url();
        options.endpoint.setPath(u"/router/rest"_s);
        options.maxAttempts = 1;
        options.timeoutMs = timeoutMs;
        mc::platform::Credentials c{credential->appKey, credential->appSecret, credential->session, storeId};
        // storeId 0: the owner's sign-in (head office running a store's counter)
        return std::make_unique<mc::platform::PlatformClient>(options, c, *m_clock);
    }
    QByteArray issueCode(const QByteArray &uses)
    {
        mc::test::TopCallClient owner(m_sandbox.url(), m_sandbox.owner());
        owner.setClock([this] { return m_sandbox.sandboxNowMs(); });
        const std::int64_t now = m_sandbox.sandboxNowMs();
        const auto issued = owner.call("mc.vouchers.issue", {{"face_value", "12.00"},
                                                             {"uses", uses},
                                                             {"valid_from", mc::protocol::formatTopTime(now - 3'600'000)},
                                                             {"valid_until", mc::protocol::formatTopTime(now + 86'400'000)}});
        const QJsonArray list = issued.response("mc.vouchers.issue")[u"vouchers"][u"voucher"].toArray();
        return list.isEmpty() ? QByteArray() : list[0][u"code"].toString().toLatin1();
    }
    void setFaults(const QByteArray &spec)
    {
        mc::test::TopCallClient owner(m_sandbox.url(), m_sandbox.owner());
        owner.setClock([this] { return m_sandbox.sandboxNowMs(); });
        const auto reply = owner.call("mc.admin.faults.set", {{"faults", spec}});
        QVERIFY2(!reply.isError(), reply.body.constData());
    }
    // How often the platform recorded `serial` (at `storeId`, when given).
    int platformRedemptions(const QString &serial, std::int64_t storeId = 0)
    {
        mc::test::TopCallClient owner(m_sandbox.url(), m_sandbox.owner());
        owner.setClock([this] { return m_sandbox.sandboxNowMs(); });
        const auto rows = owner.call("mc.redemptions.get", {{"page_size", "500"}})
                              .response("mc.redemptions.get")[u"redemptions"][u"redemption"]
                              .toArray();
        int n = 0;
        for (const auto &r : rows)
            n += r[u"serial_num"].toString() == serial && (storeId == 0 || r[u"store_id"].toInteger() == storeId) ? 1 : 0;
        return n;
    }
    static bool refresh(StoreCounter &counter)
    {
        QSignalSpy refreshed(&counter, &StoreCounter::platformRefreshed);
        counter.refreshFromPlatform();
        return refreshed.wait(20'000) && refreshed[0][0].toBool();
    }
    static RedemptionRecord redeem(StoreCounter &counter, const QByteArray &code)
    {
        QSignalSpy finished(&counter, &CounterService::redemptionFinished);
        counter.redeem(code, u"tester"_s);
        if (finished.size() != 1 || !finished[0][1].toBool())
            return {};
        return finished[0][2].value<RedemptionRecord>();
    }
    static UploadState waitSettled(StoreCounter &counter, const QString &serial, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto r = counter.book().find(serial);
            if (r && r.value().state != UploadState::Pending)
                return r.value().state;
            QTest::qWait(100);
        }
        return UploadState::Pending;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<mc::core::FunctionClock>([this] { return m_sandbox.sandboxNowMs(); });
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        // Restart on the same port, so that a counter's client finds the platform again.
        const QString listen = u"127.0.0.1:"_s + QString::number(m_sandbox.url().port());
        QVERIFY(m_sandbox.stop());
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s, u"--listen"_s, listen}),
                 qPrintable(m_sandbox.errorString()));
    }

    void onlineRedemptionIsConfirmedOnce()
    {
        QTemporaryDir dir;
        auto client = clientFor(1001);
        StoreCounter counter({dir.path(), 1001}, *m_clock, client.get());
        QVERIFY(counter.open());
        QVERIFY(refresh(counter));
        QVERIFY(counter.keyCount() >= 1);
        const QByteArray code = issueCode("1");
        QVERIFY(!code.isEmpty());
        const RedemptionRecord record = redeem(counter, code);
        QVERIFY(!record.serial.isEmpty());
        QCOMPARE(waitSettled(counter, record.serial, 20'000), UploadState::Confirmed);
        QCOMPARE(platformRedemptions(record.serial), 1);
        // Known as used, here and after the platform's records are synced again.
        QVERIFY(refresh(counter));
        QCOMPARE(counter.verifyNow(code).refusal, Refusal::UsedUp);
    }

    void offlineRedemptionIsUploadedOnceWhenBack()
    {
        QTemporaryDir dir;
        auto client = clientFor(1001);
        CounterOptions options{dir.path(), 1001, 500, 2000};
        StoreCounter counter(options, *m_clock, client.get());
        QVERIFY(counter.open());
        QVERIFY(refresh(counter));
        const QByteArray code = issueCode("1");
        QVERIFY(m_sandbox.stop());
        const RedemptionRecord record = redeem(counter, code);
        QVERIFY(!record.serial.isEmpty());
        QSignalSpy updated(&counter, &CounterService::redemptionUpdated);
        QVERIFY(updated.wait(15'000));
        QCOMPARE(counter.book().find(record.serial).value().state, UploadState::Pending);
        QVERIFY(counter.book().find(record.serial).value().attempts >= 1);
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(waitSettled(counter, record.serial, 30'000), UploadState::Confirmed);
        QCOMPARE(platformRedemptions(record.serial), 1);
    }

    void headOfficeRunsAStoresCounterWithTheOwnersSignIn()
    {
        QTemporaryDir dir;
        auto owner = clientFor(0);
        StoreCounter counter({dir.path(), 1002}, *m_clock, owner.get());
        QVERIFY(counter.open());
        QVERIFY(refresh(counter));
        const QByteArray code = issueCode("1");
        const RedemptionRecord record = redeem(counter, code);
        QVERIFY(!record.serial.isEmpty());
        QCOMPARE(record.storeId, 1002);
        QCOMPARE(waitSettled(counter, record.serial, 20'000), UploadState::Confirmed);
        QCOMPARE(platformRedemptions(record.serial, 1002), 1);
    }

    void networkFaultMidConsumeIsRetriedWithTheSameSerial_data()
    {
        QTest::addColumn<QByteArray>("fault");
        // Executed by the platform, answer lost: the retry must not redeem a second time.
        QTest::newRow("reset after execution") << QByteArray("reset=1");
        QTest::newRow("truncated answer") << QByteArray("truncate=1");
        QTest::newRow("hung answer (client timeout)") << QByteArray("hang=1");
        // Refused before execution: the retry is the first redemption.
        QTest::newRow("503 service unavailable") << QByteArray("error=1");
        QTest::newRow("remote service error") << QByteArray("remote_error=1");
    }
    void networkFaultMidConsumeIsRetriedWithTheSameSerial()
    {
        QFETCH(QByteArray, fault);
        QTemporaryDir dir;
        auto client = clientFor(1001, 1500);
        StoreCounter counter(CounterOptions{dir.path(), 1001, 300, 1000}, *m_clock, client.get());
        QVERIFY(counter.open());
        QVERIFY(refresh(counter));
        const QByteArray code = issueCode("2"); // two uses: a second redemption would be accepted
        QVERIFY(!code.isEmpty());
        setFaults("taobao.vmarket.eticket.auth.consume:" + fault + ",count=2");
        const RedemptionRecord record = redeem(counter, code);
        QVERIFY(!record.serial.isEmpty());
        const UploadState settled = waitSettled(counter, record.serial, 30'000);
        setFaults("off");
        QCOMPARE(settled, UploadState::Confirmed);
        const RedemptionRecord after = counter.book().find(record.serial).value();
        QVERIFY2(after.attempts >= 3, qPrintable(u"attempts: %1"_s.arg(after.attempts))); // two faults, then the answer
        QCOMPARE(platformRedemptions(record.serial), 1);
        // One use left on the platform: exactly one was recorded under any serial.
        QVERIFY(refresh(counter));
        const VoucherVerdict verdict = counter.verifyNow(code);
        QVERIFY(verdict.accepted());
        QCOMPARE(verdict.terms.usesLeft, 1);
    }

    void sameCodeAtTwoStoresOfflineGivesOneConflict()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        auto clientA = clientFor(1001);
        auto clientB = clientFor(1002);
        auto a = std::make_unique<StoreCounter>(CounterOptions{dirA.path(), 1001, 500, 2000}, *m_clock, clientA.get());
        auto b = std::make_unique<StoreCounter>(CounterOptions{dirB.path(), 1002, 500, 2000}, *m_clock, clientB.get());
        QVERIFY(a->open() && b->open());
        QVERIFY(refresh(*a) && refresh(*b));
        const QByteArray code = issueCode("1");
        QVERIFY(m_sandbox.stop());
        const RedemptionRecord atA = redeem(*a, code);
        const RedemptionRecord atB = redeem(*b, code);
        QVERIFY(!atA.serial.isEmpty() && !atB.serial.isEmpty());
        QSignalSpy alerts(a.get(), &CounterService::alert);
        QSignalSpy alertsB(b.get(), &CounterService::alert);
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        const UploadState sa = waitSettled(*a, atA.serial, 30'000);
        const UploadState sb = waitSettled(*b, atB.serial, 30'000);
        QVERIFY((sa == UploadState::Confirmed && sb == UploadState::Conflict) ||
                (sa == UploadState::Conflict && sb == UploadState::Confirmed));
        QCOMPARE(alerts.size() + alertsB.size(), 1);
        const bool aLost = sa == UploadState::Conflict;
        const QString lostSerial = aLost ? atA.serial : atB.serial;
        const QString lostDir = aLost ? dirA.path() : dirB.path();
        const std::int64_t lostStore = aLost ? 1001 : 1002;
        QCOMPARE(platformRedemptions(aLost ? atB.serial : atA.serial), 1);
        QCOMPARE(platformRedemptions(lostSerial), 0);
        // Restart the losing counter: the conflict is still there, and the code is used up.
        (aLost ? a : b).reset();
        StoreCounter again({lostDir, lostStore}, *m_clock);
        QVERIFY(again.open());
        QCOMPARE(again.book().find(lostSerial).value().state, UploadState::Conflict);
        QCOMPARE(again.verifyNow(code).refusal, Refusal::UsedUp);
        QVERIFY(again.book().verifyChain().valueOr(false));
    }
};

QTEST_GUILESS_MAIN(TestCounterSandbox)
#include "tst_counter_sandbox.moc"
