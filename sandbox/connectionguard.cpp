// Admission, byte watching and timeouts of the sandbox's connections.
#include "sandbox/connectionguard.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>
#include <unistd.h>

namespace mc::sandbox {

namespace {
bool allSent(QTcpSocket *socket)
{
    if (socket->bytesToWrite() > 0)
        return false;
    const auto *ssl = qobject_cast<QSslSocket *>(socket);
    return !ssl || ssl->encryptedBytesToWrite() == 0;
}
} // namespace

ConnectionGuard::ConnectionGuard(const ConnectionLimits &limits, Refuse refuse, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_refuse(std::move(refuse))
{
    m_clock.start();
    // A quarter of the shortest limit, so a connection outlives its limit by at most that.
    const int shortest = std::min({m_limits.headerTimeoutMs, m_limits.idleTimeoutMs, ConnectionLimits::kLingerMs});
    m_sweep.setInterval(std::clamp(shortest / 4, 10, 250));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
}

ConnectionGuard::~ConnectionGuard() = default;

void ConnectionGuard::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        ::close(static_cast<int>(handle));
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!makeRoom(peer)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    Tracked &t = *m_tracked.insert(socket, Tracked{});
    t.peer = peer;
    t.openedMs = t.quietMs = t.lastByteMs = nowMs();
    ++m_perAddress[peer];
    if (!m_sweep.isActive())
        m_sweep.start();
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        const auto it = m_tracked.constFind(socket);
        if (it != m_tracked.cend() && it->phase == Phase::Handshake)
            socket->deleteLater(); // not QtHttpServer's yet
        untrack(socket);
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { untrack(socket); });
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!ssl) {
        handOver(socket);
        return;
    }
    connect(ssl, &QSslSocket::encrypted, this, [this, socket] { handOver(socket); });
    connect(ssl, &QAbstractSocket::errorOccurred, this, [this, socket] {
        const auto it = m_tracked.constFind(socket);
        if (it != m_tracked.cend() && it->phase == Phase::Handshake)
            drop(socket, Expiry::Abort);
    });
    ssl->setSslConfiguration(*m_tls);
    ssl->startServerEncryption();
}

void ConnectionGuard::handOver(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    it->phase = Phase::Open;
    it->quietMs = nowMs();
    connect(socket, &QIODevice::readyRead, this, [this, socket] { beforeServer(socket); });
    addPendingConnection(socket); // QtHttpServer takes it and connects its readyRead here
    connect(socket, &QIODevice::readyRead, this, [this, socket] { afterServer(socket); });
    if (socket->bytesAvailable() > 0) // decrypted along with the handshake's end
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

bool ConnectionGuard::makeRoom(const QHostAddress &peer)
{
    if (m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress && !evictOldestIdle(peer))
        return false;
    if (m_tracked.size() >= m_limits.maxConnections && !evictOldestIdle(std::nullopt))
        return false;
    return true;
}

bool ConnectionGuard::evictOldestIdle(const std::optional<QHostAddress> &peer)
{
    QTcpSocket *oldest = nullptr;
    qint64 oldestQuietMs = 0;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if ((peer && it->peer != *peer) || !isIdle(it.key(), *it))
            continue;
        if (!oldest || it->quietMs < oldestQuietMs) {
            oldest = it.key();
            oldestQuietMs = it->quietMs;
        }
    }
    if (!oldest)
        return false;
    drop(oldest, Expiry::Close);
    return true;
}

bool ConnectionGuard::isIdle(QTcpSocket *socket, const Tracked &t) const
{
    if (t.phase == Phase::Handshake)
        return true; // nothing asked yet: evictable like an idle connection
    return t.phase == Phase::Open && !t.owed && t.framer.stage() == RequestFramer::Stage::BetweenRequests &&
           socket->bytesAvailable() == 0;
}

void ConnectionGuard::setAnswersOwed(QTcpSocket *socket, bool owed)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end() || it->owed == owed)
        return;
    it->owed = owed;
    if (!owed)
        it->quietMs = nowMs();
}

