// The listening socket of the sandbox's HTTP front, bound to RestServer in front of
// QtHttpServer. QtHttpServer 6.4 keeps a whole request in memory (a transaction on the
// socket, then copies) before its handler sees it, and has no timeouts and no limit on
// connections. This server therefore:
//  - accepts connections itself (TLS too) and holds at most maxConnections overall and
//    maxConnectionsPerAddress per client address: the longest-idle connection is closed to
//    make room, and when none is idle the new one is closed at once;
//  - sees every byte before QtHttpServer parses it (its readyRead slot is connected first;
//    one connected after QtHttpServer's notes what was left unread), follows the requests
//    with a RequestFramer, and stops a request over a limit before it is buffered;
//  - closes a connection whose request head takes longer than headerTimeoutMs, whose body
//    stops coming for idleTimeoutMs, or that sits idle (nothing in flight) for idleTimeoutMs.
#pragma once

#include "sandbox/connectionlimits.h"
#include "sandbox/requestframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <optional>

namespace mc::sandbox {

class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    // A request was stopped unread: answer it (413 or 431), then call closeAfterAnswer().
    using Refuse = std::function<void(QTcpSocket *socket, RequestFramer::Verdict verdict)>;

    ConnectionGuard(const ConnectionLimits &limits, Refuse refuse, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // Serve TLS with this configuration (before listen()).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    // Whether answers are owed on this connection; while they are (a hung answer stays owed)
    // it is not idle.
    void setAnswersOwed(QTcpSocket *socket, bool owed);
    // The answer that ends the connection was written: close it. After a refused request the
    // write side is shut and the rest of the request is read and dropped for a moment, so the
    // client sees the answer rather than a reset.
    void closeAfterAnswer(QTcpSocket *socket);
    // Closes every connection, also those still in their TLS handshake.
    void closeAll();

protected:
    void incomingConnection(qintptr handle) override;

private:
    enum class Phase { Handshake, Open, Refused, Closing };
    struct Tracked
    {
        QHostAddress peer;
        RequestFramer framer{ConnectionLimits::kMaxHeadBytes, ConnectionLimits::kMaxBodyBytes};
        Phase phase = Phase::Handshake;
        qint64 unread = 0; // bytes QtHttpServer left in the socket after its last read
        bool owed = false;
        bool halfClosed = false;
        qint64 dropped = 0; // bytes of a refused request read and dropped
        qint64 openedMs = 0;
        qint64 headMs = 0; // first byte of the current request's head
        qint64 lastByteMs = 0;
        qint64 quietMs = 0;   // nothing owed since then
        qint64 closeByMs = 0; // Refused, Closing: aborted then
    };
    enum class Expiry { None, Close, Abort };

    bool makeRoom(const QHostAddress &peer);
    bool evictOldestIdle(const std::optional<QHostAddress> &peer);
    bool isIdle(QTcpSocket *socket, const Tracked &t) const;
    Expiry expiry(QTcpSocket *socket, const Tracked &t, qint64 nowMs) const;
    void handOver(QTcpSocket *socket);
    void beforeServer(QTcpSocket *socket);
    void afterServer(QTcpSocket *socket);
    void cutOff(QTcpSocket *socket, Tracked &t);
    void shutWriteWhenSent(QTcpSocket *socket);
    void drop(QTcpSocket *socket, Expiry how);
    void untrack(QTcpSocket *socket);
    void sweep();
    qint64 nowMs() const { return m_clock.elapsed(); }

    ConnectionLimits m_limits;
    Refuse m_refuse;
    std::optional<QSslConfiguration> m_tls;
    QHash<QTcpSocket *, Tracked> m_tracked;
    QHash<QHostAddress, int> m_perAddress;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

} // namespace mc::sandbox
