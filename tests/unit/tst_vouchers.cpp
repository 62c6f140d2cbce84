// The store counter offline: every Refusal reason with codes issued by protocol::VoucherCode,
// 100,000 mutated or forged codes of which none is accepted, the ledger row written before
// redemptionFinished(accepted), and the redemption chain catching a tampered row.
#include "app/core/uuid7.h"
#include "app/protocol/vouchercode.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "app/vouchers/platformrecords.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/storecounter.h"
#include "app/vouchers/voucherkeyring.h"
#include "app/vouchers/voucherverifier.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc::vouchers;
using mc::protocol::VoucherCode;

Q_DECLARE_METATYPE(mc::vouchers::Refusal)

namespace {
constexpr std::int64_t kNow = 1'762'790'400'000; // 2025-11-11 00:00:00 +08:00
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kStore = 1001;
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

class TestVouchers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mc::core::ManualClock m_clock{kNow};
    mc::protocol::Ed25519Key m_key;
    mc::protocol::Ed25519Key m_stranger; // a key the console does not know
    std::unique_ptr<StoreCounter> m_counter;
    int m_serial = 0;

    mc::protocol::VoucherTerms terms(int uses = 1)
    {
        mc::protocol::VoucherTerms t;
        t.keyId = "k-test";
        t.voucherId = "v-" + QByteArray::number(++m_serial);
        t.campaignId = "c-1111";
        t.faceValueFen = 1200;
        t.uses = uses;
        t.validFromMs = kNow - kHour;
        t.validUntilMs = kNow + 24 * kHour;
        t.storeIds = {kStore, 1002};
        return t;
    }
    QByteArray issue(const mc::protocol::VoucherTerms &t, const QByteArray &pem = {})
    {
        auto code = VoucherCode::issue(t, pem.isEmpty() ? m_key.privatePem : pem);
        return code ? code.value() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto key = VoucherCode::generateKey();
        auto stranger = VoucherCode::generateKey();
        QVERIFY(key && stranger);
        m_key = key.value();
        m_stranger = stranger.value();
        m_counter = std::make_unique<StoreCounter>(CounterOptions{m_dir.path(), kStore}, m_clock);
        auto opened = m_counter->open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY(m_counter->keyring().store({VoucherKey{"k-test", "ed25519", m_key.publicRaw, kNow, true}}, kNow));
        QCOMPARE(m_counter->keyCount(), 1);
    }

    void keysSurviveAReopen()
    {
        StoreCounter again(CounterOptions{m_dir.path(), kStore}, m_clock);
        QVERIFY(again.open());
        QCOMPARE(again.keyCount(), 1);
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<Refusal>("expected");
        QTest::newRow("valid") << u"valid"_s << Refusal::None;
        QTest::newRow("garbage") << u"garbage"_s << Refusal::Malformed;
        QTest::newRow("truncated") << u"truncated"_s << Refusal::Malformed;
        QTest::newRow("padded base64") << u"padded"_s << Refusal::Malformed;
        QTest::newRow("unknown key") << u"unknown-key"_s << Refusal::UnknownKey;
        QTest::newRow("re-signed with a stranger's key") << u"stranger"_s << Refusal::BadSignature;
        QTest::newRow("not yet valid") << u"future"_s << Refusal::NotYetValid;
        QTest::newRow("expired") << u"expired"_s << Refusal::Expired;
        QTest::newRow("another store") << u"store"_s << Refusal::WrongStore;
        QTest::newRow("used up here") << u"used-here"_s << Refusal::UsedUp;
        QTest::newRow("used up per the platform") << u"used-platform"_s << Refusal::UsedUp;
        QTest::newRow("revoked") << u"revoked"_s << Refusal::Revoked;
        QTest::newRow("revocation later than now") << u"revoked-later"_s << Refusal::None;
        QTest::newRow("two uses, one used") << u"two-uses"_s << Refusal::None;
    }

