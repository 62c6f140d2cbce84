// Vouchers refunded online: revoked, listed for every till (mc.voucher.revocations.get, store
// credentials too) and refused at the counter from the revocation on (isv.eticket-revoked),
// while a redemption accepted before it still counts. And the 11.11 scenario's vouchers:
// issued with online orders, redeemed at stores' tills, a few refunded, the digest consistent.
#include "app/protocol/toptime.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using mc::protocol::formatTopTime;

namespace {
constexpr auto kConsume = "taobao.vmarket.eticket.auth.consume";
constexpr auto kRevocations = "mc.voucher.revocations.get";
} // namespace

class TestSandboxVouchers : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox;
    std::unique_ptr<mc::test::TopCallClient> m_owner;

    std::unique_ptr<mc::test::TopCallClient> clientFor(const mc::test::SandboxProcess &sandbox,
                                                       const mc::test::SandboxCredential &credential)
    {
        auto client = std::make_unique<mc::test::TopCallClient>(sandbox.url(), credential);
        client->setClock([&sandbox] { return sandbox.sandboxNowMs(); });
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_owner = clientFor(m_sandbox, m_sandbox.owner());
    }

    void cleanupTestCase()
    {
        if (m_sandbox.isRunning())
            QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void revokedVoucherIsListedAndRefused()
    {
        const std::int64_t now = m_sandbox.sandboxNowMs();
        const auto issued = m_owner->call("mc.vouchers.issue", {{"face_value", "20.00"},
                                                                {"uses", "3"},
                                                                {"valid_from", formatTopTime(now - 3'600'000)},
                                                                {"valid_until", formatTopTime(now + 86'400'000)}});
        QVERIFY2(!issued.isError(), issued.body.constData());
        const QJsonObject voucher = issued.response("mc.vouchers.issue")[u"vouchers"][u"voucher"][0].toObject();
        const QByteArray voucherId = voucher[u"voucher_id"].toString().toLatin1();
        const QByteArray code = voucher[u"code"].toString().toLatin1();
        auto till = clientFor(m_sandbox, *m_sandbox.store(1001));
        QVERIFY(!till->call(kConsume, {{"verify_code", code}, {"storeid", "1001"}, {"serial_num", "rv-1"}}).isError());

        // Only the owner (tests) may revoke; unknown vouchers are refused.
        QCOMPARE(till->call("mc.admin.voucher.revoke", {{"voucher_id", voucherId}}).errorCode(), 12);
        QCOMPARE(m_owner->call("mc.admin.voucher.revoke", {{"voucher_id", "no-such-voucher"}}).subCode(),
                 u"isv.eticket-invalid"_s);
        QCOMPARE(m_owner->call(kRevocations).response(kRevocations)[u"total_results"].toInt(), 0);
        const auto revoked = m_owner->call("mc.admin.voucher.revoke", {{"voucher_id", voucherId}});
        QVERIFY2(!revoked.isError(), revoked.body.constData());
        const QJsonObject revocation = revoked.response("mc.admin.voucher.revoke")[u"revocation"].toObject();
        QCOMPARE(revocation[u"voucher_id"].toString().toLatin1(), voucherId);
        QCOMPARE(revocation[u"reason"].toString(), u"refunded"_s);
        const auto revokedAt = mc::protocol::parseTopTime(revocation[u"revoked"].toString().toLatin1());
        QVERIFY(revokedAt.has_value());
        QThread::msleep(1100); // a later second, so "now" is after the revocation
        const auto again = m_owner->call("mc.admin.voucher.revoke", {{"voucher_id", voucherId}});
        QCOMPARE(again.response("mc.admin.voucher.revoke")[u"revocation"], QJsonValue(revocation));

        // Listed for every till: a store credential may read it (not store-scoped).
        const auto listed = till->call(kRevocations, {{"page_size", "500"}});
        QVERIFY2(!listed.isError(), listed.body.constData());
        QCOMPARE(listed.response(kRevocations)[u"total_results"].toInt(), 1);
        const QJsonArray rows = listed.response(kRevocations)[u"revocations"][u"revocation"].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(QJsonValue(rows[0].toObject()), QJsonValue(revocation));
        const auto later = till->call(kRevocations, {{"start_modified", formatTopTime(*revokedAt + 1000)}});
        QCOMPARE(later.response(kRevocations)[u"total_results"].toInt(), 0);
        QCOMPARE(till->call(kRevocations, {{"page_size", "501"}}).subCode(), u"isv.invalid-parameter:page_size"_s);

        // At the counter: refused from the revocation on, accepted when redeemed before it.
        const auto refused = till->call(kConsume, {{"verify_code", code}, {"storeid", "1001"}, {"serial_num", "rv-2"}});
        QCOMPARE(refused.subCode(), u"isv.eticket-revoked"_s);
        QCOMPARE(refused.errorCode(), 50);
        const auto offline = till->call(kConsume, {{"verify_code", code},
                                                   {"storeid", "1001"},
                                                   {"serial_num", "rv-3"},
                                                   {"redeemed_at", formatTopTime(*revokedAt - 600'000)}});
        QVERIFY2(!offline.isError(), offline.body.constData());
        QCOMPARE(offline.response(kConsume)[u"left_num"].toInt(), 1);
        // The redemption made before the revocation still replays by its serial.
        QVERIFY(!till->call(kConsume, {{"verify_code", code}, {"storeid", "1001"}, {"serial_num", "rv-1"}}).isError());
    }

    void singlesDayIssuesRedeemsAndRevokes()
    {
        mc::test::SandboxProcess day;
        // An hour of 11.11 per wall second from 23:58 on 11-10, at a modest peak rate.
        QVERIFY2(day.start({u"--scenario"_s, u"singles-day"_s, u"--speed"_s, u"3600"_s, u"--rate"_s, u"4"_s,
                            u"--rate-limit"_s, u"off"_s}),
                 qPrintable(day.errorString()));
        auto owner = clientFor(day, day.owner());
        QJsonObject stats;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 90'000) {
            stats = owner->call("mc.admin.stats.get").response("mc.admin.stats.get")[u"stats"].toObject();
            if (stats[u"vouchers_issued"].toInt() > 0 && stats[u"voucher_redemptions"].toInt() > 0 &&
                stats[u"voucher_revocations"].toInt() > 0)
                break;
            QThread::msleep(500);
        }
        QVERIFY2(stats[u"voucher_revocations"].toInt() > 0, QJsonDocument(stats).toJson().constData());
        QVERIFY(stats[u"voucher_redemptions"].toInt() > 0);
        // About 2 % of the online orders (85 % online, 88 % of them paid).
        const double perOrder = stats[u"vouchers_issued"].toDouble() / stats[u"orders_created"].toDouble();
        QVERIFY2(perOrder > 0.005 && perOrder < 0.04, QByteArray::number(perOrder).constData());
        QVERIFY2(day.stop(), qPrintable(day.errorString()));

        // The same folder frozen: nothing moves, so call, list and command must agree.
        mc::test::SandboxProcess frozen;
        frozen.setDataDir(day.dataDir());
        QVERIFY2(frozen.start({u"--scenario"_s, u"frozen"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(frozen.errorString()));
        auto reader = clientFor(frozen, frozen.owner());
        const auto redemptions = reader->call("mc.redemptions.get", {{"page_size", "500"}});
        const QJsonObject answer = redemptions.response("mc.redemptions.get");
        const int total = answer[u"total_results"].toInt();
        QVERIFY(total >= stats[u"voucher_redemptions"].toInt());
        QSet<qint64> stores;
        for (const auto &r : answer[u"redemptions"][u"redemption"].toArray()) {
            stores.insert(r[u"store_id"].toInteger());
            QVERIFY(r[u"store_id"].toInteger() >= 1001 && r[u"store_id"].toInteger() <= 1050);
            QVERIFY(r[u"operator_id"].toString().startsWith(u"clerk-"_s));
        }
        QVERIFY(stores.size() > 1);
        const auto revocations = reader->call(kRevocations, {{"page_size", "500"}});
        QVERIFY(revocations.response(kRevocations)[u"total_results"].toInt() >= stats[u"voucher_revocations"].toInt());
        const QJsonArray revoked = revocations.response(kRevocations)[u"revocations"][u"revocation"].toArray();
        QVERIFY(!revoked.isEmpty());
        QCOMPARE(revoked[0][u"reason"].toString(), u"refunded"_s);
        // A store's till sees every revocation, not only its store's.
        auto till = clientFor(frozen, *frozen.store(1007));
        QCOMPARE(till->call(kRevocations).response(kRevocations)[u"total_results"],
                 revocations.response(kRevocations)[u"total_results"]);

        QJsonObject digest = reader->call("mc.state.digest").response("mc.state.digest");
        digest.remove(u"request_id"_s);
        QCOMPARE(digest[u"redemptions"][u"count"].toInt(), total);
        QCOMPARE(QJsonDocument::fromJson(frozen.digestCommand()).object(), digest);
        QThread::msleep(1500); // frozen: nothing happens by itself
        QJsonObject still = reader->call("mc.state.digest").response("mc.state.digest");
        still.remove(u"request_id"_s);
        QCOMPARE(still, digest);
        QVERIFY(frozen.stop());
    }
};

QTEST_GUILESS_MAIN(TestSandboxVouchers)
#include "tst_sandbox_vouchers.moc"
