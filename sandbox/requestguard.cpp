// The checks every call passes before any business logic runs.
#include "sandbox/requestguard.h"

#include "app/protocol/errors.h"
#include "app/protocol/toptime.h"
#include "sandbox/envelope.h"

#include <algorithm>

namespace mc::sandbox {

namespace ec = protocol::errc;

namespace {
bool isNonceText(const QByteArray &nonce)
{
    if (nonce.size() < 8 || nonce.size() > 64)
        return false;
    return std::all_of(nonce.begin(), nonce.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}
} // namespace

RequestGuard::RequestGuard(const CredentialStore &credentials, const core::Clock &sandboxClock,
                           const core::Clock &wallClock, double speed, RateLimiter &limiter)
    : m_credentials(credentials), m_sandboxClock(sandboxClock), m_wallClock(wallClock),
      m_allowedSkewMs(static_cast<std::int64_t>(static_cast<double>(kTimestampWindowMs) * std::max(1.0, speed))),
      m_limiter(limiter)
{}

RequestGuard::Outcome RequestGuard::admit(ApiCall &call)
{
    Outcome out;
    auto refuse = [&](int code, QByteArray subCode, QByteArray subMsg) {
        out.error = ApiError{code, std::move(subCode), std::move(subMsg)};
        return out;
    };
    call.nowMs = m_sandboxClock.nowMs();
    call.method = call.param("method");
    if (call.method.isEmpty())
        return refuse(ec::kMissingMethod, {}, "the system parameter method is required");
    out.method = findMethod(call.method);
    if (!out.method)
        return refuse(ec::kInvalidMethod, {}, "unknown method " + call.method.left(100));

    const QByteArray appKey = call.param("app_key");
    if (appKey.isEmpty())
        return refuse(ec::kMissingAppKey, {}, {});
    const Credential *credential = m_credentials.find(appKey);
    if (!credential)
        return refuse(ec::kInvalidAppKey, {}, "unknown app_key");

    const QByteArray version = call.param("v");
    if (version.isEmpty())
        return refuse(errc2::kMissingVersion, {}, "the system parameter v is required (2.0)");
    if (version != "2.0")
        return refuse(errc2::kUnsupportedVersion, {}, "only v=2.0 is supported");
    const QByteArray format = call.param("format");
    if (!format.isEmpty() && format != "json")
        return refuse(errc2::kInvalidFormat, {}, "only format=json is supported");
    const QByteArray signMethodText = call.param("sign_method");
    const auto signMethod =
        signMethodText.isEmpty() ? protocol::SignMethod::Md5 : protocol::signMethodFromWire(signMethodText);
    if (!signMethod)
        return refuse(ec::kInvalidArguments, "isv.invalid-parameter:sign_method",
                      "sign_method must be md5, hmac or hmac-sha256");
    const QByteArray sign = call.param("sign");
    if (sign.isEmpty())
        return refuse(errc2::kMissingSignature, {}, {});

    const QByteArray timestampText = call.param("timestamp");
    if (timestampText.isEmpty())
        return refuse(ec::kMissingTimestamp, {}, {});
    const auto timestamp = protocol::parseTopTime(QByteArrayView(timestampText));
    if (!timestamp)
        return refuse(ec::kInvalidTimestamp, protocol::subc::kInvalidTimestampFormat,
                      "timestamp must be \"yyyy-MM-dd HH:mm:ss\" in GMT+8");
    if (std::abs(*timestamp - call.nowMs) > m_allowedSkewMs)
        return refuse(ec::kInvalidTimestamp, protocol::subc::kTimestampOutOfWindow,
                      "timestamp is more than " + QByteArray::number(m_allowedSkewMs / 60000) +
                          " minutes away from the platform time " + protocol::formatTopTime(call.nowMs));

    if (!protocol::signaturesEqual(protocol::sign(call.params, credential->appSecret, *signMethod), sign))
        return refuse(ec::kInvalidSignature, protocol::subc::kSignatureMismatch,
                      "sign does not match the parameters for sign_method " + protocol::toWire(*signMethod));

    const QByteArray nonce = call.param("nonce");
    if (!nonce.isEmpty()) {
        if (!isNonceText(nonce))
            return refuse(ec::kInvalidArguments, "isv.invalid-parameter:nonce",
                          "nonce must be 8 to 64 characters of [A-Za-z0-9_-]");
        if (!m_nonces.remember(appKey, nonce, m_wallClock.nowMs()))
            return refuse(ec::kInvalidSignature, protocol::subc::kNonceReplayed,
                          "this nonce was already used; sign every request, retries too, with a new nonce");
    }

    if (out.method->needsSession) {
        const QByteArray session = call.param("session");
        if (session.isEmpty())
            return refuse(ec::kMissingSession, {}, {});
        if (!protocol::signaturesEqual(session, credential->session))
            return refuse(ec::kInvalidSession, protocol::subc::kInvalidSession, "session does not belong to this app_key");
    }
    call.caller = credential;
    if (auto scopeError = checkScope(call, *out.method)) {
        out.error = scopeError;
        return out;
    }
    // Sandbox controls (mc.admin.*) are exempt, so a test can always lift a limit it set.
    if (auto refusal = call.method.startsWith("mc.admin.")
                           ? std::nullopt
                           : m_limiter.admit(appKey, call.method, m_wallClock.nowMs())) {
        out.retryAfterSeconds = refusal->banSeconds;
        return refuse(ec::kCallLimited, refusal->subCode,
                      "This ban will last for " + QByteArray::number(refusal->banSeconds) + " more seconds");
    }
    return out;
}

std::optional<ApiError> RequestGuard::checkScope(ApiCall &call, const MethodInfo &method) const
{
    const Credential &caller = *call.caller;
    if (caller.isOwner() || method.access == Access::Anyone)
        return std::nullopt;
    const QByteArray own = QByteArray::number(caller.storeId);
    if (method.access == Access::OwnerOnly)
        return ApiError{ec::kInsufficientUserPermissions, "isv.permission-denied:owner-only",
                        "store " + own + "'s credential cannot call " + call.method};
    const QByteArray param(method.storeParam);
    auto it = call.params.find(param);
    if (it == call.params.end() || it->second.isEmpty()) {
        if (method.defaultsToCallerStore)
            return std::nullopt; // the handler narrows the answer to the caller's store
        return ApiError{ec::kInsufficientUserPermissions, "isv.permission-denied:store-scope",
                        "store " + own + "'s credential must name its own store in " + param};
    }
    if (it->second != own)
        return ApiError{ec::kInsufficientUserPermissions, "isv.permission-denied:store-scope",
                        "store " + own + "'s credential cannot act on store " + it->second.left(20)};
    return std::nullopt;
}

} // namespace mc::sandbox
