// The sandbox's HTTP front against abusive clients, over real sockets against real
// platform-sandbox processes: a declared body over the limit is refused unread; a body
// streaming past it is cut off while the sandbox's peak memory stays put; a half-sent head is
// closed after the header timeout and an idle keep-alive connection after the idle timeout;
// idle connections cannot fill the connection caps against a valid call; a stock batch naming
// a SKU twice is refused rather than losing a delta. Loopback only; every loop is bounded.
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Sockets = std::vector<std::unique_ptr<QTcpSocket>>;

namespace {

constexpr int kHeaderTimeoutMs = 1000; // the quick sandbox's limits
constexpr int kIdleTimeoutMs = 2000;
constexpr qint64 kMiB = 1024 * 1024;

std::unique_ptr<QTcpSocket> connectTo(const QUrl &url, const QHostAddress &from = QHostAddress::LocalHost)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(from);
    socket->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.port()));
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

QByteArray head(const QUrl &url, const QByteArray &framing)
{
    return "POST /router/rest HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(url.port()) +
           "\r\nContent-Type: application/x-www-form-urlencoded\r\n" + framing + "\r\n";
}

// Reads until the peer closes (true) or the time is up (false).
bool waitClosed(QTcpSocket &socket, int ms, QByteArray *received = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < ms) {
        socket.waitForReadyRead(static_cast<int>(std::min<qint64>(50, ms - timer.elapsed() + 1)));
        const QByteArray bytes = socket.readAll();
        if (received)
            *received += bytes;
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

// One whole response (Content-Length framed): its status line and body, or empty.
std::pair<QByteArray, QByteArray> readResponse(QTcpSocket &socket, int ms)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray headText = data.first(end).toLower() + "\r";
            const qsizetype at = headText.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : headText.mid(at + 15, headText.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (data.size() >= end + 4 + length)
                return {data.first(data.indexOf("\r\n")), data.mid(end + 4, length)};
        }
        socket.waitForReadyRead(50);
        data += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0 && end >= 0)
            break;
    }
    return {};
}

qint64 peakRssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int stillOpen(const Sockets &sockets)
{
    QTest::qWait(300); // let the closes arrive
    return static_cast<int>(std::count_if(sockets.begin(), sockets.end(), [](const auto &s) {
        return s && s->state() == QAbstractSocket::ConnectedState;
    }));
}

} // namespace

