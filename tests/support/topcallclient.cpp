// Synchronous signed calls for tests.
#include "tests/support/topcallclient.h"

#include "app/protocol/toptime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

namespace mc::test {

QByteArray TopReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject TopReply::response(const QByteArray &method) const
{
    QByteArray key = method.startsWith("taobao.") ? method.mid(7) : method;
    key.replace('.', '_');
    return json.value(QString::fromLatin1(key + "_response")).toObject();
}

TopCallClient::TopCallClient(QUrl url, SandboxCredential credential)
    : m_url(std::move(url)), m_credential(std::move(credential)),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void TopCallClient::pinCertificate(const QSslCertificate &certificate, const QByteArray &sha256Hex)
{
    m_trusted = {certificate};
    m_pinnedSha256 = sha256Hex;
}

QNetworkRequest TopCallClient::request() const
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8"));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_trusted.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_trusted); // only the sandbox's own certificate is trusted
        request.setSslConfiguration(tls);
    }
    return request;
}

QByteArray TopCallClient::formEncode(const protocol::Parameters &params)
{
    QByteArray body;
    for (const auto &[key, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += key.toPercentEncoding() + '=' + value.toPercentEncoding();
    }
    return body;
}

protocol::Parameters TopCallClient::signedParameters(const QByteArray &method, const protocol::Parameters &params)
{
    protocol::Parameters all = params;
    all.emplace("method", method);
    all.emplace("app_key", m_credential.appKey);
    all.emplace("session", m_credential.session);
    all.emplace("timestamp", protocol::formatTopTime(m_nowMs()));
    all.emplace("format", "json");
    all.emplace("v", "2.0");
    all.emplace("sign_method", protocol::toWire(m_signMethod));
    if (m_useNonce)
        all.emplace("nonce", QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
                                 QByteArray::number(++m_nonceCounter));
    all.erase("sign");
    all.emplace("sign", protocol::sign(all, m_credential.appSecret, m_signMethod));
    return all;
}

TopReply TopCallClient::call(const QByteArray &method, const protocol::Parameters &params)
{
    return send(signedParameters(method, params));
}

TopReply TopCallClient::send(const protocol::Parameters &params)
{
    return postRaw(formEncode(params));
}

TopReply TopCallClient::postRaw(const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest req = request();
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return finish(m_network.post(req, body));
}

TopReply TopCallClient::finish(QNetworkReply *reply)
{
    TopReply out;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&out](const QList<QSslError> &errors) { out.sslErrors = errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!m_pinnedSha256.isEmpty() && reply->error() == QNetworkReply::NoError) {
        const QByteArray seen = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (seen != m_pinnedSha256)
            out.networkError = QNetworkReply::SslHandshakeFailedError;
    }
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (out.networkError == QNetworkReply::NoError)
        out.networkError = reply->error();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

} // namespace mc::test
