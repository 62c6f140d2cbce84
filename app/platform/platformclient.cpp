// PlatformClient implementation.
#include "app/platform/platformclient.h"

#include "app/protocol/errors.h"
#include "app/protocol/toptime.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcPlatform, "mc.platform")

namespace mc::platform {

const char *kindName(PlatformError::Kind kind)
{
    switch (kind) {
    case PlatformError::Kind::Network: return "network";
    case PlatformError::Kind::Timeout: return "timeout";
    case PlatformError::Kind::BadResponse: return "bad-response";
    case PlatformError::Kind::Platform: return "platform";
    case PlatformError::Kind::Retryable: return "platform-retryable";
    case PlatformError::Kind::RateLimited: return "rate-limited";
    case PlatformError::Kind::Auth: return "auth";
    case PlatformError::Kind::Permission: return "permission";
    case PlatformError::Kind::ClockSkew: return "clock-skew";
    case PlatformError::Kind::Tls: return "tls";
    case PlatformError::Kind::TooLarge: return "too-large";
    case PlatformError::Kind::Cancelled: return "cancelled";
    }
    return "unknown";
}

QString PlatformError::toString() const
{
    QString s = QString::fromLatin1(kindName(kind)) + u": " + message;
    if (code != 0)
        s += u" (code " + QString::number(code) + (subCode.isEmpty() ? QString() : u", " + QString::fromUtf8(subCode)) +
             u')';
    return s;
}

struct PlatformClient::Pending
{
    QByteArray method;
    protocol::Parameters params;
    Callback done;
    bool raw = false;
    int attempts = 0;
    int rateLimitWaits = 0;
    quint64 generation = 0;
};

namespace {

// HTTP IMF-fixdate, "Sat, 21 Nov 2026 22:00:00 GMT" -> ms since epoch. (Qt 6.4's
// RFC2822Date parser refuses the "GMT" zone name that HTTP mandates.)
std::optional<std::int64_t> parseHttpDate(const QByteArray &value)
{
    static const QByteArrayList kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QList<QByteArray> parts = value.trimmed().split(' ');
    if (parts.size() != 6 || parts[5] != "GMT")
        return std::nullopt;
    const int month = static_cast<int>(kMonths.indexOf(parts[2])) + 1;
    const QDate date(parts[3].toInt(), month, parts[1].toInt());
    const QTime time = QTime::fromString(QString::fromLatin1(parts[4]), QStringLiteral("HH:mm:ss"));
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

std::int64_t retryAfterMs(QNetworkReply *reply)
{
    const QByteArray header = reply->rawHeader("Retry-After");
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds * 1000LL : -1;
}

} // namespace

PlatformError errorFromEnvelope(const QJsonObject &envelope, int httpStatus)
{
    PlatformError e;
    e.code = envelope.value(QLatin1String("code")).toInt();
    e.subCode = envelope.value(QLatin1String("sub_code")).toString().toUtf8();
    const QString msg = envelope.value(QLatin1String("msg")).toString();
    const QString subMsg = envelope.value(QLatin1String("sub_msg")).toString();
    e.message = subMsg.isEmpty() ? msg : msg + u": " + subMsg;
    e.httpStatus = httpStatus;
    switch (protocol::classify(e.code, e.subCode)) {
    case protocol::ErrorClass::Retryable: e.kind = PlatformError::Kind::Retryable; break;
    case protocol::ErrorClass::RateLimited: e.kind = PlatformError::Kind::RateLimited; break;
    case protocol::ErrorClass::Auth:
        e.kind = e.code >= protocol::errc::kInsufficientIsvPermissions &&
                         e.code <= protocol::errc::kInsufficientPartnerPermissions
                     ? PlatformError::Kind::Permission
                     : PlatformError::Kind::Auth;
        break;
    case protocol::ErrorClass::Fatal: e.kind = PlatformError::Kind::Platform; break;
    }
    return e;
}

PlatformClient::PlatformClient(ClientOptions options, Credentials credentials, const core::Clock &clock,
                               QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_credentials(std::move(credentials)), m_clock(clock),
      m_endpointAllowed(checkEndpoint(m_options.endpoint)), m_network(new QNetworkAccessManager(this)),
      m_budget(std::make_shared<RequestBudget>(clock, m_options.requestsPerSecond, m_options.burst)),
      m_backoff(m_options.backoffBaseMs, m_options.backoffCapMs)
{
    m_options.pinnedSha256 = normalizedPin(m_options.pinnedSha256);
    m_network->setAutoDeleteReplies(false);
}

PlatformClient::~PlatformClient() { cancelAll(); }

void PlatformClient::call(const QByteArray &method, protocol::Parameters params, Callback done)
{
    enqueue(method, std::move(params), std::move(done), false);
}

void PlatformClient::callRaw(const QByteArray &method, protocol::Parameters params, Callback done)
{
    enqueue(method, std::move(params), std::move(done), true);
}

void PlatformClient::enqueue(const QByteArray &method, protocol::Parameters params, Callback done, bool raw)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->params = std::move(params);
    pending->done = std::move(done);
    pending->raw = raw;
    pending->generation = m_generation;
    if (!m_endpointAllowed) {
        // Refused before any connection; answered from the event loop like any other call.
        const PlatformError refusal{PlatformError::Kind::Tls, 0, {}, m_endpointAllowed.error().toString(), 0, 0};
        schedule(0, [this, pending, refusal] { afterFailure(pending, refusal, -1); });
        return;
    }
    dispatch(pending);
}

void PlatformClient::completeCancelled(const std::shared_ptr<Pending> &pending)
{
    complete(pending, CallOutcome{{},
                                  PlatformError{PlatformError::Kind::Cancelled, 0, {}, QStringLiteral("cancelled"), 0,
                                                pending->attempts},
                                  pending->attempts,
                                  {}});
}

void PlatformClient::cancelAll()
{
    ++m_generation;
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void PlatformClient::schedule(std::int64_t delayMs, std::function<void()> task)
{
    QTimer::singleShot(static_cast<int>(std::min<std::int64_t>(delayMs, 3'600'000)), this, std::move(task));
}

void PlatformClient::dispatch(const std::shared_ptr<Pending> &pending)
{
    if (pending->generation != m_generation)
        return completeCancelled(pending);
    std::int64_t waitMs = 0;
    if (!m_budget->tryTake(waitMs)) {
        Q_EMIT budgetChanged(0, m_budget->bannedUntilMs());
        schedule(waitMs, [this, pending] { dispatch(pending); });
        return;
    }
    send(pending);
}

QByteArray PlatformClient::encodeBody(const QByteArray &method, const protocol::Parameters &business)
{
    protocol::Parameters all = business;
    all["method"] = method;
    all["app_key"] = m_credentials.appKey;
    if (!m_credentials.session.isEmpty())
        all["session"] = m_credentials.session;
    all["timestamp"] = protocol::formatTopTime(platformNowMs());
    all["format"] = "json";
    all["v"] = "2.0";
    all["sign_method"] = protocol::toWire(m_options.signMethod);
    all["nonce"] = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    all["sign"] = protocol::sign(all, m_credentials.appSecret, m_options.signMethod);
    QByteArray body;
    body.reserve(512);
    for (const auto &[key, value] : all) {
        if (!body.isEmpty())
            body += '&';
        body += key.toPercentEncoding();
        body += '=';
        body += value.toPercentEncoding();
    }
    return body;
}

void PlatformClient::send(const std::shared_ptr<Pending> &pending)
{
    ++pending->attempts;
    ++m_requestsSent;
    ++m_inFlight;
    QNetworkRequest request(m_options.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8"));
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network->post(request, encodeBody(pending->method, pending->params));

    const ReplyVerdict verdict = guardReply(reply, this, m_options.pinnedSha256, m_options.maxResponseBytes);
    connect(reply, &QNetworkReply::finished, this,
            [this, pending, reply, verdict] { onFinished(pending, reply, verdict); });
}

std::optional<PlatformError> PlatformClient::observeClock(QNetworkReply *reply)
{
    const auto serverMs = parseHttpDate(reply->rawHeader("Date"));
    if (!serverMs)
        return std::nullopt;
    // The Date header has one-second resolution: only move on differences beyond that.
    const std::int64_t measured = *serverMs + 500 - m_clock.nowMs();
    if (std::llabs(measured) > m_options.maxClockSkewMs) {
        return PlatformError{PlatformError::Kind::ClockSkew, protocol::errc::kInvalidTimestamp, {},
                             QStringLiteral("this computer's clock differs from the platform's by %1 minutes; "
                                            "correct the system time")
                                 .arg(measured / 60'000.0, 0, 'f', 1),
                             0, 0, measured};
    }
    if (std::llabs(measured - m_skewMs) > 1500)
        m_skewMs = measured;
    return std::nullopt;
}

void PlatformClient::onFinished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply,
                                const ReplyVerdict &verdict)
{
    reply->deleteLater();
    --m_inFlight;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    // An aborted reply is closed; reading it would only log "device not open".
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (pending->generation != m_generation)
        return completeCancelled(pending);

    // The guard's verdict first: an aborted reply's status and body say nothing.
    if (verdict->has_value())
        return afterFailure(pending, **verdict, -1);
    if (httpStatus != 0) // an answer came: over the pinned certificate?
        if (auto wrongPeer = checkPeerPin(reply, m_options.pinnedSha256))
            return afterFailure(pending, *wrongPeer, -1);

    const auto skewError = observeClock(reply);

    if (netError != QNetworkReply::NoError && httpStatus == 0) {
        PlatformError e;
        e.message = reply->errorString();
        if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
            e.kind = PlatformError::Kind::Timeout;
        else if (netError == QNetworkReply::SslHandshakeFailedError)
            e.kind = PlatformError::Kind::Tls;
        else
            e.kind = PlatformError::Kind::Network;
        return afterFailure(pending, e, -1);
    }

    if (pending->raw && httpStatus == 200 && !body.left(64).contains("\"error_response\"")) {
        const QByteArray trimmed = body.trimmed();
        if (!trimmed.startsWith('{') || !trimmed.endsWith('}'))
            return afterFailure(pending,
                                PlatformError{PlatformError::Kind::BadResponse, 0, {},
                                              QStringLiteral("incomplete response (%1 bytes)").arg(body.size()),
                                              httpStatus, 0},
                                -1);
        if (skewError)
            return afterFailure(pending, *skewError, -1);
        CallOutcome outcome;
        outcome.raw = body;
        outcome.attempts = pending->attempts;
        return complete(pending, std::move(outcome));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    if (const QJsonValue err = root.value(QLatin1String("error_response")); err.isObject()) {
        PlatformError e = errorFromEnvelope(err.toObject(), httpStatus);
        if (skewError && e.code == protocol::errc::kInvalidTimestamp)
            e = *skewError;
        else if (e.code == protocol::errc::kInvalidTimestamp)
            e.kind = PlatformError::Kind::Retryable; // skew now corrected from the Date header
        else if (e.subCode == protocol::subc::kNonceReplayed)
            // Qt's network layer re-sends the very same bytes when a kept-alive connection was
            // reset; our own retry signs again with a fresh nonce, so it is safe to retry.
            e.kind = PlatformError::Kind::Retryable;
        std::int64_t wait = retryAfterMs(reply);
        if (e.kind == PlatformError::Kind::RateLimited) {
            const int banSeconds = protocol::banSecondsFromMessage(e.message);
            if (banSeconds >= 0)
                wait = std::max<std::int64_t>(wait, banSeconds * 1000LL);
        }
        return afterFailure(pending, e, wait);
    }
    if (httpStatus == 429 || httpStatus >= 500) {
        PlatformError e{httpStatus == 429 ? PlatformError::Kind::RateLimited : PlatformError::Kind::Retryable, 0, {},
                        QStringLiteral("HTTP %1").arg(httpStatus), httpStatus, 0};
        return afterFailure(pending, e, retryAfterMs(reply));
    }
    const QJsonValue payload = root.value(QLatin1String(protocol::responseKey(pending->method)));
    if (parseError.error != QJsonParseError::NoError || !payload.isObject()) {
        PlatformError e{PlatformError::Kind::BadResponse, 0, {},
                        parseError.error != QJsonParseError::NoError
                            ? QStringLiteral("malformed response (%1 bytes): %2").arg(body.size()).arg(parseError.errorString())
                            : QStringLiteral("response has no %1").arg(QString::fromLatin1(protocol::responseKey(pending->method))),
                        httpStatus, 0};
        return afterFailure(pending, e, -1);
    }
    if (skewError)
        return afterFailure(pending, *skewError, -1);
    complete(pending, CallOutcome{payload.toObject(), std::nullopt, pending->attempts, {}});
}

void PlatformClient::afterFailure(const std::shared_ptr<Pending> &pending, PlatformError error, std::int64_t waitMs)
{
    error.attempts = pending->attempts;
    const bool rateLimited = error.kind == PlatformError::Kind::RateLimited;
    if (rateLimited) {
        m_budget->noteRefused();
        if (waitMs >= 0)
            m_budget->banUntil(m_clock.nowMs() + waitMs);
        Q_EMIT budgetChanged(0, m_budget->bannedUntilMs());
    }
    const bool mayRetry = error.isRetryable() && (rateLimited ? ++pending->rateLimitWaits <= m_options.maxRateLimitWaits
                                                              : pending->attempts < m_options.maxAttempts);
    if (!mayRetry) {
        qCWarning(lcPlatform).noquote() << pending->method << "failed after" << pending->attempts
                                        << "attempts:" << error.toString();
        if (error.needsUser())
            Q_EMIT refused(error);
        return complete(pending, CallOutcome{{}, error, pending->attempts, {}});
    }
    // Told how long to wait: wait exactly that. Otherwise back off with full jitter.
    const std::int64_t delay = waitMs >= 0 ? waitMs : m_backoff.delayMs(pending->attempts - 1);
    qCDebug(lcPlatform).noquote() << pending->method << "attempt" << pending->attempts << error.toString()
                                  << "- retrying in" << delay << "ms";
    schedule(delay, [this, pending] { dispatch(pending); });
}

void PlatformClient::complete(const std::shared_ptr<Pending> &pending, CallOutcome outcome)
{
    if (outcome.ok())
        m_budget->noteAccepted();
    if (pending->done) {
        auto done = std::move(pending->done);
        pending->done = nullptr;
        done(outcome);
    }
}

} // namespace mc::platform
