// Sandbox benchmark: a platform-sandbox process generates orders at a steady rate while this
// program fetches taobao.trades.sold.increment.get pages of 100 trades over loopback as fast
// as it can on a few keep-alive connections (each request signed with HMAC-SHA256 and a nonce).
// Reports generated orders/s (from mc.admin.stats.get) and served pages/s.
// Goal (issue 3): 2,000 orders/s generated while serving >= 1,000 pages/s on a 2-core machine.
//
//   build/tests/bench_sandbox [seconds=20] [connections=4] [rate=2000] [seed_orders=300000]
#include "app/protocol/signature.h"
#include "app/protocol/toptime.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

// One keep-alive HTTP/1.1 connection sending the next signed page request when the previous
// response is complete (closed loop, no pipelining).
class PageFetcher
{
public:
    PageFetcher(const QUrl &url, mc::test::SandboxCredential credential, std::function<std::int64_t()> clock,
                std::int64_t windowEndMs, int pages)
        : m_url(url), m_credential(std::move(credential)), m_clock(std::move(clock)), m_windowEndMs(windowEndMs),
          m_pages(pages)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { sendNext(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onReadyRead(); });
        m_socket.connectToHost(m_url.host(), static_cast<quint16>(m_url.port()));
    }

    void stop() { m_stopped = true; }
    std::int64_t pagesOk() const { return m_ok; }
    std::int64_t failures() const { return m_failed; }
    std::int64_t bytes() const { return m_bytes; }

private:
    void sendNext()
    {
        if (m_stopped)
            return;
        const int page = 1 + static_cast<int>(m_sequence++ % m_pages);
        mc::protocol::Parameters p{{"method", "taobao.trades.sold.increment.get"},
                                   {"app_key", m_credential.appKey},
                                   {"session", m_credential.session},
                                   {"timestamp", mc::protocol::formatTopTime(m_clock())},
                                   {"format", "json"},
                                   {"v", "2.0"},
                                   {"sign_method", "hmac-sha256"},
                                   {"nonce", QByteArray::number(QRandomGenerator::global()->generate64(), 36)},
                                   {"start_modified", mc::protocol::formatTopTime(m_windowEndMs - kHourMs)},
                                   {"end_modified", mc::protocol::formatTopTime(m_windowEndMs)},
                                   {"page_no", QByteArray::number(page)},
                                   {"page_size", "100"},
                                   {"use_has_next", "true"}};
        p.emplace("sign", mc::protocol::sign(p, m_credential.appSecret, mc::protocol::SignMethod::HmacSha256));
        const QByteArray body = mc::test::TopCallClient::formEncode(p);
        QByteArray request = "POST " + m_url.path().toLatin1() + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1() +
                             "\r\nContent-Type: application/x-www-form-urlencoded;charset=UTF-8\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket.write(request);
        m_buffer.clear();
        m_expected = -1;
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        if (m_expected < 0) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
            if (lengthAt < 0 || lengthAt > headerEnd) {
                ++m_failed;
                return;
            }
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
            m_expected = headerEnd + 4 + m_buffer.mid(lengthAt + 16, lineEnd - lengthAt - 16).toLongLong();
            m_bodyStart = headerEnd + 4;
        }
        if (m_buffer.size() < m_expected)
            return;
        m_bytes += m_expected;
        // A page of 100 trades, not an error envelope.
        if (QByteArrayView(m_buffer).sliced(m_bodyStart).startsWith("{\"trades_sold_increment_get_response\"") &&
            m_expected - m_bodyStart > 20'000)
            ++m_ok;
        else
            ++m_failed;
        sendNext();
    }

    QUrl m_url;
    mc::test::SandboxCredential m_credential;
    std::function<std::int64_t()> m_clock;
    std::int64_t m_windowEndMs;
    int m_pages;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_expected = -1;
    qsizetype m_bodyStart = 0;
    std::uint64_t m_sequence = 0;
    std::int64_t m_ok = 0;
    std::int64_t m_failed = 0;
    std::int64_t m_bytes = 0;
    bool m_stopped = false;
};

