// "Test connection" against a real platform-sandbox process: each verdict the first-run
// screen can show comes from a real answer (or a real failure to connect), not a mock.
#include "app/platform/connectioncheck.h"
#include "tests/support/sandboxprocess.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace mc;
using namespace mc::test;
using namespace Qt::StringLiterals;
using Verdict = platform::ConnectionVerdict;

namespace {

platform::Credentials credentialsOf(const SandboxCredential &c)
{
    return platform::Credentials{c.appKey, c.appSecret, c.session, c.storeId};
}

Verdict check(const QUrl &endpoint, const platform::Credentials &credentials, const QByteArray &pin = {})
{
    platform::ConnectionCheck check;
    QSignalSpy finished(&check, &platform::ConnectionCheck::finished);
    check.start(platform::ConnectionCheck::optionsFor(endpoint, pin), credentials);
    if (!finished.wait(40'000))
        return Verdict{Verdict::Kind::PlatformTrouble, 0, 0, u"no verdict within 40 s"_s};
    return finished.constFirst().constFirst().value<Verdict>();
}

} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Verdict>();
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(m_sandbox.errorString()));
    }

    void connectsAsOwnerAndAsStoreManager()
    {
        const Verdict owner = check(m_sandbox.url(), credentialsOf(m_sandbox.owner()));
        QCOMPARE(owner.kind, Verdict::Kind::Connected);
        QVERIFY2(owner.stores > 0, qPrintable(owner.detail));
        QVERIFY(platform::describe(owner).contains(QString::number(owner.stores)));
        QVERIFY(!m_sandbox.stores().isEmpty());
        const Verdict store = check(m_sandbox.url(), credentialsOf(m_sandbox.stores().constFirst()));
        QCOMPARE(store.kind, Verdict::Kind::Connected);
    }

    void storeSignInOfAnotherStore()
    {
        QVERIFY(m_sandbox.stores().size() >= 2);
        platform::Credentials c = credentialsOf(m_sandbox.stores().at(0));
        c.storeId = m_sandbox.stores().at(1).storeId; // a real store, but not this sign-in's
        const Verdict v = check(m_sandbox.url(), c);
        QCOMPARE(v.kind, Verdict::Kind::OtherStore);
        QVERIFY(v.detail.contains(u"store-scope"_s));
        // The owner may name any store.
        platform::Credentials owner = credentialsOf(m_sandbox.owner());
        owner.storeId = m_sandbox.stores().at(1).storeId;
        QCOMPARE(check(m_sandbox.url(), owner).kind, Verdict::Kind::Connected);
    }

    void wrongAppKey()
    {
        platform::Credentials c = credentialsOf(m_sandbox.owner());
        c.appKey = "99999999";
        const Verdict v = check(m_sandbox.url(), c);
        QCOMPARE(v.kind, Verdict::Kind::WrongAppKey);
        QVERIFY(v.detail.contains(u"code 29"_s));
    }

    void wrongSecret()
    {
        platform::Credentials c = credentialsOf(m_sandbox.owner());
        c.appSecret = QByteArray(32, 'a');
        const Verdict v = check(m_sandbox.url(), c);
        QCOMPARE(v.kind, Verdict::Kind::WrongSecret);
        QVERIFY(v.detail.contains(u"isv.signature-mismatch"_s));
    }

    void sessionOfAnotherCredentialIsRefused()
    {
        platform::Credentials c = credentialsOf(m_sandbox.owner());
        c.session = m_sandbox.stores().constFirst().session; // a real session, not this app key's
        const Verdict v = check(m_sandbox.url(), c);
        QCOMPARE(v.kind, Verdict::Kind::SessionRefused);
        c.session = "6100deadbeef";
        QCOMPARE(check(m_sandbox.url(), c).kind, Verdict::Kind::SessionRefused);
    }

    void unknownStore()
    {
        platform::Credentials c = credentialsOf(m_sandbox.owner());
        c.storeId = 987654321;
        const Verdict v = check(m_sandbox.url(), c);
        QCOMPARE(v.kind, Verdict::Kind::UnknownStore);
    }

    void unreachablePort()
    {
        QTcpServer server; // a port that was free a moment ago, and nobody listens on it now
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const Verdict v = check(QUrl(u"http://127.0.0.1:%1/router/rest"_s.arg(port)), credentialsOf(m_sandbox.owner()));
        QCOMPARE(v.kind, Verdict::Kind::Unreachable);
    }

    void insecureEndpoint()
    {
        const Verdict v = check(QUrl(u"http://192.0.2.1/router/rest"_s), credentialsOf(m_sandbox.owner()));
        QCOMPARE(v.kind, Verdict::Kind::InsecureEndpoint);
    }

    void certificatePin()
    {
        SandboxProcess tls;
        QVERIFY2(tls.start({u"--scenario"_s, u"idle"_s, u"--tls"_s}), qPrintable(tls.errorString()));
        QCOMPARE(tls.url().scheme(), u"https"_s);
        const platform::Credentials c = credentialsOf(tls.owner());
        QCOMPARE(check(tls.url(), c, tls.tlsSha256()).kind, Verdict::Kind::Connected);
        const Verdict wrongPin = check(tls.url(), c, QByteArray(64, 'a'));
        QCOMPARE(wrongPin.kind, Verdict::Kind::CertificateMismatch);
        // Without a pin, the sandbox's self-signed certificate is not trusted either.
        QCOMPARE(check(tls.url(), c).kind, Verdict::Kind::CertificateMismatch);
    }

    void clockOffByMinutes()
    {
        // The sandbox's clock starts 37 minutes ahead of this computer's: to the client, this
        // computer is 37 minutes behind.
        SandboxProcess skewed;
        const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(37 * 60).toTimeZone(QTimeZone(8 * 3600));
        QVERIFY2(skewed.start({u"--scenario"_s, u"idle"_s, u"--start"_s, ahead.toString(u"yyyy-MM-dd HH:mm:ss"_s)}),
                 qPrintable(skewed.errorString()));
        const Verdict v = check(skewed.url(), credentialsOf(skewed.owner()));
        QCOMPARE(v.kind, Verdict::Kind::ClockOff);
        QCOMPARE(v.clockOffMinutes, 37);
        QVERIFY(platform::describe(v).contains(u"37"_s));
        QVERIFY(platform::describe(v).contains(u"behind"_s));
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connection_check.moc"