class TestSandboxHardening : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox; // the default limits
    mc::test::SandboxProcess m_quick;   // short timeouts
    std::unique_ptr<mc::test::TopCallClient> m_client;
    std::unique_ptr<mc::test::TopCallClient> m_quickClient;

    void expectServing(mc::test::TopCallClient &client)
    {
        const auto reply = client.call("mc.locations.get");
        QVERIFY2(reply.httpStatus == 200 && !reply.isError(), reply.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY2(
            m_quick.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s, u"--header-timeout-ms"_s,
                           QString::number(kHeaderTimeoutMs), u"--idle-timeout-ms"_s, QString::number(kIdleTimeoutMs)}),
            qPrintable(m_quick.errorString()));
        m_client = std::make_unique<mc::test::TopCallClient>(m_sandbox.url(), m_sandbox.owner());
        m_client->setClock([this] { return m_sandbox.sandboxNowMs(); });
        m_quickClient = std::make_unique<mc::test::TopCallClient>(m_quick.url(), m_quick.owner());
        m_quickClient->setClock([this] { return m_quick.sandboxNowMs(); });
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
        QVERIFY2(m_quick.stop(), qPrintable(m_quick.errorString()));
    }

    void declaredBodyOverTheLimitIsRefusedUnread()
    {
        auto socket = connectTo(m_sandbox.url());
        QVERIFY(socket);
        socket->write(head(m_sandbox.url(), "Content-Length: 52428800\r\n")); // 50 MB announced, none sent
        const auto [status, body] = readResponse(*socket, 5000);
        QVERIFY2(status.startsWith("HTTP/1.1 413"), status.constData());
        const QJsonObject error = QJsonDocument::fromJson(body).object()[u"error_response"].toObject();
        QCOMPARE(error[u"code"].toInt(), 41);
        QCOMPARE(error[u"sub_code"].toString(), u"isv.request-too-large"_s);
        QVERIFY2(waitClosed(*socket, 3000), "the connection closes after the refusal");
        expectServing(*m_client);
    }

    void streamedBodyPastTheLimitIsCutOff_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("chunked") << true << QByteArray("HTTP/1.1 413");
        QTest::newRow("lying content-length") << false << QByteArray("HTTP/1.1 431"); // the rest reads as a head
    }

    void streamedBodyPastTheLimitIsCutOff()
    {
        QFETCH(bool, chunked);
        QFETCH(QByteArray, expected);
        constexpr qint64 kStreamBytes = 50 * kMiB;
        const qint64 peakBefore = peakRssKb(m_sandbox.pid());
        QVERIFY(peakBefore > 0);
        auto socket = connectTo(m_sandbox.url());
        QVERIFY(socket);
        socket->write(head(m_sandbox.url(), chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: 100\r\n"));
        const QByteArray piece(64 * 1024, 'a');
        const QByteArray chunk = chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece;
        qint64 sent = 0;
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (sent < kStreamBytes && timer.elapsed() < 30'000 && socket->state() == QAbstractSocket::ConnectedState &&
               !received.contains(expected)) {
            if (socket->bytesToWrite() < kMiB) {
                socket->write(chunk);
                sent += chunk.size();
            }
            socket->waitForBytesWritten(20);
            received += socket->readAll();
        }
        QVERIFY2(waitClosed(*socket, 5000, &received), "the sandbox closes the connection");
        const qint64 growthKb = peakRssKb(m_sandbox.pid()) - peakBefore;
        qInfo("sent %lld KiB before the refusal; peak RSS grew by %lld KiB", sent / 1024, growthKb);
        QVERIFY2(received.contains(expected), received.left(300).constData());
        QVERIFY2(sent < kStreamBytes, "cut off before the whole body was sent");
        QVERIFY2(growthKb < 20 * 1024, qPrintable(u"peak RSS grew by %1 KiB"_s.arg(growthKb)));
        expectServing(*m_client);
    }

    void halfSentHeadIsClosedAfterTheHeaderTimeout_data()
    {
        QTest::addColumn<bool>("dripping");
        QTest::newRow("silent") << false;
        QTest::newRow("one byte every 100 ms") << true;
    }

    void halfSentHeadIsClosedAfterTheHeaderTimeout()
    {
        QFETCH(bool, dripping);
        auto socket = connectTo(m_quick.url());
        QVERIFY(socket);
        socket->write("POST /router/rest HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        socket->flush();
        QElapsedTimer timer;
        timer.start();
        bool closed = false;
        while (!closed && timer.elapsed() < 4 * kHeaderTimeoutMs) {
            if (dripping) {
                socket->write("X");
                socket->flush();
            }
            closed = waitClosed(*socket, 100);
        }
        const qint64 closedAfter = timer.elapsed();
        QVERIFY2(closed, "still open long after the header timeout");
        QVERIFY2(closedAfter >= kHeaderTimeoutMs * 8 / 10, qPrintable(u"closed after %1 ms"_s.arg(closedAfter)));
        expectServing(*m_quickClient);
    }

    void idleConnectionIsClosedAfterTheIdleTimeout_data()
    {
        QTest::addColumn<bool>("afterACall");
        QTest::newRow("keep-alive after a call") << true;
        QTest::newRow("never used") << false;
    }

    void idleConnectionIsClosedAfterTheIdleTimeout()
    {
        QFETCH(bool, afterACall);
        auto socket = connectTo(m_quick.url());
        QVERIFY(socket);
        if (afterACall) {
            const QByteArray body =
                mc::test::TopCallClient::formEncode(m_quickClient->signedParameters("mc.locations.get", {}));
            socket->write(head(m_quick.url(), "Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body);
            const auto [status, reply] = readResponse(*socket, 5000);
            QVERIFY2(status.startsWith("HTTP/1.1 200") && !reply.contains("error_response"), reply.constData());
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(!waitClosed(*socket, kIdleTimeoutMs / 2), "closed before the idle timeout");
        QVERIFY2(waitClosed(*socket, 3 * kIdleTimeoutMs), "still open long after the idle timeout");
        qInfo("closed %lld ms after the last answer", timer.elapsed());
        QVERIFY(timer.elapsed() >= kIdleTimeoutMs * 8 / 10);
    }

    void idleConnectionsFromOneAddressCannotStarveAValidCall()
    {
        Sockets idle; // 320 > 64 per address, all from 127.0.0.1
        for (int i = 0; i < 320; ++i) {
            idle.push_back(connectTo(m_sandbox.url()));
            QVERIFY(idle.back());
        }
        QTest::qWait(200);
        expectServing(*m_client);
        const int open = stillOpen(idle);
        qInfo("%d of 320 idle connections still open", open);
        QVERIFY2(open <= 64, qPrintable(u"%1 idle connections open"_s.arg(open)));
        QCOMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState); // the oldest went first
        QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
    }

    void idleConnectionsCannotFillTheOverallCap()
    {
        Sockets idle; // 5 x 60 = 300 > 256 overall, each address under its 64
        for (int i = 0; i < 300; ++i) {
            idle.push_back(connectTo(m_sandbox.url(), QHostAddress(u"127.0.0.%1"_s.arg(2 + i / 60))));
            QVERIFY(idle.back());
        }
        QTest::qWait(200);
        expectServing(*m_client);
        const int open = stillOpen(idle);
        qInfo("%d of 300 idle connections still open", open);
        QVERIFY2(open <= 256, qPrintable(u"%1 idle connections open"_s.arg(open)));
        QCOMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
    }

    void connectionOverTheCapIsRefusedWhenNoneIsIdle()
    {
        const QHostAddress from(u"127.0.0.9"_s);
        Sockets busy; // 64 half-sent heads: not idle, nothing to evict
        for (int i = 0; i < 64; ++i) {
            busy.push_back(connectTo(m_sandbox.url(), from));
            QVERIFY(busy.back());
            busy.back()->write("POST /router/rest HTTP/1.1\r\n");
            busy.back()->flush();
        }
        QTest::qWait(200);
        auto extra = connectTo(m_sandbox.url(), from);
        QVERIFY(extra); // the kernel accepts; the sandbox closes it at once (its header timeout is 10 s)
        QVERIFY2(waitClosed(*extra, 3000), "the connection over the cap stays open");
        QCOMPARE(stillOpen(busy), 64);
        expectServing(*m_client); // another address is not affected
    }

    void batchNamingASkuTwiceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("secondId");
        QTest::newRow("two deltas") << QByteArray("2") << QByteArray();
        QTest::newRow("two levels") << QByteArray("1") << QByteArray();
        QTest::newRow("two deltas, id spelled with a leading zero") << QByteArray("2") << QByteArray("0");
    }

    void batchNamingASkuTwiceIsRefused()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, secondId);
        const QByteArray item = "600000000005";
        auto quantityOf = [&](const QByteArray &skuId) {
            const auto reply = m_client->call("taobao.item.seller.get", {{"num_iid", item}});
            for (const auto &sku : reply.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"].toArray())
                if (QByteArray::number(sku[u"sku_id"].toInteger()) == skuId)
                    return sku[u"quantity"].toInteger();
            return qint64(-1);
        };
        const auto first = m_client->call("taobao.item.seller.get", {{"num_iid", item}});
        const QByteArray skuId = QByteArray::number(
            first.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"][0][u"sku_id"].toInteger());
        const qint64 before = quantityOf(skuId);
        QVERIFY(before >= 0);
        const auto reply = m_client->call(
            "taobao.skus.quantity.update",
            {{"num_iid", item}, {"type", type}, {"skuid_quantities", skuId + ":5;" + secondId + skuId + ":3"}});
        QVERIFY2(reply.isError(), reply.body.constData());
        QCOMPARE(reply.subCode(), u"isv.invalid-parameter:skuid_quantities"_s);
        QVERIFY2(reply.error()[u"sub_msg"].toString().contains(u"more than once"_s), reply.body.constData());
        QCOMPARE(quantityOf(skuId), before); // all or nothing
        const auto once = m_client->call("taobao.skus.quantity.update",
                                         {{"num_iid", item}, {"type", "2"}, {"skuid_quantities", skuId + ":8"}});
        QVERIFY2(!once.isError(), once.body.constData());
        QCOMPARE(quantityOf(skuId), before + 8);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandbox_hardening.moc"
