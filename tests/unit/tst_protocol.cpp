// Protocol primitives: TOP signatures against known answers, the time format, error
// classes and the canonical digest.
#include "app/protocol/digest.h"
#include "app/protocol/errors.h"
#include "app/protocol/settlementterms.h"
#include "app/protocol/signature.h"
#include "app/protocol/toptime.h"
#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mc::protocol;
using namespace Qt::StringLiterals;

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswerSignatures_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        QFile f(mc::test::sourceDataPath(u"signing/vectors.json"_s));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonArray vectors = QJsonDocument::fromJson(f.readAll()).object().value(u"vectors").toArray();
        QVERIFY(vectors.size() >= 4);
        for (const auto &v : vectors)
            QTest::newRow(v.toObject().value(u"name").toString().toUtf8().constData()) << v.toObject();
    }

    void knownAnswerSignatures()
    {
        QFETCH(QJsonObject, vector);
        Parameters params;
        const QJsonObject p = vector.value(u"params").toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            params[it.key().toUtf8()] = it.value().toString().toUtf8();
        const auto method = signMethodFromWire(params.at("sign_method"));
        QVERIFY(method.has_value());
        QCOMPARE(sign(params, vector.value(u"secret").toString().toUtf8(), *method),
                 vector.value(u"sign").toString().toLatin1());
    }

    void signatureChangesWithAnyParameter()
    {
        Parameters a{{"app_key", "1"}, {"method", "m"}, {"timestamp", "t"}};
        Parameters b = a;
        b["method"] = "n";
        QVERIFY(sign(a, "s", SignMethod::HmacSha256) != sign(b, "s", SignMethod::HmacSha256));
        QVERIFY(signaturesEqual("ABCDEF", "abcdef"));
        QVERIFY(!signaturesEqual("ABCDEF", "ABCDEE"));
        QVERIFY(!signaturesEqual("ABCDEF", "ABCDE"));
    }

    void topTime_data()
    {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<QByteArray>("text");
        // 2020-11-11 00:00:00 Beijing = 2020-11-10 16:00:00 UTC
        QTest::newRow("11.11 midnight") << qint64(1605024000000) << QByteArray("2020-11-11 00:00:00");
        QTest::newRow("official example") << qint64(1451620800000) << QByteArray("2016-01-01 12:00:00");
        QTest::newRow("leap day") << qint64(1582991999000) << QByteArray("2020-02-29 23:59:59");
        QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01 08:00:00");
    }

    void topTime()
    {
        QFETCH(qint64, utcMs);
        QFETCH(QByteArray, text);
        QCOMPARE(formatTopTime(utcMs), text);
        QCOMPARE(formatTopTime(utcMs + 999), text); // sub-second part dropped
        QCOMPARE(parseTopTime(QByteArrayView(text)).value(), utcMs);
        QCOMPARE(parseTopTime(QString::fromLatin1(text)).value(), utcMs);
    }

    void badTopTimesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("iso T") << QByteArray("2020-11-11T00:00:00");
        QTest::newRow("month 13") << QByteArray("2020-13-01 00:00:00");
        QTest::newRow("feb 30") << QByteArray("2020-02-30 00:00:00");
        QTest::newRow("feb 29 non-leap") << QByteArray("2021-02-29 00:00:00");
        QTest::newRow("hour 24") << QByteArray("2020-11-11 24:00:00");
        QTest::newRow("letters") << QByteArray("2020-1a-11 00:00:00");
        QTest::newRow("trailing") << QByteArray("2020-11-11 00:00:001");
    }

    void badTopTimesAreRejected()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseTopTime(QByteArrayView(text)).has_value());
    }

    void beijingDay()
    {
        // 2020-11-11 23:59:59 Beijing belongs to the day starting 2020-11-11 00:00 Beijing.
        QCOMPARE(beijingDayStartMs(parseTopTime(QByteArrayView("2020-11-11 23:59:59")).value()), qint64(1605024000000));
        QCOMPARE(beijingDayStartMs(1605024000000), qint64(1605024000000));
    }

    void errorClasses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("subCode");
        QTest::addColumn<int>("expected");
        QTest::newRow("ban") << 7 << QByteArray(subc::kApiLimit) << int(ErrorClass::RateLimited);
        QTest::newRow("isp") << 15 << QByteArray("isp.remote-service-timeout") << int(ErrorClass::Retryable);
        QTest::newRow("isv") << 15 << QByteArray("isv.invalid-parameter") << int(ErrorClass::Fatal);
        QTest::newRow("unavailable") << 10 << QByteArray() << int(ErrorClass::Retryable);
        QTest::newRow("bad signature") << 25 << QByteArray() << int(ErrorClass::Auth);
        QTest::newRow("wrong app secret") << 25 << QByteArray(subc::kSignatureMismatch) << int(ErrorClass::Auth);
        QTest::newRow("replayed nonce") << 25 << QByteArray(subc::kNonceReplayed) << int(ErrorClass::Fatal);
        QTest::newRow("bad session") << 27 << QByteArray() << int(ErrorClass::Auth);
        QTest::newRow("permissions") << 12 << QByteArray() << int(ErrorClass::Auth);
        QTest::newRow("bad arguments") << 41 << QByteArray() << int(ErrorClass::Fatal);
    }

    void errorClasses()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, subCode);
        QFETCH(int, expected);
        QCOMPARE(int(classify(code, subCode)), expected);
    }

    void banDurationAndResponseKey()
    {
        QCOMPARE(banSecondsFromMessage(u"App Call Limited, This ban will last for 17 more seconds"_s), 17);
        QCOMPARE(banSecondsFromMessage(u"Remote service error"_s), -1);
        QCOMPARE(responseKey("taobao.trades.sold.increment.get"), QByteArray("trades_sold_increment_get_response"));
    }

    void digestIsCanonical()
    {
        DigestBuilder empty;
        QCOMPARE(empty.hexDigest(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        DigestBuilder d;
        d.field(std::int64_t(42)).field(u"a\tb\\c\n").endRow();
        d.field(std::int64_t(-1)).field(u"\u6D59\u6C5F").endRow(); // 浙江
        // Same bytes as: printf '42\ta\\tb\\\\c\\n\n-1\t浙江\n' | sha256sum
        const QByteArray expected =
            QCryptographicHash::hash("42\ta\\tb\\\\c\\n\n-1\t\xE6\xB5\x99\xE6\xB1\x9F\n", QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(d.count(), 2);
        QCOMPARE(d.hexDigest(), expected);
    }

    void settlementTerms()
    {
        using mc::protocol::commissionFen;
        QCOMPARE(commissionFen(1900, 60), std::optional<std::int64_t>(11)); // 11.4 fen: down
        QCOMPARE(commissionFen(2500, 30), std::optional<std::int64_t>(8));  // 7.5 fen: half up
        QCOMPARE(commissionFen(2400, 30), std::optional<std::int64_t>(7));  // 7.2 fen
        QCOMPARE(commissionFen(0, 60), std::optional<std::int64_t>(0));
        QCOMPARE(commissionFen(12345, 10'000), std::optional<std::int64_t>(12345));
        QVERIFY(!commissionFen(-1, 60));
        QVERIFY(!commissionFen(100, 10'001));
        QVERIFY(!commissionFen(std::numeric_limits<std::int64_t>::max() / 2, 60)); // would overflow
        // Redeemed 2025-11-11 23:59:59 Beijing time: due 2025-11-12 02:00; at 00:00 the next day's.
        const std::int64_t lastSecond = mc::protocol::parseTopTime(u"2025-11-11 23:59:59").value();
        QCOMPARE(QByteArray(mc::protocol::formatTopTime(mc::protocol::settlementDueMs(lastSecond))),
                 QByteArray("2025-11-12 02:00:00"));
        QCOMPARE(QByteArray(mc::protocol::formatTopTime(mc::protocol::settlementDueMs(lastSecond + 1000))),
                 QByteArray("2025-11-13 02:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