void ConnectionGuard::beforeServer(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    Tracked &t = *it;
    if (t.phase != Phase::Open) { // the rest of a refused request
        t.dropped += std::max<qint64>(0, socket->skip(socket->bytesAvailable()));
        if (t.dropped > ConnectionLimits::kLingerBytes)
            drop(socket, Expiry::Abort);
        return;
    }
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - t.unread;
    if (fresh <= 0)
        return;
    t.lastByteMs = nowMs();
    const quint64 heads = t.framer.headsBegun();
    if (t.framer.bodyAhead() >= fresh) {
        t.framer.skipBody(fresh); // body bytes need not be looked at
    } else {
        const QByteArray window = socket->peek(available);
        t.framer.feed(QByteArrayView(window).sliced(std::max<qsizetype>(0, window.size() - fresh)));
    }
    if (t.framer.headsBegun() != heads)
        t.headMs = t.lastByteMs;
    if (t.framer.verdict() != RequestFramer::Verdict::Fine)
        cutOff(socket, t);
}

void ConnectionGuard::afterServer(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it != m_tracked.end() && it->phase == Phase::Open)
        it->unread = socket->bytesAvailable();
}

void ConnectionGuard::cutOff(QTcpSocket *socket, Tracked &t)
{
    t.phase = Phase::Refused;
    // Until the answer is written (it may wait for earlier answers on this connection).
    t.closeByMs = nowMs() + m_limits.idleTimeoutMs;
    if (socket->isTransactionStarted())
        socket->commitTransaction(); // QtHttpServer's hold on what it read of the request
    socket->skip(socket->bytesAvailable());
    m_refuse(socket, t.framer.verdict());
}

void ConnectionGuard::closeAfterAnswer(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end() || it->phase != Phase::Refused) {
        socket->disconnectFromHost();
        return;
    }
    it->phase = Phase::Closing;
    it->closeByMs = nowMs() + ConnectionLimits::kLingerMs;
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] { shutWriteWhenSent(socket); });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this, socket] { shutWriteWhenSent(socket); });
    socket->flush();
    shutWriteWhenSent(socket);
}

void ConnectionGuard::shutWriteWhenSent(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end() || it->phase != Phase::Closing || it->halfClosed || !allSent(socket))
        return;
    it->halfClosed = true;
    ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
}

ConnectionGuard::Expiry ConnectionGuard::expiry(QTcpSocket *socket, const Tracked &t, qint64 nowMs) const
{
    switch (t.phase) {
    case Phase::Handshake:
        return nowMs - t.openedMs >= m_limits.headerTimeoutMs ? Expiry::Abort : Expiry::None;
    case Phase::Refused:
    case Phase::Closing:
        return nowMs >= t.closeByMs ? Expiry::Abort : Expiry::None;
    case Phase::Open:
        break;
    }
    switch (t.framer.stage()) {
    case RequestFramer::Stage::Head:
        return nowMs - t.headMs >= m_limits.headerTimeoutMs ? Expiry::Close : Expiry::None;
    case RequestFramer::Stage::Body:
        return nowMs - t.lastByteMs >= m_limits.idleTimeoutMs ? Expiry::Close : Expiry::None;
    case RequestFramer::Stage::BetweenRequests:
        break;
    }
    return isIdle(socket, t) && nowMs - t.quietMs >= m_limits.idleTimeoutMs ? Expiry::Close : Expiry::None;
}

void ConnectionGuard::sweep()
{
    const qint64 now = nowMs();
    QList<std::pair<QTcpSocket *, Expiry>> expired;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it)
        if (const Expiry how = expiry(it.key(), *it, now); how != Expiry::None)
            expired.append({it.key(), how});
    for (const auto &[socket, how] : expired)
        drop(socket, how);
    if (m_tracked.isEmpty())
        m_sweep.stop();
}

void ConnectionGuard::drop(QTcpSocket *socket, Expiry how)
{
    const auto it = m_tracked.constFind(socket);
    if (it == m_tracked.cend())
        return;
    const bool ours = it->phase == Phase::Handshake;
    untrack(socket);
    if (how == Expiry::Abort)
        socket->abort();
    else
        socket->disconnectFromHost();
    if (ours)
        socket->deleteLater();
}

void ConnectionGuard::untrack(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    const auto count = m_perAddress.find(it->peer);
    if (count != m_perAddress.end() && --*count <= 0)
        m_perAddress.erase(count);
    m_tracked.erase(it);
}

void ConnectionGuard::closeAll()
{
    const QList<QTcpSocket *> sockets = m_tracked.keys();
    for (QTcpSocket *socket : sockets)
        drop(socket, Expiry::Abort);
    m_sweep.stop();
}

} // namespace mc::sandbox
