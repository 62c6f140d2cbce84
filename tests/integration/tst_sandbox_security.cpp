// Admission of calls: every sign method accepted (also when curl signs with the openssl
// command line), every malformed, unsigned, wrongly signed, stale or replayed call refused
// with its documented error_response, store-manager credentials kept to their store, rate
// limits with error 7 and HTTP 429; and the server keeps serving throughout.
#include "app/protocol/toptime.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testdata.h"
#include "tests/support/topcallclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using mc::protocol::Parameters;
using mc::protocol::SignMethod;

class TestSandboxSecurity : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox;
    std::unique_ptr<mc::test::TopCallClient> m_client;

    Parameters goodCall(const QByteArray &method = "mc.locations.get")
    {
        return m_client->signedParameters(method, {});
    }
    void expectRefused(const mc::test::TopReply &reply, int code, const QString &subCode, int httpStatus)
    {
        QVERIFY2(reply.isError(), reply.body.constData());
        QCOMPARE(reply.errorCode(), code);
        if (!subCode.isEmpty())
            QCOMPARE(reply.subCode(), subCode);
        QCOMPARE(reply.httpStatus, httpStatus);
        QVERIFY(!reply.error()[u"request_id"].toString().isEmpty());
        QVERIFY(!reply.error()[u"msg"].toString().isEmpty());
    }
    void expectStillServing()
    {
        const auto reply = m_client->call("mc.locations.get");
        QVERIFY2(!reply.isError() && reply.httpStatus == 200, reply.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_client = std::make_unique<mc::test::TopCallClient>(m_sandbox.url(), m_sandbox.owner());
        m_client->setClock([this] { return m_sandbox.sandboxNowMs(); });
    }

    void cleanup() { expectStillServing(); }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    void everySignMethodIsAccepted_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("md5") << int(SignMethod::Md5);
        QTest::newRow("hmac") << int(SignMethod::HmacMd5);
        QTest::newRow("hmac-sha256") << int(SignMethod::HmacSha256);
    }

    void everySignMethodIsAccepted()
    {
        QFETCH(int, method);
        m_client->setSignMethod(static_cast<SignMethod>(method));
        const auto reply = m_client->call("mc.locations.get");
        m_client->setSignMethod(SignMethod::HmacSha256);
        QVERIFY2(!reply.isError(), reply.body.constData());
        QVERIFY(!reply.header("Date").isEmpty());
    }

    void curlSignedWithOpensslIsAccepted_data()
    {
        QTest::addColumn<QString>("signMethod");
        QTest::newRow("hmac-sha256") << u"hmac-sha256"_s;
        QTest::newRow("hmac") << u"hmac"_s;
        QTest::newRow("md5") << u"md5"_s;
    }

    void curlSignedWithOpensslIsAccepted()
    {
        QFETCH(QString, signMethod);
        QProcess curl;
        const auto &owner = m_sandbox.owner();
        curl.start(u"bash"_s,
                   {QString(qEnvironmentVariable("MC_SOURCE_DIR") + u"/tests/integration/curl_signed_call.sh"),
                    m_sandbox.url().toString(), QString::fromLatin1(owner.appKey), QString::fromLatin1(owner.appSecret),
                    QString::fromLatin1(owner.session), u"taobao.item.seller.get"_s, signMethod,
                    u"num_iid=600000000001"_s, u"fields=num_iid,title,nick,price,num"_s});
        QVERIFY(curl.waitForFinished(30'000));
        const QByteArray out = curl.readAllStandardOutput();
        QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
        const QJsonObject item = QJsonDocument::fromJson(out).object()[u"item_seller_get_response"][u"item"].toObject();
        QVERIFY2(item[u"num_iid"].toInteger() == 600000000001LL, out.constData());
    }

    void wrongSignatureIsRefused()
    {
        Parameters p = goodCall();
        p["sign"] = QByteArray(p["sign"].size(), '0');
        expectRefused(m_client->send(p), 25, u"isv.signature-mismatch"_s, 401);
        Parameters tampered = goodCall();
        tampered["extra"] = "added after signing";
        expectRefused(m_client->send(tampered), 25, u"isv.signature-mismatch"_s, 401);
        Parameters otherSecret = goodCall();
        otherSecret["sign"] = mc::protocol::sign(otherSecret, "not-the-secret", SignMethod::HmacSha256);
        expectRefused(m_client->send(otherSecret), 25, u"isv.signature-mismatch"_s, 401);
    }

    void missingSystemParameters_data()
    {
        QTest::addColumn<QByteArray>("drop");
        QTest::addColumn<int>("code");
        QTest::newRow("method") << QByteArray("method") << 21;
        QTest::newRow("sign") << QByteArray("sign") << 24;
        QTest::newRow("app_key") << QByteArray("app_key") << 28;
        QTest::newRow("timestamp") << QByteArray("timestamp") << 30;
        QTest::newRow("v") << QByteArray("v") << 32;
        QTest::newRow("session") << QByteArray("session") << 26;
    }

    void missingSystemParameters()
    {
        QFETCH(QByteArray, drop);
        QFETCH(int, code);
        Parameters p = goodCall();
        p.erase(drop);
        p.erase("sign");
        if (drop != "sign")
            p["sign"] = mc::protocol::sign(p, m_sandbox.owner().appSecret, SignMethod::HmacSha256);
        const auto reply = m_client->send(p);
        expectRefused(reply, code, {}, code >= 24 && code <= 29 ? 401 : 200);
    }

    void invalidSystemParameters_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("subCode");
        QTest::newRow("unknown method") << QByteArray("method") << QByteArray("taobao.no.such.method") << 22
                                        << QString();
        QTest::newRow("unknown app key") << QByteArray("app_key") << QByteArray("11111111") << 29 << QString();
        QTest::newRow("other session") << QByteArray("session") << QByteArray("6100deadbeef") << 27
                                       << u"isv.invalid-session"_s;
        QTest::newRow("xml format") << QByteArray("format") << QByteArray("xml") << 23 << QString();
        QTest::newRow("version 1.0") << QByteArray("v") << QByteArray("1.0") << 34 << QString();
        QTest::newRow("sign method") << QByteArray("sign_method") << QByteArray("sha1") << 41
                                     << u"isv.invalid-parameter:sign_method"_s;
        QTest::newRow("timestamp format")
            << QByteArray("timestamp") << QByteArray("1700000000000") << 31 << u"isv.invalid-timestamp-format"_s;
        QTest::newRow("nonce format") << QByteArray("nonce") << QByteArray("short") << 41
                                      << u"isv.invalid-parameter:nonce"_s;
    }

    void invalidSystemParameters()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(int, code);
        QFETCH(QString, subCode);
        Parameters p = goodCall();
        p[key] = value;
        p.erase("sign");
        p["sign"] = mc::protocol::sign(p, m_sandbox.owner().appSecret, SignMethod::HmacSha256);
        expectRefused(m_client->send(p), code, subCode, code >= 24 && code <= 29 ? 401 : 200);
    }

    void staleOrFutureTimestampIsRefused_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::newRow("11 minutes old") << qint64(-11 * 60'000);
        QTest::newRow("11 minutes ahead") << qint64(11 * 60'000);
    }

    void staleOrFutureTimestampIsRefused()
    {
        QFETCH(qint64, offsetMs);
        m_client->setClock([this, offsetMs] { return m_sandbox.sandboxNowMs() + offsetMs; });
        const auto reply = m_client->call("mc.locations.get");
        m_client->setClock([this] { return m_sandbox.sandboxNowMs(); });
        expectRefused(reply, 31, u"isv.timestamp-out-of-window"_s, 200);
        // Nine minutes off is still inside the window.
        m_client->setClock([this, offsetMs] { return m_sandbox.sandboxNowMs() + offsetMs / 11 * 9; });
        const auto inside = m_client->call("mc.locations.get");
        m_client->setClock([this] { return m_sandbox.sandboxNowMs(); });
        QVERIFY2(!inside.isError(), inside.body.constData());
    }

    void replayedNonceIsRefused()
    {
        const Parameters p = goodCall();
        QVERIFY(!m_client->send(p).isError());
        expectRefused(m_client->send(p), 25, u"isv.nonce-replayed"_s, 401);
    }

    void oversizedBodyIsRefused()
    {
        Parameters p = goodCall();
        QByteArray body = mc::test::TopCallClient::formEncode(p) + "&padding=" + QByteArray(1536 * 1024, 'x');
        expectRefused(m_client->postRaw(body), 41, u"isv.request-too-large"_s, 413);
    }

    void malformedEncodingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("subCode");
        QTest::newRow("invalid UTF-8") << QByteArray("title=%FF%FE") << 47 << u"isv.invalid-encoding"_s;
        QTest::newRow("overlong UTF-8") << QByteArray("title=%C0%AF") << 47 << u"isv.invalid-encoding"_s;
        QTest::newRow("bad escape") << QByteArray("title=%ZZ") << 41 << u"isv.invalid-encoding"_s;
        QTest::newRow("duplicate key") << QByteArray("v=2.0") << 41 << u"isv.duplicate-parameter"_s;
    }

    void malformedEncodingIsRefused()
    {
        QFETCH(QByteArray, extra);
        QFETCH(int, code);
        QFETCH(QString, subCode);
        const QByteArray body = mc::test::TopCallClient::formEncode(goodCall()) + '&' + extra;
        expectRefused(m_client->postRaw(body), code, subCode, 200);
    }

    void otherContentTypeAndPathAreRefused()
    {
        const QByteArray body = mc::test::TopCallClient::formEncode(goodCall());
        expectRefused(m_client->postRaw(body, "application/json"), 41, u"isv.unsupported-content-type"_s, 200);
        QUrl other = m_sandbox.url();
        other.setPath(u"/other"_s);
        m_client->setUrl(other);
        const auto reply = m_client->call("mc.locations.get");
        m_client->setUrl(m_sandbox.url());
        expectRefused(reply, 22, u"isv.unknown-path"_s, 404);
    }

    void storeManagerStaysInItsStore()
    {
        const auto store = m_sandbox.store(1007);
        QVERIFY(store);
        mc::test::TopCallClient manager(m_sandbox.url(), *store);
        manager.setClock([this] { return m_sandbox.sandboxNowMs(); });
        QVERIFY(!manager.call("mc.locations.get").isError());
        expectRefused(manager.call("taobao.tmc.messages.consume"), 12, u"isv.permission-denied:owner-only"_s, 200);
        expectRefused(manager.call("mc.state.digest"), 12, u"isv.permission-denied:owner-only"_s, 200);

        const auto item = manager.call("taobao.item.seller.get", {{"num_iid", "600000000001"}});
        const QByteArray sku = QByteArray::number(
            item.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"][0][u"sku_id"].toInteger());
        const Parameters write{{"num_iid", "600000000001"}, {"sku_id", sku}, {"quantity", "9"}};
        expectRefused(manager.call("taobao.item.quantity.update", write), 12, u"isv.permission-denied:store-scope"_s,
                      200);
        Parameters elsewhere = write;
        elsewhere["location_id"] = "1008";
        expectRefused(manager.call("taobao.item.quantity.update", elsewhere), 12,
                      u"isv.permission-denied:store-scope"_s, 200);
        Parameters own = write;
        own["location_id"] = "1007";
        const auto ok = manager.call("taobao.item.quantity.update", own);
        QVERIFY2(!ok.isError(), ok.body.constData());

        const auto levels = manager.call("mc.stock.levels.get", {{"page_size", "500"}});
        const QJsonArray rows = levels.response("mc.stock.levels.get")[u"stock_levels"][u"stock_level"].toArray();
        QVERIFY(!rows.isEmpty());
        for (const auto &l : rows)
            QCOMPARE(l[u"location_id"].toInteger(), 1007);
        expectRefused(manager.call("mc.stock.levels.get", {{"location_id", "1000"}}), 12,
                      u"isv.permission-denied:store-scope"_s, 200);
        // Another store's app key with this store's session is no session at all.
        mc::test::SandboxCredential mixed = *store;
        mixed.session = m_sandbox.store(1008)->session;
        manager.setCredential(mixed);
        expectRefused(manager.call("mc.locations.get"), 27, u"isv.invalid-session"_s, 401);
    }

    void rateLimitBansWithError7AndRetryAfter()
    {
        QVERIFY(!m_client->call("mc.admin.ratelimit.set", {{"rate_limit", "app=5/60"}}).isError());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_client->call("mc.locations.get").isError());
        const auto banned = m_client->call("mc.locations.get");
        expectRefused(banned, 7, u"accesscontrol.limited-by-app-access-count"_s, 429);
        const int retryAfter = banned.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(banned.error()[u"sub_msg"].toString(), u"This ban will last for %1 more seconds"_s.arg(retryAfter));
        // Sandbox controls (mc.admin.*) are never rate limited: lift the limit again.
        const auto lifted = m_client->call("mc.admin.ratelimit.set", {{"rate_limit", "off"}});
        QVERIFY2(!lifted.isError(), lifted.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSecurity)
#include "tst_sandbox_security.moc"
