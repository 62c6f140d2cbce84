// The client's transport checks against a real platform-sandbox process: the certificate pin
// is compared on every connection (a certificate a trusted CA signed is refused when it is
// not the pinned one), plain http:// to another computer is refused before any connection,
// and a response larger than the configured cap is aborted.
#include "app/platform/credentials.h"
#include "app/platform/platformclient.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mc;
using namespace mc::test;
using namespace Qt::StringLiterals;
using Kind = platform::PlatformError::Kind;

namespace {

platform::CallOutcome callAndWait(platform::PlatformClient &client, const QByteArray &method,
                                  protocol::Parameters params = {})
{
    platform::CallOutcome result;
    result.error = platform::PlatformError{Kind::Timeout, 0, {}, u"no answer"_s, 0, 0};
    QEventLoop loop;
    client.callRaw(method, std::move(params), [&](const platform::CallOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

platform::ClientOptions optionsFor(const QUrl &endpoint)
{
    platform::ClientOptions options;
    options.endpoint = endpoint;
    options.timeoutMs = 5'000;
    options.backoffBaseMs = 50;
    options.backoffCapMs = 200;
    return options;
}

QString errorOf(const platform::CallOutcome &outcome)
{
    return outcome.error ? outcome.error->toString() : u"(no error)"_s;
}

bool runOpenssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(u' ') << "failed:" << p.readAllStandardError();
        return false;
    }
    return true;
}

// A test CA and a leaf for 127.0.0.1 it signed, written where the sandbox looks for its
// identity (DIR/tls/certificate.pem, private-key.pem). Returns the CA certificate.
QSslCertificate makeCaSignedIdentity(const QString &sandboxDir, const QString &workDir)
{
    QFile ext(QDir(workDir).filePath(u"leaf.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return QSslCertificate();
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QString tls = QDir(sandboxDir).filePath(u"tls"_s);
    QDir().mkpath(tls);
    const QString leafPem = QDir(tls).filePath(u"certificate.pem"_s);
    const QString leafKey = QDir(tls).filePath(u"private-key.pem"_s);
    const QStringList ec{u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                         u"-out"_s};
    if (!runOpenssl(workDir, ec + QStringList{u"ca.key"_s}) ||
        !runOpenssl(workDir, {u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, u"ca.key"_s, u"-sha256"_s, u"-days"_s,
                              u"30"_s, u"-subj"_s, u"/CN=Merchant Console test CA"_s, u"-addext"_s,
                              u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                              u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-out"_s, u"ca.pem"_s}) ||
        !runOpenssl(workDir, ec + QStringList{leafKey}) ||
        !runOpenssl(workDir, {u"req"_s, u"-new"_s, u"-key"_s, leafKey, u"-subj"_s, u"/CN=localhost"_s, u"-out"_s,
                              u"leaf.csr"_s}) ||
        !runOpenssl(workDir, {u"x509"_s, u"-req"_s, u"-in"_s, u"leaf.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                              u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"30"_s, u"-sha256"_s, u"-extfile"_s,
                              u"leaf.ext"_s, u"-out"_s, leafPem}))
        return QSslCertificate();
    QFile ca(QDir(workDir).filePath(u"ca.pem"_s));
    return ca.open(QIODevice::ReadOnly) ? QSslCertificate(ca.readAll()) : QSslCertificate();
}

// An address of this computer that is not loopback, or a null address.
QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a;
    return {};
}

} // namespace

class TestPlatformTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinIsComparedOnEveryConnection()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QSKIP("the openssl command is needed to make a test CA");
        QTemporaryDir work;
        SandboxProcess sandbox;
        const QSslCertificate ca = makeCaSignedIdentity(sandbox.dataDir(), work.path());
        QVERIFY(!ca.isNull());
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--tls"_s}), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.url().scheme() == u"https"_s);
        const auto owner = platform::loadCredentialsFile(sandbox.credentialsPath());
        QVERIFY(owner);

        // The CA is trusted: without a pin the certificate is good, and so with its own pin,
        // also over a kept-alive connection (no new handshake).
        platform::ClientOptions options = optionsFor(sandbox.url());
        options.caCertificates = {ca};
        {
            platform::PlatformClient client(options, owner.value(), core::SystemClock::instance());
            const auto ok = callAndWait(client, "mc.locations.get");
            QVERIFY2(ok.ok(), qPrintable(errorOf(ok)));
        }
        options.pinnedSha256 = sandbox.tlsSha256().toUpper(); // case does not matter
        {
            platform::PlatformClient client(options, owner.value(), core::SystemClock::instance());
            for (int i = 0; i < 3; ++i) {
                const auto ok = callAndWait(client, "mc.locations.get");
                QVERIFY2(ok.ok(), qPrintable(errorOf(ok)));
            }
        }

        // A valid, CA-signed certificate that is not the pinned one: refused at once, not retried.
        options.pinnedSha256 = QByteArray(64, 'a');
        platform::PlatformClient client(options, owner.value(), core::SystemClock::instance());
        QSignalSpy refused(&client, &platform::PlatformClient::refused);
        const auto wrong = callAndWait(client, "mc.locations.get");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error->kind, Kind::Tls);
        QVERIFY2(wrong.error->message.contains(u"certificate mismatch"_s), qPrintable(errorOf(wrong)));
        QVERIFY2(wrong.error->message.contains(QString::fromLatin1(sandbox.tlsSha256())), qPrintable(errorOf(wrong)));
        QCOMPARE(wrong.attempts, 1);
        QVERIFY(wrong.error->needsUser());
        QCOMPARE(refused.count(), 1);
    }

