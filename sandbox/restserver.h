// The HTTP front of the sandbox on Qt HttpServer: /router/rest over HTTP or HTTPS. It
// subclasses QAbstractHttpServer rather than routing through QHttpServer because faults
// need the socket itself (hung responses, truncated bodies, connection resets). Calls are
// admitted here, answered on worker or state threads, and written back in request order.
// Connections come through a ConnectionGuard (sizes, timeouts, connection caps).
#pragma once

#include "app/core/clock.h"
#include "sandbox/apicall.h"
#include "sandbox/connectionlimits.h"
#include "sandbox/faultplan.h"
#include "sandbox/methodtable.h"
#include "sandbox/requestframer.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>

#include <atomic>
#include <functional>
#include <map>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace mc::sandbox {

class ConnectionGuard;
class RequestGuard;
struct TlsIdentity;

class RestServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestServer)

public:
    using Done = std::function<void(ApiReply)>; // may be called on any thread
    using Dispatch = std::function<void(ApiCall call, const MethodInfo &method, Done done)>;

    RestServer(RequestGuard &guard, FaultPlan &faults, const core::Clock &sandboxClock, const ConnectionLimits &limits,
               Dispatch dispatch);
    ~RestServer() override;

    // On the server's thread. Returns the port, or 0 when listening failed.
    quint16 start(const QHostAddress &address, quint16 port, const TlsIdentity *tls);
    // Stops listening and drops every connection (hung ones included).
    void shutdown();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Outgoing
    {
        ApiReply reply;
        FaultDecision fault;
        bool close = false;
    };
    struct Connection
    {
        quint64 nextSeq = 0;
        quint64 nextWrite = 0;
        std::map<quint64, Outgoing> ready;
        bool stalled = false; // a hung or broken response: nothing more is written
    };

    Connection &connection(QTcpSocket *socket);
    // The next answer's place on this connection; the connection owes it until written.
    quint64 takeSeq(QTcpSocket *socket);
    // A request the ConnectionGuard stopped unread: 413 or 431, then the connection closes.
    void refuseUnread(QTcpSocket *socket, RequestFramer::Verdict verdict);
    void respondNow(QTcpSocket *socket, quint64 seq, ApiReply reply, bool close);
    void complete(const QPointer<QTcpSocket> &socket, quint64 seq, Outgoing out);
    void flush(QTcpSocket *socket);
    void write(QTcpSocket *socket, const Outgoing &out);
    QByteArray nextRequestId();

    RequestGuard &m_guard;
    FaultPlan &m_faults;
    const core::Clock &m_clock;
    ConnectionLimits m_limits;
    Dispatch m_dispatch;
    ConnectionGuard *m_front = nullptr; // a child, once listening
    QHash<QTcpSocket *, Connection> m_connections;
    std::uint64_t m_requests = 0;
    QByteArray m_requestPrefix;
};

} // namespace mc::sandbox
