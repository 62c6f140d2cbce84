// PlatformClient: signs and sends TOP calls, decodes envelopes, keeps the request budget,
// honours bans and Retry-After, retries transient failures with jittered backoff (the only
// layer that retries), corrects clock skew from the Date header and pins the TLS
// certificate by fingerprint on every connection. Plain http:// only to this computer, and
// no response larger than a cap. Lives on the sync thread; callbacks run there too.
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/platform/credentials.h"
#include "app/platform/platformerror.h"
#include "app/platform/requestbudget.h"
#include "app/platform/transportguard.h"
#include "app/protocol/signature.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class QTimer;

namespace mc::platform {

struct ClientOptions
{
    QUrl endpoint;                // e.g. https://127.0.0.1:8443/router/rest
    QByteArray pinnedSha256;      // hex SHA-256 of the server certificate, checked on every connection
    QList<QSslCertificate> caCertificates; // trusted besides the system CAs (a private CA)
    protocol::SignMethod signMethod = protocol::SignMethod::HmacSha256;
    // Our own budget's ceiling, under the platform's per-app allowance (the sandbox's default
    // app=5000/10 is 500 calls/s); the budget adapts below it (RequestBudget: AIMD).
    double requestsPerSecond = 450;
    double burst = 50;
    int timeoutMs = 15'000;         // a hung response counts as failed after this
    int maxAttempts = 8;            // for transient failures
    int maxRateLimitWaits = 30;
    std::int64_t backoffBaseMs = 200;
    std::int64_t backoffCapMs = 20'000;
    std::int64_t maxClockSkewMs = 10 * 60 * 1000; // the platform's timestamp window
    qint64 maxResponseBytes = 64LL * 1024 * 1024; // a larger response is aborted, not retried
};

struct CallOutcome
{
    QJsonObject body; // the object under "<method>_response" (not filled for raw calls)
    std::optional<PlatformError> error;
    int attempts = 0;
    QByteArray raw; // the whole response body, for raw calls
    bool ok() const { return !error.has_value(); }
};

class PlatformClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformClient)

public:
    using Callback = std::function<void(const CallOutcome &)>;

    PlatformClient(ClientOptions options, Credentials credentials, const core::Clock &clock,
                   QObject *parent = nullptr);
    ~PlatformClient() override;

    void call(const QByteArray &method, protocol::Parameters params, Callback done);
    // Like call(), but hands over the body undecoded (outcome.raw) for callers with a faster
    // decoder of their own; error envelopes are still decoded here, and an obviously
    // incomplete body is retried here like any truncated response.
    void callRaw(const QByteArray &method, protocol::Parameters params, Callback done);
    void cancelAll();

    int inFlight() const { return m_inFlight; }
    std::int64_t clockSkewMs() const { return m_skewMs; }
    // The platform's "now" as best we know it (local clock corrected by the measured skew).
    std::int64_t platformNowMs() const { return m_clock.nowMs() + m_skewMs; }
    int remainingBudget() const { return m_budget->remaining(); }
    std::int64_t bannedUntilMs() const { return m_budget->bannedUntilMs(); }
    double currentRate() const { return m_budget->ratePerSecond(); }
    std::int64_t requestsSent() const { return m_requestsSent; }
    const Credentials &credentials() const { return m_credentials; }

Q_SIGNALS:
    void budgetChanged(int remaining, qint64 bannedUntilMs);
    // A call failed in a way only the user can fix (PlatformError::needsUser(): credentials
    // refused, certificate mismatch, insecure endpoint). Emitted before the call's callback.
    void refused(const mc::platform::PlatformError &error);

private:
    struct Pending;
    void enqueue(const QByteArray &method, protocol::Parameters params, Callback done, bool raw);
    void completeCancelled(const std::shared_ptr<Pending> &pending);
    void dispatch(const std::shared_ptr<Pending> &pending);
    void send(const std::shared_ptr<Pending> &pending);
    void onFinished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply, const ReplyVerdict &verdict);
    void afterFailure(const std::shared_ptr<Pending> &pending, PlatformError error, std::int64_t waitMs);
    void complete(const std::shared_ptr<Pending> &pending, CallOutcome outcome);
    QByteArray encodeBody(const QByteArray &method, const protocol::Parameters &business);
    std::optional<PlatformError> observeClock(QNetworkReply *reply);
    void schedule(std::int64_t delayMs, std::function<void()> task);

    ClientOptions m_options;
    Credentials m_credentials;
    const core::Clock &m_clock;
    core::Status m_endpointAllowed;   // checkEndpoint(endpoint): refused calls never connect
    QNetworkAccessManager *m_network; // a child: moves with the client to its thread
    std::shared_ptr<RequestBudget> m_budget;
    Backoff m_backoff;
    std::int64_t m_skewMs = 0;
    int m_inFlight = 0;
    std::int64_t m_requestsSent = 0;
    quint64 m_generation = 0; // bumped by cancelAll(): late callbacks of old calls are dropped
};

} // namespace mc::platform