    void plainHttpToAnotherComputerIsRefusedWithoutConnecting()
    {
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://127.0.0.1:8080/router/rest"_s)).ok(), true);
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://127.12.0.9/router/rest"_s)).ok(), true);
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://[::1]:80/router/rest"_s)).ok(), true);
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://LocalHost/router/rest"_s)).ok(), true);
        QCOMPARE(platform::checkEndpoint(QUrl(u"https://gw.example/router/rest"_s)).ok(), true);
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://gw.example/router/rest"_s)).ok(), false);
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://127.0.0.1.example/router/rest"_s)).ok(), false);
        QCOMPARE(platform::checkEndpoint(QUrl(u"http://10.1.2.3/router/rest"_s)).ok(), false);
        QCOMPARE(platform::checkEndpoint(QUrl(u"ftp://127.0.0.1/router/rest"_s)).ok(), false);

        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            QSKIP("this computer has no non-loopback IPv4 address to listen on");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::AnyIPv4));
        const QUrl endpoint(u"http://%1:%2/router/rest"_s.arg(address.toString()).arg(server.serverPort()));

        platform::Credentials credentials{"12345678", "secret", "session", 0};
        platform::PlatformClient client(optionsFor(endpoint), credentials, core::SystemClock::instance());
        QSignalSpy refused(&client, &platform::PlatformClient::refused);
        const auto outcome = callAndWait(client, "mc.locations.get");
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error->kind, Kind::Tls);
        QVERIFY2(outcome.error->message.contains(u"refusing plain http://"_s), qPrintable(errorOf(outcome)));
        QCOMPARE(client.requestsSent(), 0);
        QCOMPARE(refused.count(), 1);

        // The console refuses it at start, as a usage error.
        QTemporaryDir dir;
        QFile file(dir.filePath(u"credentials.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"owner":{"app_key":"12345678","app_secret":"secret","session":"s"}})");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
        const CommandResult r =
            runConsole({u"sync"_s, u"--data-dir"_s, dir.filePath(u"data"_s), u"--endpoint"_s, endpoint.toString(),
                        u"--credentials"_s, file.fileName(), u"--once"_s, u"--timeout-ms"_s, u"2000"_s},
                       30'000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("refusing plain http://"), r.err.constData());

        QTest::qWait(200);
        QVERIFY2(!server.hasPendingConnections(), "something connected to the non-loopback address");
    }

    void responsesLargerThanTheCapAreAborted()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(sandbox.errorString()));
        const auto owner = platform::loadCredentialsFile(sandbox.credentialsPath());
        QVERIFY(owner);
        const protocol::Parameters page{{"page_no", "1"}, {"page_size", "100"}};

        platform::ClientOptions options = optionsFor(sandbox.url());
        QCOMPARE(options.maxResponseBytes, 64LL * 1024 * 1024); // the default
        platform::PlatformClient roomy(options, owner.value(), core::SystemClock::instance());
        const auto full = callAndWait(roomy, "taobao.items.onsale.get", page);
        QVERIFY2(full.ok(), qPrintable(errorOf(full)));
        QVERIFY2(full.raw.size() > 8 * 1024, qPrintable(u"only %1 bytes"_s.arg(full.raw.size())));

        options.maxResponseBytes = 4 * 1024;
        platform::PlatformClient capped(options, owner.value(), core::SystemClock::instance());
        const auto tooLarge = callAndWait(capped, "taobao.items.onsale.get", page);
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error->kind, Kind::TooLarge);
        QVERIFY2(tooLarge.error->message.contains(u"response too large"_s), qPrintable(errorOf(tooLarge)));
        QCOMPARE(tooLarge.attempts, 1); // the same request would only be too large again
        // A small answer still passes under the same cap.
        const auto small = callAndWait(capped, "taobao.items.onsale.get", {{"page_no", "1"}, {"page_size", "1"}});
        QVERIFY2(small.ok(), qPrintable(errorOf(small)));
    }
};

QTEST_GUILESS_MAIN(TestPlatformTransport)
#include "tst_platform_transport.moc"
