// Classification of platform errors.
#include "app/protocol/errors.h"

#include <QRegularExpression>

namespace mc::protocol {

ErrorClass classify(int code, const QByteArray &subCode)
{
    if (code == errc::kCallLimited)
        return ErrorClass::RateLimited;
    if (code == errc::kInvalidSession || code == errc::kMissingSession || code == errc::kInvalidAppKey ||
        code == errc::kMissingAppKey || (code >= errc::kInsufficientIsvPermissions &&
                                         code <= errc::kInsufficientPartnerPermissions))
        return ErrorClass::Auth;
    // A signature the platform cannot reproduce: the app secret is not the app key's. A
    // replayed nonce (also 25) is the caller's mistake, not the credential's.
    if (code == errc::kInvalidSignature && subCode != subc::kNonceReplayed)
        return ErrorClass::Auth;
    if (subCode.startsWith("isp."))
        return ErrorClass::Retryable;
    if (subCode.startsWith("isv."))
        return ErrorClass::Fatal;
    if (code == errc::kServiceUnavailable || code == errc::kRemoteServiceError)
        return ErrorClass::Retryable;
    return ErrorClass::Fatal;
}

int banSecondsFromMessage(const QString &message)
{
    static const QRegularExpression kBan(QStringLiteral("last for (\\d+) more seconds"));
    const auto match = kBan.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray responseKey(const QByteArray &method)
{
    QByteArray key = method.startsWith("taobao.") ? method.mid(7) : method;
    key.replace('.', '_');
    return key + "_response";
}

} // namespace mc::protocol