    void verdicts()
    {
        QFETCH(QString, setup);
        QFETCH(Refusal, expected);
        auto t = terms(setup == u"two-uses" ? 2 : 1);
        QByteArray code = issue(t);
        QVERIFY(!code.isEmpty());
        if (setup == u"garbage")
            code = "MCV1.not-base64!.###";
        else if (setup == u"truncated")
            code.chop(7);
        else if (setup == u"padded")
            code.append("==");
        else if (setup == u"unknown-key") {
            t.keyId = "k-other";
            code = issue(t, m_stranger.privatePem);
        } else if (setup == u"stranger")
            code = issue(t, m_stranger.privatePem);
        else if (setup == u"future") {
            t.validFromMs = kNow + kHour;
            code = issue(t);
        } else if (setup == u"expired") {
            t.validUntilMs = kNow - 1000;
            code = issue(t);
        } else if (setup == u"store") {
            t.storeIds = {1003};
            code = issue(t);
        } else if (setup == u"used-here" || setup == u"two-uses") {
            QSignalSpy finished(m_counter.get(), &CounterService::redemptionFinished);
            m_counter->redeem(code, u"alice"_s);
            QCOMPARE(finished.size(), 1);
            QVERIFY(finished[0][1].toBool());
        } else if (setup == u"used-platform") {
            PlatformRedemption r{u"serial-elsewhere"_s, t.voucherId, code, kStore, 1, u"bob"_s, kNow - 1000, kNow};
            QVERIFY(m_counter->platformRecords().storeRedemptions({r}));
        } else if (setup == u"revoked" || setup == u"revoked-later") {
            const std::int64_t at = setup == u"revoked" ? kNow - 1000 : kNow + kHour;
            QVERIFY(m_counter->platformRecords().storeRevocations({Revocation{t.voucherId, at}}, kNow));
        }
        const VoucherVerdict verdict = m_counter->verifyNow(code);
        QCOMPARE(VoucherVerifier::reasonName(verdict.refusal), VoucherVerifier::reasonName(expected));
        // Terms are shown only once the signature verified.
        const bool signatureVerified = expected != Refusal::Malformed && expected != Refusal::UnknownKey &&
                                       expected != Refusal::BadSignature;
        QCOMPARE(verdict.termsKnown, signatureVerified);
        if (signatureVerified) {
            QCOMPARE(verdict.terms.voucherId, t.voucherId);
            QCOMPARE(verdict.terms.faceValueFen, qint64(1200));
        }
        if (setup == u"two-uses")
            QCOMPARE(verdict.terms.usesLeft, 1);
    }

