// Request parsing, admission, ordering of responses per connection, and socket-level faults.
#include "sandbox/restserver.h"

#include "app/protocol/errors.h"
#include "sandbox/connectionguard.h"
#include "sandbox/envelope.h"
#include "sandbox/formdecoder.h"
#include "sandbox/requestguard.h"
#include "sandbox/tlsidentity.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// RFC 9110 IMF-fixdate, e.g. "Mon, 11 Nov 2024 16:00:00 GMT".
QByteArray httpDate(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// An RST instead of a FIN: SO_LINGER with a zero timeout, then close.
void resetConnection(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger l{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    socket->abort();
}

} // namespace

RestServer::RestServer(RequestGuard &guard, FaultPlan &faults, const core::Clock &sandboxClock,
                       const ConnectionLimits &limits, Dispatch dispatch)
    : m_guard(guard), m_faults(faults), m_clock(sandboxClock), m_limits(limits), m_dispatch(std::move(dispatch)),
      m_requestPrefix(QByteArray::number(QRandomGenerator::global()->bounded(36 * 36 * 36), 36))
{}

RestServer::~RestServer() = default;

quint16 RestServer::start(const QHostAddress &address, quint16 port, const TlsIdentity *tls)
{
    auto front = std::make_unique<ConnectionGuard>(
        m_limits, [this](QTcpSocket *socket, RequestFramer::Verdict verdict) { refuseUnread(socket, verdict); });
    if (tls) {
        QSslConfiguration configuration; // as QAbstractHttpServer::sslSetup() makes it
        configuration.setLocalCertificate(QSslCertificate(tls->certificatePem, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(tls->privateKeyPem, QSsl::Ec, QSsl::Pem));
        configuration.setProtocol(QSsl::SecureProtocols);
        front->setTls(configuration);
    }
    if (!front->listen(address, port))
        return 0;
    m_front = front.release();
    bind(m_front); // QtHttpServer takes the connections the guard admits
    return m_front->serverPort();
}

void RestServer::shutdown()
{
    for (QTcpServer *server : servers())
        server->close();
    if (m_front)
        m_front->closeAll();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_connections.clear();
}

QByteArray RestServer::nextRequestId()
{
    return m_requestPrefix + QByteArray::number(++m_requests, 36);
}

RestServer::Connection &RestServer::connection(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
        it = m_connections.insert(socket, Connection{});
    }
    return *it;
}

quint64 RestServer::takeSeq(QTcpSocket *socket)
{
    if (m_front)
        m_front->setAnswersOwed(socket, true);
    return connection(socket).nextSeq++;
}

void RestServer::refuseUnread(QTcpSocket *socket, RequestFramer::Verdict verdict)
{
    disconnect(socket, &QIODevice::readyRead, this, nullptr); // QtHttpServer reads no more of it
    const bool head = verdict == RequestFramer::Verdict::HeadTooLarge;
    const qsizetype limit = head ? ConnectionLimits::kMaxHeadBytes : ConnectionLimits::kMaxBodyBytes;
    ApiReply reply = errorReply({protocol::errc::kInvalidArguments, protocol::subc::kRequestTooLarge,
                                 (head ? "the request line and headers exceed " : "the request body exceeds ") +
                                     QByteArray::number(limit) + " bytes"},
                                nextRequestId());
    reply.httpStatus = head ? 431 : 413;
    const quint64 seq = takeSeq(socket);
    respondNow(socket, seq, std::move(reply), true);
}

bool RestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const quint64 seq = takeSeq(socket);
    const bool close = headerValue(request, "connection").compare("close", Qt::CaseInsensitive) == 0;
    ApiCall call;
    call.requestId = nextRequestId();
    auto refuse = [&](const ApiError &error, int httpStatus = 0) {
        ApiReply reply = errorReply(error, call.requestId);
        if (httpStatus)
            reply.httpStatus = httpStatus;
        respondNow(socket, seq, std::move(reply), close || httpStatus == 413);
        return true;
    };
    if (request.url().path() != u"/router/rest")
        return refuse({protocol::errc::kInvalidMethod, protocol::subc::kUnknownPath, "the endpoint is /router/rest"}, 404);
    const auto verb = request.method();
    if (verb != QHttpServerRequest::Method::Get && verb != QHttpServerRequest::Method::Post)
        return refuse({9, protocol::subc::kHttpActionNotAllowed, "use GET or POST"}, 405);
    const QByteArray body = request.body();
    if (body.size() > ConnectionLimits::kMaxBodyBytes) // the guard stops these before; a second line
        return refuse({protocol::errc::kInvalidArguments, protocol::subc::kRequestTooLarge,
                       "the request body exceeds " + QByteArray::number(ConnectionLimits::kMaxBodyBytes) + " bytes"},
                      413);

    QByteArray offending;
    auto problem = FormDecoder::decode(request.url().query(QUrl::FullyEncoded).toLatin1(), call.params, offending);
    const QByteArray contentType = headerValue(request, "content-type");
    if (problem == FormDecoder::Problem::None && !body.isEmpty()) {
        if (!contentType.isEmpty() && !contentType.startsWith("application/x-www-form-urlencoded"))
            return refuse({protocol::errc::kInvalidArguments, protocol::subc::kUnsupportedContentType,
                           "send parameters as application/x-www-form-urlencoded"});
        problem = FormDecoder::decode(body, call.params, offending);
    }
    switch (problem) {
    case FormDecoder::Problem::None:
        break;
    case FormDecoder::Problem::BadEscape:
        return refuse({protocol::errc::kInvalidArguments, protocol::subc::kInvalidEncoding,
                       "bad %-escape in parameter " + offending.left(64)});
    case FormDecoder::Problem::InvalidUtf8:
        return refuse({errc2::kInvalidEncoding, protocol::subc::kInvalidEncoding,
                       "parameter " + offending.left(64) + " is not valid UTF-8"});
    case FormDecoder::Problem::DuplicateKey:
        return refuse({protocol::errc::kInvalidArguments, protocol::subc::kDuplicateParameter,
                       "parameter " + offending.left(64) + " appears more than once"});
    }

    const RequestGuard::Outcome admitted = m_guard.admit(call);
    if (admitted.error) {
        ApiReply reply = errorReply(*admitted.error, call.requestId, admitted.retryAfterSeconds);
        respondNow(socket, seq, std::move(reply), close);
        return true;
    }
    const FaultDecision fault = m_faults.decide(call.method);
    if (fault.kind == FaultDecision::Kind::Unavailable || fault.kind == FaultDecision::Kind::RemoteError) {
        // Injected errors are answered without running the call.
        const bool unavailable = fault.kind == FaultDecision::Kind::Unavailable;
        ApiReply reply = errorReply(
            unavailable ? ApiError{protocol::errc::kServiceUnavailable, protocol::subc::kServiceUnavailable, "injected fault"}
                        : ApiError{protocol::errc::kRemoteServiceError, protocol::subc::kRemoteServiceError, "injected fault"},
            call.requestId);
        complete(QPointer<QTcpSocket>(socket), seq,
                 {std::move(reply), {FaultDecision::Kind::None, fault.latencyMs}, close});
        return true;
    }
    QPointer<RestServer> self(this);
    QPointer<QTcpSocket> target(socket);
    m_dispatch(std::move(call), *admitted.method, [self, target, seq, fault, close](ApiReply reply) {
        // Runs on the answering thread; the server thread writes.
        QMetaObject::invokeMethod(
            self.data(),
            [self, target, seq, fault, close, reply = std::move(reply)]() mutable {
                if (self)
                    self->complete(target, seq, {std::move(reply), fault, close});
            },
            Qt::QueuedConnection);
    });
    return true;
}

void RestServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    respondNow(socket, takeSeq(socket),
               errorReply({protocol::errc::kInvalidMethod, protocol::subc::kUnknownPath, {}}, nextRequestId()), false);
}

void RestServer::respondNow(QTcpSocket *socket, quint64 seq, ApiReply reply, bool close)
{
    complete(QPointer<QTcpSocket>(socket), seq, {std::move(reply), {}, close});
}

void RestServer::complete(const QPointer<QTcpSocket> &socket, quint64 seq, Outgoing out)
{
    if (!socket)
        return;
    if (out.fault.latencyMs > 0) {
        const int delay = std::exchange(out.fault.latencyMs, 0);
        QTimer::singleShot(delay, this, [this, socket, seq, out = std::move(out)]() mutable {
            complete(socket, seq, std::move(out));
        });
        return;
    }
    auto it = m_connections.find(socket.data());
    if (it == m_connections.end())
        return;
    it->ready.emplace(seq, std::move(out));
    flush(socket.data());
}

void RestServer::flush(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    while (!it->stalled) {
        auto next = it->ready.find(it->nextWrite);
        if (next == it->ready.end())
            break;
        Outgoing out = std::move(next->second);
        it->ready.erase(next);
        ++it->nextWrite;
        const FaultDecision::Kind kind = out.fault.kind;
        if (kind == FaultDecision::Kind::Hang || kind == FaultDecision::Kind::Truncate ||
            kind == FaultDecision::Kind::Reset)
            it->stalled = true;
        write(socket, out); // may close the socket; `it` is not used after a stall
        if (out.close && !it->stalled)
            m_front->closeAfterAnswer(socket);
    }
    // A hung answer stays owed: the connection is never idle, it stays open until the client gives up.
    m_front->setAnswersOwed(socket, it->stalled || it->nextWrite < it->nextSeq);
}

void RestServer::write(QTcpSocket *socket, const Outgoing &out)
{
    switch (out.fault.kind) {
    case FaultDecision::Kind::Hang:
        return; // the response never comes; the connection stays open until the client gives up
    case FaultDecision::Kind::Reset:
        resetConnection(socket);
        return;
    default:
        break;
    }
    const ApiReply &reply = out.reply;
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 ";
    head += QByteArray::number(reply.httpStatus);
    head += ' ';
    head += reasonPhrase(reply.httpStatus);
    head += "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: ";
    head += QByteArray::number(reply.body.size());
    head += "\r\nDate: ";
    head += httpDate(m_clock.nowMs());
    if (reply.retryAfterSeconds > 0) {
        head += "\r\nRetry-After: ";
        head += QByteArray::number(reply.retryAfterSeconds);
    }
    if (out.close)
        head += "\r\nConnection: close";
    head += "\r\n\r\n";
    socket->write(head);
    if (out.fault.kind == FaultDecision::Kind::Truncate) {
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(reply.body);
}

} // namespace mc::sandbox
