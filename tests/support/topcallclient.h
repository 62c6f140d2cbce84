// TopCallClient: a small synchronous client for tests that sign TOP calls themselves
// (mc::protocol::sign) and inspect raw replies: HTTP status, headers, envelope. It can also
// send malformed requests. TLS is verified against the sandbox's certificate, pinned by its
// SHA-256 fingerprint.
#pragma once

#include "app/protocol/signature.h"
#include "tests/support/sandboxprocess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

#include <functional>

namespace mc::test {

struct TopReply
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<QSslError> sslErrors;

    QByteArray header(QByteArrayView name) const;
    bool isError() const { return json.contains(u"error_response"); }
    QJsonObject error() const { return json.value(u"error_response").toObject(); }
    int errorCode() const { return error().value(u"code").toInt(); }
    QString subCode() const { return error().value(u"sub_code").toString(); }
    // The object under "<method>_response".
    QJsonObject response(const QByteArray &method) const;
};

class TopCallClient
{
public:
    TopCallClient(QUrl url, SandboxCredential credential);
    // Pins the server certificate (HTTPS): its PEM, checked against this fingerprint.
    void pinCertificate(const QSslCertificate &certificate, const QByteArray &sha256Hex);
    void setSignMethod(protocol::SignMethod method) { m_signMethod = method; }
    // The time put into `timestamp` (sandbox time by default: set from SandboxProcess).
    void setClock(std::function<std::int64_t()> nowMs) { m_nowMs = std::move(nowMs); }
    void setCredential(SandboxCredential credential) { m_credential = std::move(credential); }
    void setUseNonce(bool on) { m_useNonce = on; }
    // Gives up on a reply after this long (hung-response tests).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // A URL on the same server with another path.
    void setUrl(QUrl url) { m_url = std::move(url); }

    // System parameters added, signed and POSTed.
    TopReply call(const QByteArray &method, const protocol::Parameters &params = {});
    // The full signed parameter set that call() would send.
    protocol::Parameters signedParameters(const QByteArray &method, const protocol::Parameters &params);
    // Sends these parameters exactly (no signing), form-encoded.
    TopReply send(const protocol::Parameters &params);
    // POSTs raw bytes as the body, with the given content type.
    TopReply postRaw(const QByteArray &body, const QByteArray &contentType = "application/x-www-form-urlencoded");
    static QByteArray formEncode(const protocol::Parameters &params);

private:
    TopReply finish(QNetworkReply *reply);
    QNetworkRequest request() const;

    QUrl m_url;
    SandboxCredential m_credential;
    protocol::SignMethod m_signMethod = protocol::SignMethod::HmacSha256;
    std::function<std::int64_t()> m_nowMs;
    bool m_useNonce = true;
    int m_timeoutMs = 30'000;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_trusted;
    QByteArray m_pinnedSha256;
    std::uint64_t m_nonceCounter = 0;
};

} // namespace mc::test
