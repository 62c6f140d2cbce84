// The sandbox's own state over its lifetime: TLS pinned by fingerprint, vouchers signed with
// Ed25519 and redeemed idempotently, campaigns with versions, the state digest (call and
// command agree), restarts that continue where they stopped, kill -9, and seeded history.
#include "app/protocol/toptime.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;
using mc::protocol::formatTopTime;

namespace {
// Verifies an Ed25519 signature with OpenSSL directly, independent of the sandbox's code.
bool ed25519Verifies(const QByteArray &publicRaw, const QByteArray &message, const QByteArray &signature)
{
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(publicRaw.constData()),
                                                static_cast<size_t>(publicRaw.size()));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = key && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char *>(message.constData()),
                                     static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}
} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox;
    std::unique_ptr<mc::test::TopCallClient> m_client;
    QList<QJsonObject> m_vouchers;

    std::unique_ptr<mc::test::TopCallClient> clientFor(const mc::test::SandboxCredential &credential)
    {
        auto client = std::make_unique<mc::test::TopCallClient>(m_sandbox.url(), credential);
        client->setClock([this] { return m_sandbox.sandboxNowMs(); });
        QFile pem(m_sandbox.dataDir() + u"/tls/certificate.pem"_s);
        if (pem.open(QIODevice::ReadOnly))
            client->pinCertificate(QSslCertificate(pem.readAll()), m_sandbox.tlsSha256());
        return client;
    }
    QJsonObject digestCall()
    {
        QJsonObject digest = m_client->call("mc.state.digest").response("mc.state.digest");
        digest.remove(u"request_id"_s);
        return digest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--tls"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        QCOMPARE(m_sandbox.url().scheme(), u"https"_s);
        m_client = clientFor(m_sandbox.owner());
    }

    void cleanupTestCase()
    {
        if (m_sandbox.isRunning())
            QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void tlsWithThePinnedCertificate()
    {
        QFile pem(m_sandbox.dataDir() + u"/tls/certificate.pem"_s);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(pem.readAll());
        QCOMPARE(certificate.digest(QCryptographicHash::Sha256).toHex(), m_sandbox.tlsSha256());
        const auto reply = m_client->call("mc.locations.get");
        QVERIFY2(!reply.isError() && reply.networkError == QNetworkReply::NoError, reply.body.constData());
        // Without trusting that certificate, the handshake fails: nothing is turned off.
        mc::test::TopCallClient stranger(m_sandbox.url(), m_sandbox.owner());
        stranger.setClock([this] { return m_sandbox.sandboxNowMs(); });
        const auto refused = stranger.call("mc.locations.get");
        QCOMPARE(refused.networkError, QNetworkReply::SslHandshakeFailedError);
    }

    void voucherKeysAndIssuing()
    {
        const auto keys = m_client->call("mc.voucher.keys.get");
        const QJsonArray list = keys.response("mc.voucher.keys.get")[u"keys"][u"key"].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"algorithm"].toString(), u"ed25519"_s);
        const QByteArray publicKey = QByteArray::fromBase64(list[0][u"public_key"].toString().toLatin1());
        QCOMPARE(publicKey.size(), 32);

        const std::int64_t now = m_sandbox.sandboxNowMs();
        const auto issued = m_client->call("mc.vouchers.issue", {{"campaign_id", "c-1111"},
                                                                 {"face_value", "50.00"},
                                                                 {"uses", "2"},
                                                                 {"valid_from", formatTopTime(now - 3'600'000)},
                                                                 {"valid_until", formatTopTime(now + 86'400'000)},
                                                                 {"store_ids", "1001,1002"},
                                                                 {"quantity", "3"}});
        QVERIFY2(!issued.isError(), issued.body.constData());
        const QJsonArray vouchers = issued.response("mc.vouchers.issue")[u"vouchers"][u"voucher"].toArray();
        QCOMPARE(vouchers.size(), 3);
        for (const auto &v : vouchers) {
            m_vouchers.append(v.toObject());
            const QList<QByteArray> parts = v[u"code"].toString().toLatin1().split('.');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts[0], QByteArray("MCV1"));
            const auto opts = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
            const QByteArray payload = QByteArray::fromBase64(parts[1], opts);
            QVERIFY(ed25519Verifies(publicKey, payload, QByteArray::fromBase64(parts[2], opts)));
            const QJsonObject terms = QJsonDocument::fromJson(payload).object();
            QCOMPARE(terms[u"vid"].toString(), v[u"voucher_id"].toString());
            QCOMPARE(terms[u"fv"].toString(), u"50.00"_s);
            QCOMPARE(terms[u"stores"].toArray().size(), 2);
        }
        const auto store = m_sandbox.store(1001);
        QCOMPARE(clientFor(*store)->call("mc.vouchers.issue", {{"face_value", "1.00"}}).errorCode(), 12);
        QCOMPARE(m_client->call("mc.vouchers.issue", {{"face_value", "1.00"}}).subCode(),
                 u"isv.missing-parameter:valid_until"_s);
    }

    void redemptionIsIdempotentBySerialNumber()
    {
        QVERIFY(!m_vouchers.isEmpty());
        const QByteArray code = m_vouchers[0][u"code"].toString().toLatin1();
        auto manager = clientFor(*m_sandbox.store(1001));
        const mc::protocol::Parameters redeem{{"verify_code", code},
                                              {"consume_num", "1"},
                                              {"storeid", "1001"},
                                              {"operatorid", "clerk-7"},
                                              {"serial_num", "0190f3c4-aaaa-7000-8000-000000000001"}};
        const auto first = manager->call("taobao.vmarket.eticket.auth.consume", redeem);
        QVERIFY2(!first.isError(), first.body.constData());
        const QJsonObject answer = first.response("taobao.vmarket.eticket.auth.consume");
        QCOMPARE(answer[u"ret_code"].toInt(), 1);
        QCOMPARE(answer[u"left_num"].toInt(), 1);
        const auto again = manager->call("taobao.vmarket.eticket.auth.consume", redeem);
        QCOMPARE(again.response("taobao.vmarket.eticket.auth.consume")[u"left_num"].toInt(), 1);
        QCOMPARE(again.response("taobao.vmarket.eticket.auth.consume")[u"redeemed"], answer[u"redeemed"]);

        auto conflicting = redeem;
        conflicting["consume_num"] = "2";
        QCOMPARE(manager->call("taobao.vmarket.eticket.auth.consume", conflicting).subCode(),
                 u"isv.serial-num-conflict"_s);
        auto second = redeem;
        second["serial_num"] = "0190f3c4-aaaa-7000-8000-000000000002";
        QVERIFY(!manager->call("taobao.vmarket.eticket.auth.consume", second).isError());
        auto third = redeem;
        third["serial_num"] = "0190f3c4-aaaa-7000-8000-000000000003";
        QCOMPARE(manager->call("taobao.vmarket.eticket.auth.consume", third).subCode(), u"isv.eticket-exhausted"_s);
    }

    void redemptionRulesAndScope()
    {
        const QByteArray code = m_vouchers[1][u"code"].toString().toLatin1();
        auto elsewhere = clientFor(*m_sandbox.store(1003));
        const mc::protocol::Parameters atStore1003{
            {"verify_code", code}, {"storeid", "1003"}, {"serial_num", "s-1003-1"}};
        QCOMPARE(elsewhere->call("taobao.vmarket.eticket.auth.consume", atStore1003).subCode(),
                 u"isv.eticket-store-not-allowed"_s);
        auto forOther = atStore1003;
        forOther["storeid"] = "1002";
        QCOMPARE(elsewhere->call("taobao.vmarket.eticket.auth.consume", forOther).errorCode(), 12);
        QByteArray tampered = code;
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
        auto manager = clientFor(*m_sandbox.store(1002));
        QCOMPARE(manager
                     ->call("taobao.vmarket.eticket.auth.consume",
                            {{"verify_code", tampered}, {"storeid", "1002"}, {"serial_num", "s-1002-x"}})
                     .subCode(),
                 u"isv.eticket-invalid"_s);
        // Redeemed offline yesterday, pushed now: checked against the time it was accepted.
        const auto late = manager->call("taobao.vmarket.eticket.auth.consume",
                                        {{"verify_code", code},
                                         {"storeid", "1002"},
                                         {"serial_num", "s-1002-1"},
                                         {"redeemed_at", formatTopTime(m_sandbox.sandboxNowMs() - 2 * 3'600'000)}});
        QCOMPARE(late.subCode(), u"isv.eticket-not-yet-valid"_s);
        const auto ok = manager->call("taobao.vmarket.eticket.auth.consume",
                                      {{"verify_code", code},
                                       {"storeid", "1002"},
                                       {"serial_num", "s-1002-2"},
                                       {"redeemed_at", formatTopTime(m_sandbox.sandboxNowMs() - 600'000)}});
        QVERIFY2(!ok.isError(), ok.body.constData());
    }

    void redemptionsList()
    {
        const auto all = m_client->call("mc.redemptions.get");
        QCOMPARE(all.response("mc.redemptions.get")[u"total_results"].toInt(), 3);
        auto manager = clientFor(*m_sandbox.store(1002));
        const auto own = manager->call("mc.redemptions.get");
        const QJsonArray rows = own.response("mc.redemptions.get")[u"redemptions"][u"redemption"].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][u"store_id"].toInteger(), 1002);
        QCOMPARE(rows[0][u"serial_num"].toString(), u"s-1002-2"_s);
        QCOMPARE(manager->call("mc.redemptions.get", {{"store_id", "1001"}}).errorCode(), 12);
    }

    void campaignsWithVersions()
    {
        const std::int64_t now = m_sandbox.sandboxNowMs();
        mc::protocol::Parameters campaign{{"campaign_id", "0190f3c4-bbbb-7000-8000-000000000001"},
                                          {"version", "0"},
                                          {"name", "11.11 满300减50"},
                                          {"reach", "omnichannel"},
                                          {"discount", "threshold_off"},
                                          {"amount_off", "50.00"},
                                          {"threshold", "300.00"},
                                          {"starts", formatTopTime(now)},
                                          {"ends", formatTopTime(now + 86'400'000)},
                                          {"store_ids", "1001,1002"},
                                          {"state", "published"}};
        const auto created = m_client->call("mc.campaign.save", campaign);
        QVERIFY2(!created.isError(), created.body.constData());
        QCOMPARE(created.response("mc.campaign.save")[u"campaign"][u"version"].toInt(), 1);
        const auto stale = m_client->call("mc.campaign.save", campaign);
        QCOMPARE(stale.subCode(), u"isv.campaign-version-conflict"_s);
        campaign["version"] = "1";
        campaign["state"] = "paused";
        const auto updated = m_client->call("mc.campaign.save", campaign);
        QCOMPARE(updated.response("mc.campaign.save")[u"campaign"][u"version"].toInt(), 2);
        const auto listed = clientFor(*m_sandbox.store(1001))->call("mc.campaigns.get");
        const QJsonArray campaigns = listed.response("mc.campaigns.get")[u"campaigns"][u"campaign"].toArray();
        QCOMPARE(campaigns.size(), 1);
        QCOMPARE(campaigns[0][u"state"].toString(), u"paused"_s);
        QCOMPARE(campaigns[0][u"name"].toString(), u"11.11 满300减50"_s);
        QCOMPARE(campaigns[0][u"threshold"].toString(), u"300.00"_s);
        campaign["reach"] = "everywhere";
        QCOMPARE(m_client->call("mc.campaign.save", campaign).subCode(), u"isv.invalid-parameter:reach"_s);
    }

    void digestCallMatchesTheCommandAndSurvivesRestarts()
    {
        const QJsonObject before = digestCall();
        QCOMPARE(before[u"redemptions"][u"count"].toInt(), 3);
        QVERIFY(before[u"skus"][u"count"].toInt() > 1900);
        const QJsonObject command = QJsonDocument::fromJson(m_sandbox.digestCommand()).object();
        QCOMPARE(command, before);

        const QByteArray fingerprint = m_sandbox.tlsSha256();
        const mc::test::SandboxCredential owner = m_sandbox.owner();
        const std::int64_t clockBefore = m_sandbox.sandboxNowMs();
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(m_sandbox.tlsSha256(), fingerprint);
        QCOMPARE(m_sandbox.owner().appSecret, owner.appSecret);
        QVERIFY(m_sandbox.sandboxNowMs() >= clockBefore);
        m_client = clientFor(m_sandbox.owner());
        QCOMPARE(digestCall(), before);

        m_sandbox.kill(); // no clean shutdown: every committed change must still be there
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        m_client = clientFor(m_sandbox.owner());
        QCOMPARE(digestCall(), before);
    }

    void seededHistory()
    {
        mc::test::SandboxProcess seeded;
        const QStringList args{u"--scenario"_s, u"idle"_s, u"--seed-orders"_s, u"20000"_s};
        QVERIFY2(seeded.start(args), qPrintable(seeded.errorString()));
        mc::test::TopCallClient client(seeded.url(), seeded.owner());
        client.setClock([&seeded] { return seeded.sandboxNowMs(); });
        const QJsonObject digest = client.call("mc.state.digest").response("mc.state.digest");
        QCOMPARE(digest[u"orders"][u"count"].toInt(), 20000);
        QVERIFY(digest[u"order_lines"][u"count"].toInt() > 25000);
        const std::int64_t now = seeded.sandboxNowMs();
        const auto window =
            client.call("taobao.trades.sold.increment.get",
                        {{"start_modified", formatTopTime(now - 86'399'000)}, {"end_modified", formatTopTime(now)}});
        QVERIFY(window.response("taobao.trades.sold.increment.get")[u"total_results"].toInt() > 1000);
        QVERIFY2(seeded.restart(), qPrintable(seeded.errorString())); // same --seed-orders: nothing added
        QVERIFY(seeded.stop());
        const QJsonObject after = QJsonDocument::fromJson(seeded.digestCommand()).object();
        QCOMPARE(after[u"orders"][u"count"].toInt(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandbox_state.moc"
