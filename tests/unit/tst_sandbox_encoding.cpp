// The sandbox's byte-level codecs: JSON text (escaping, money, integers), form decoding with
// strict UTF-8, signed voucher codes, and the HTTP request framing the connection guard follows.
#include "sandbox/formdecoder.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/requestframer.h"
#include "app/protocol/vouchercode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using mc::sandbox::FormDecoder;
using mc::sandbox::JsonWriter;
using mc::sandbox::RequestFramer;

class TestSandboxEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonIsValidAndEscaped()
    {
        QByteArray out;
        {
            JsonWriter w(out);
            w.beginObject()
                .field("text", QByteArray("quote \" backslash \\ tab \t nl \n bell \x07 中文"))
                .moneyField("price", 12800)
                .moneyField("refund", -5)
                .field("big", std::int64_t(9007199254740993))
                .field("flag", true)
                .key("list")
                .beginArray()
                .integer(1)
                .null()
                .string(QByteArrayView("x"))
                .endArray()
                .endObject();
        }
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(o[u"text"].toString(), u"quote \" backslash \\ tab \t nl \n bell \x07 中文"_s);
        QCOMPARE(o[u"price"].toString(), u"128.00"_s);
        QCOMPARE(o[u"refund"].toString(), u"-0.05"_s);
        QVERIFY(out.contains("\"big\":9007199254740993"));
        QVERIFY(out.contains("\\u0007"));
        QCOMPARE(o[u"list"].toArray().size(), 3);
    }

    void writerGrowsAndFinishes()
    {
        QByteArray out = "prefix:";
        JsonWriter w(out);
        w.beginArray();
        for (int i = 0; i < 10'000; ++i)
            w.integer(i);
        w.endArray();
        QCOMPARE(w.finish().left(10), QByteArray("prefix:[0,"));
        QVERIFY(out.endsWith(",9999]"));
    }

    void formDecoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("problem");
        QTest::newRow("plain") << QByteArray("a=1&b=x+y&c=%E4%B8%AD") << int(FormDecoder::Problem::None);
        QTest::newRow("empty pairs") << QByteArray("&a=1&&b=&") << int(FormDecoder::Problem::None);
        QTest::newRow("bad escape") << QByteArray("a=%G1") << int(FormDecoder::Problem::BadEscape);
        QTest::newRow("cut escape") << QByteArray("a=%E") << int(FormDecoder::Problem::BadEscape);
        QTest::newRow("invalid byte") << QByteArray("a=%FF") << int(FormDecoder::Problem::InvalidUtf8);
        QTest::newRow("surrogate") << QByteArray("a=%ED%A0%80") << int(FormDecoder::Problem::InvalidUtf8);
        QTest::newRow("overlong") << QByteArray("a=%E0%80%AF") << int(FormDecoder::Problem::InvalidUtf8);
        QTest::newRow("truncated") << QByteArray("a=%E4%B8") << int(FormDecoder::Problem::InvalidUtf8);
        QTest::newRow("duplicate") << QByteArray("a=1&a=2") << int(FormDecoder::Problem::DuplicateKey);
    }

    void formDecoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, problem);
        mc::protocol::Parameters params;
        QByteArray offending;
        QCOMPARE(int(FormDecoder::decode(body, params, offending)), problem);
        if (problem == int(FormDecoder::Problem::None) && body.startsWith("a=1&b")) {
            QCOMPARE(params["b"], QByteArray("x y"));
            QCOMPARE(QString::fromUtf8(params["c"]), u"中"_s);
        }
    }

    void voucherCodesVerifyAndResistTampering()
    {
        auto key = mc::protocol::VoucherCode::generateKey();
        QVERIFY(key);
        QCOMPARE(key.value().publicRaw.size(), 32);
        mc::protocol::VoucherTerms terms{
            "k1",        "0190f3c4-0000-7000-8000-000000000001", "c-1", 5000, 2, 1'762'790'400'000, 1'763'395'199'000,
            {1001, 1002}};
        auto code = mc::protocol::VoucherCode::issue(terms, key.value().privatePem);
        QVERIFY(code);
        QVERIFY(code.value().startsWith("MCV1."));
        QCOMPARE(mc::protocol::VoucherCode::keyIdOf(code.value()), std::optional<QByteArray>("k1"));
        const auto verified = mc::protocol::VoucherCode::verify(code.value(), key.value().publicRaw);
        QVERIFY(verified);
        QCOMPARE(verified->voucherId, terms.voucherId);
        QCOMPARE(verified->faceValueFen, 5000);
        QCOMPARE(verified->uses, 2);
        QCOMPARE(verified->validUntilMs, terms.validUntilMs);
        QCOMPARE(verified->storeIds, terms.storeIds);
        QByteArray tampered = code.value();
        tampered[8] = tampered[8] == 'A' ? 'B' : 'A';
        QVERIFY(!mc::protocol::VoucherCode::verify(tampered, key.value().publicRaw));
        auto other = mc::protocol::VoucherCode::generateKey();
        QVERIFY(!mc::protocol::VoucherCode::verify(code.value(), other.value().publicRaw));
        QVERIFY(!mc::protocol::VoucherCode::verify("MCV1.abc", key.value().publicRaw));
    }

    void requestFraming_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("heads");
        using V = RequestFramer::Verdict;
        using S = RequestFramer::Stage;
        const QByteArray get = "GET /router/rest?a=1 HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray post = "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
        const QByteArray chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        auto row = [](const char *name, const QByteArray &stream, V v, S s, int heads) {
            QTest::newRow(name) << stream << int(v) << int(s) << heads;
        };
        row("pipelined", get + post + "\r\n" + get, V::Fine, S::BetweenRequests, 3);
        row("LF only", "GET / HTTP/1.1\nHost: x\n\n", V::Fine, S::BetweenRequests, 1);
        row("body still coming", post.chopped(2), V::Fine, S::Body, 1);
        row("head still coming", get.chopped(2), V::Fine, S::Head, 1);
        row("declared body over 1 MiB", "POST / HTTP/1.1\r\ncontent-length:  1048577\r\n\r\n", V::BodyTooLarge, S::Body,
            1);
        row("declared body of 1 MiB", "POST / HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n", V::Fine, S::Body, 1);
        row("chunks", chunked + "5;ext=1\r\nhello\r\n\r\n3\r\nabc\r\n0\r\n\r\n" + get, V::Fine, S::BetweenRequests, 2);
        row("chunks past 1 MiB", chunked + "80000\r\n" + QByteArray(0x80000, 'a') + "\r\n80001\r\n", V::BodyTooLarge,
            S::Body, 1);
        row("chunk framing past 1 MiB", chunked + QByteArray(1024 * 1024 + 1, '\r'), V::BodyTooLarge, S::Body, 1);
        row("head over 64 KiB", "GET /" + QByteArray(64 * 1024, 'a'), V::HeadTooLarge, S::Head, 1);
        row("blank lines over 64 KiB", QByteArray(64 * 1024 + 1, '\n'), V::HeadTooLarge, S::BetweenRequests, 0);
    }

    void requestFraming()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, verdict);
        QFETCH(int, stage);
        QFETCH(int, heads);
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), stream.size()}) { // any split gives the same
            RequestFramer framer(64 * 1024, 1024 * 1024);
            for (qsizetype at = 0; at < stream.size() && framer.verdict() == RequestFramer::Verdict::Fine;) {
                const qsizetype n = std::min(piece, stream.size() - at);
                if (framer.bodyAhead() >= n)
                    framer.skipBody(n);
                else
                    framer.feed(QByteArrayView(stream).sliced(at, n));
                at += n;
            }
            QCOMPARE(int(framer.verdict()), verdict);
            QCOMPARE(int(framer.stage()), stage);
            QCOMPARE(framer.headsBegun(), quint64(heads));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxEncoding)
#include "tst_sandbox_encoding.moc"