    void forgedCodesAreNeverAccepted()
    {
        const QByteArray good = issue(terms(100));
        QCOMPARE(m_counter->verifyNow(good).refusal, Refusal::None);
        const QList<QByteArray> parts = good.mid(5).split('.');
        const QByteArray payload = QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding);
        const QByteArray signature = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
        QRandomGenerator rng(20251111);
        // Edited payloads re-signed with a key the console does not know under the known key id.
        QList<QByteArray> resigned;
        for (int i = 0; i < 200; ++i) {
            auto t = terms(100);
            t.faceValueFen = 100'000 + i;
            t.storeIds = {kStore + i};
            resigned.append(issue(t, m_stranger.privatePem));
        }
        const int total = 100'000;
        int accepted = 0;
        QMap<QString, int> reasons;
        for (int i = 0; i < total; ++i) {
            QByteArray code;
            QByteArray p = payload;
            QByteArray s = signature;
            switch (i % 6) {
            case 0: { // bit flips in the payload bytes, re-encoded canonically
                const int flips = 1 + static_cast<int>(rng.bounded(3));
                for (int f = 0; f < flips; ++f)
                    p[rng.bounded(static_cast<int>(p.size()))] ^= static_cast<char>(1 << rng.bounded(8));
                code = "MCV1." + p.toBase64(kBase64Url) + '.' + s.toBase64(kBase64Url);
                break;
            }
            case 1: // bit flips in the signature
                s[rng.bounded(64)] ^= static_cast<char>(1 << rng.bounded(8));
                code = "MCV1." + p.toBase64(kBase64Url) + '.' + s.toBase64(kBase64Url);
                break;
            case 2: { // one character of the text changed (non-canonical spellings included)
                code = good;
                const int at = 5 + static_cast<int>(rng.bounded(static_cast<int>(code.size() - 5)));
                static const QByteArray alphabet =
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/";
                char c = alphabet[rng.bounded(static_cast<int>(alphabet.size()))];
                if (c == code[at])
                    c = c == 'A' ? 'B' : 'A';
                code[at] = c;
                break;
            }
            case 3:
                code = resigned[rng.bounded(static_cast<int>(resigned.size()))];
                break;
            case 4: // truncated
                code = good.left(static_cast<int>(rng.bounded(static_cast<int>(good.size()))));
                break;
            default: { // garbage, sometimes with the right prefix
                code.resize(1 + rng.bounded(200));
                for (char &c : code)
                    c = static_cast<char>(rng.bounded(256));
                if (rng.bounded(2))
                    code.prepend("MCV1.");
                break;
            }
            }
            if (code == good)
                continue;
            const VoucherVerdict v = m_counter->verifyNow(code);
            if (v.accepted())
                ++accepted;
            ++reasons[VoucherVerifier::reasonName(v.refusal)];
        }
        qInfo() << "forged codes:" << total << "accepted:" << accepted << reasons;
        QCOMPARE(accepted, 0);
    }

    void ledgerRowExistsBeforeAccepted()
    {
        const QByteArray code = issue(terms());
        QString serialSeen;
        bool inLedger = false;
        connect(m_counter.get(), &CounterService::redemptionFinished, this,
                [&](const VoucherVerdict &, bool accepted, const RedemptionRecord &record) {
                    if (!accepted)
                        return;
                    serialSeen = record.serial;
                    // Another connection to the file, as after a crash: the row must be there.
                    auto db = mc::storage::openWriter(m_dir.path(), mc::storage::DatabaseRole::Ledger);
                    QVERIFY(db);
                    inLedger = db.value()->queryInt(u"SELECT count(*) FROM redemptions WHERE id = '"_s +
                                                    record.serial + u"' AND upload_state = 'pending'")
                                   .valueOr(0) == 1 &&
                               db.value()->queryInt(u"SELECT count(*) FROM outbox WHERE kind = 'voucher.redeem' AND "
                                                    u"id = '"_s + record.serial + u'\'')
                                       .valueOr(0) == 1;
                });
        m_counter->redeem(code, u"carol"_s);
        QVERIFY(!serialSeen.isEmpty());
        QVERIFY(inLedger);
        QVERIFY(mc::core::Uuid7Generator::isUuid7(QUuid::fromString(serialSeen)));
        QSignalSpy finished(m_counter.get(), &CounterService::redemptionFinished);
        m_counter->redeem(code, u"carol"_s); // single use: the second is refused
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished[0][1].toBool());
        QCOMPARE(finished[0][0].value<VoucherVerdict>().refusal, Refusal::UsedUp);
    }

    void queueListsPendingFirst()
    {
        QSignalSpy queue(m_counter.get(), &CounterService::queueChanged);
        m_counter->refreshQueue();
        QCOMPARE(queue.size(), 1);
        const auto records = queue[0][0].value<QList<RedemptionRecord>>();
        QVERIFY(records.size() >= 3);
        QCOMPARE(queue[0][1].toInt(), static_cast<int>(records.size()));
        QCOMPARE(records.first().state, UploadState::Pending);
    }

    void chainFindsATamperedRow()
    {
        std::int64_t bad = -1;
        QCOMPARE(m_counter->book().verifyChain(&bad).valueOr(false), true);
        auto db = mc::storage::openWriter(m_dir.path(), mc::storage::DatabaseRole::Ledger);
        QVERIFY(db);
        // Changing upload state is fine (not chained); changing the face value is tampering.
        QVERIFY(db.value()->exec(u"UPDATE redemptions SET platform_message = 'x', attempts = 9 WHERE seq = 2"));
        QCOMPARE(m_counter->book().verifyChain(&bad).valueOr(false), true);
        QVERIFY(db.value()->exec(u"UPDATE redemptions SET face_value_fen = 1 WHERE seq = 2"));
        QCOMPARE(m_counter->book().verifyChain(&bad).valueOr(true), false);
        QCOMPARE(bad, qint64(2));
        QVERIFY(db.value()->exec(u"UPDATE redemptions SET face_value_fen = 1200 WHERE seq = 2"));
        QCOMPARE(m_counter->book().verifyChain(&bad).valueOr(false), true);
        QVERIFY(db.value()->exec(u"DELETE FROM redemptions WHERE seq = 1"));
        QCOMPARE(m_counter->book().verifyChain(&bad).valueOr(true), false);
        QCOMPARE(bad, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestVouchers)
#include "tst_vouchers.moc"