QJsonObject stats(mc::test::TopCallClient &client)
{
    return client.call("mc.admin.stats.get").response("mc.admin.stats.get")[u"stats"].toObject();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = args.value(1, u"20"_s).toInt();
    const int connections = args.value(2, u"4"_s).toInt();
    const QString rate = args.value(3, u"2000"_s);
    const QString seedOrders = args.value(4, u"300000"_s);
    QTextStream out(stdout);

    mc::test::SandboxProcess sandbox;
    QElapsedTimer startup;
    startup.start();
    if (!sandbox.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, rate, u"--seed-orders"_s, seedOrders,
                        u"--rate-limit"_s, u"off"_s})) {
        out << "cannot start the sandbox: " << sandbox.errorString() << Qt::endl;
        return 1;
    }
    out << "sandbox ready in " << startup.elapsed() << " ms (" << seedOrders << " seeded orders)" << Qt::endl;
    mc::test::TopCallClient admin(sandbox.url(), sandbox.owner());
    auto clock = [&sandbox] { return sandbox.sandboxNowMs(); };
    admin.setClock(clock);

    // A past hour of seeded history: about 6,000 trades, 60 pages of 100 that do not change.
    const std::int64_t windowEnd = sandbox.sandboxNowMs() - 6 * kHourMs;
    QThread::msleep(2000); // let the simulator reach its rate
    const QJsonObject before = stats(admin);
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::unique_ptr<PageFetcher>> fetchers;
    for (int i = 0; i < connections; ++i)
        fetchers.push_back(std::make_unique<PageFetcher>(sandbox.url(), sandbox.owner(), clock, windowEnd, 55));
    QTimer::singleShot(seconds * 1000, &app, [&] {
        for (auto &f : fetchers)
            f->stop();
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    });
    app.exec();
    const double wall = static_cast<double>(elapsed.elapsed()) / 1000.0;
    const QJsonObject after = stats(admin);

    std::int64_t pages = 0;
    std::int64_t failures = 0;
    std::int64_t bytes = 0;
    for (const auto &f : fetchers) {
        pages += f->pagesOk();
        failures += f->failures();
        bytes += f->bytes();
    }
    const double ordersPerSecond =
        static_cast<double>(after[u"orders_created"].toInteger() - before[u"orders_created"].toInteger()) /
        (static_cast<double>(after[u"clock_ms"].toInteger() - before[u"clock_ms"].toInteger()) / 1000.0);
    const double pagesPerSecond = static_cast<double>(pages) / (wall - 0.3);
    out << "cores: " << QThread::idealThreadCount() << ", connections: " << connections << ", seconds: " << seconds
        << Qt::endl;
    out << "generated orders/s:          " << QString::number(ordersPerSecond, 'f', 0) << " (target rate " << rate
        << ", dropped " << after[u"orders_dropped"].toInteger() << ", slow ticks "
        << after[u"slow_ticks"].toInteger() - before[u"slow_ticks"].toInteger() << ")" << Qt::endl;
    out << "increment.get pages/s (100): " << QString::number(pagesPerSecond, 'f', 0) << " ("
        << QString::number(static_cast<double>(bytes) / wall / 1e6, 'f', 1) << " MB/s, " << failures << " failed)"
        << Qt::endl;
    out << "goal: 2000 orders/s while serving 1000 pages/s: "
        << (ordersPerSecond >= 0.97 * 2000 && pagesPerSecond >= 1000 ? "met" : "NOT met") << Qt::endl;
    out << "reproduce: build/tests/bench_sandbox " << seconds << ' ' << connections << ' ' << rate << ' ' << seedOrders
        << Qt::endl;
    sandbox.stop();
    return failures == 0 ? 0 : 1;
}
