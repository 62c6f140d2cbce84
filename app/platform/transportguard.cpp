// Endpoint, certificate pin and response size checks.
#include "app/platform/transportguard.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkReply>
#include <QSslError>

namespace mc::platform {

namespace {

PlatformError guardError(PlatformError::Kind kind, const QString &message)
{
    return PlatformError{kind, 0, {}, message, 0, 0};
}

QByteArray fingerprintOf(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

PlatformError mismatch(const QByteArray &actual, const QByteArray &pin)
{
    return guardError(PlatformError::Kind::Tls,
                      actual.isEmpty()
                          ? QStringLiteral("certificate mismatch: the server showed no certificate to compare with "
                                           "the pinned SHA-256 %1")
                                .arg(QString::fromLatin1(pin))
                          : QStringLiteral("certificate mismatch: the server's certificate has SHA-256 %1, the pinned "
                                           "one is %2")
                                .arg(QString::fromLatin1(actual), QString::fromLatin1(pin)));
}

// Refuses the reply: the reason is kept for `finished`, which abort() emits.
void refuse(QNetworkReply *reply, const ReplyVerdict &verdict, PlatformError error)
{
    if (verdict->has_value())
        return;
    *verdict = std::move(error);
    reply->abort();
}

// Trust exactly the pinned certificate: "not signed by a known CA" errors are forgiven, and
// only for that certificate. Expiry, host name etc. still fail.
void forgivePinned(QNetworkReply *reply, const QByteArray &pin, const ReplyVerdict &verdict,
                   const QList<QSslError> &errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QByteArray fingerprint = fingerprintOf(peer);
    if (fingerprint != pin)
        return refuse(reply, verdict, mismatch(fingerprint, pin));
    QList<QSslError> forgiven;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            forgiven.append(QSslError(e.error(), peer));
            break;
        default:
            return; // any other problem stays fatal
        }
    }
    reply->ignoreSslErrors(forgiven);
}

} // namespace

core::Status checkEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return core::Error{QStringLiteral("platform.endpoint"), QStringLiteral("the endpoint is not a URL with a host"),
                           endpoint.toString(QUrl::RemoveUserInfo)};
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return core::Error{QStringLiteral("platform.endpoint"), QStringLiteral("the endpoint must be an https:// URL"),
                           endpoint.toString(QUrl::RemoveUserInfo)};
    const QString host = endpoint.host();
    QHostAddress address;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || (address.setAddress(host) && address.isLoopback()))
        return {};
    return core::Error{QStringLiteral("platform.insecure-endpoint"),
                       QStringLiteral("refusing plain http:// to %1: anyone on the way could read the session and "
                                      "alter the figures; use https:// (http:// is only for this computer: "
                                      "localhost, 127.0.0.0/8, ::1)")
                           .arg(host),
                       {}};
}

QByteArray normalizedPin(const QByteArray &hexSha256)
{
    QByteArray pin = hexSha256.trimmed().toLower();
    pin.replace(':', QByteArray());
    return pin;
}

ReplyVerdict guardReply(QNetworkReply *reply, QObject *context, const QByteArray &pin, qint64 maxBytes)
{
    auto verdict = std::make_shared<std::optional<PlatformError>>();
    if (!pin.isEmpty()) {
        QObject::connect(reply, &QNetworkReply::sslErrors, context,
                         [reply, pin, verdict](const QList<QSslError> &e) { forgivePinned(reply, pin, verdict, e); });
        // Every handshake, also one a CA vouched for: a valid certificate that is not the
        // pinned one is refused before the request (and its session) is sent.
        QObject::connect(reply, &QNetworkReply::encrypted, context, [reply, pin, verdict] {
            const QByteArray fingerprint = fingerprintOf(reply->sslConfiguration().peerCertificate());
            if (fingerprint != pin)
                refuse(reply, verdict, mismatch(fingerprint, pin));
        });
    }
    if (maxBytes > 0) {
        auto onProgress = [reply, maxBytes, verdict](qint64 received, qint64 total) {
            if (received <= maxBytes && total <= maxBytes)
                return;
            const QString message = QStringLiteral("response too large: more than %1 bytes (%2 announced)");
            refuse(reply, verdict, guardError(PlatformError::Kind::TooLarge, message.arg(maxBytes).arg(total)));
        };
        QObject::connect(reply, &QNetworkReply::downloadProgress, context, onProgress);
    }
    return verdict;
}

std::optional<PlatformError> checkPeerPin(QNetworkReply *reply, const QByteArray &pin)
{
    if (pin.isEmpty() || reply->url().scheme().compare(u"https", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray fingerprint = fingerprintOf(reply->sslConfiguration().peerCertificate());
    if (fingerprint == pin)
        return std::nullopt;
    return mismatch(fingerprint, pin);
}

} // namespace mc::platform
