// Admission of a call: system parameters, signature (md5, hmac, hmac-sha256), timestamp
// window, nonce replay, session, store scope and rate limits, in TOP's order of checks.
#pragma once

#include "app/core/clock.h"
#include "sandbox/apicall.h"
#include "sandbox/credentials.h"
#include "sandbox/methodtable.h"
#include "sandbox/noncecache.h"
#include "sandbox/ratelimiter.h"

#include <optional>

namespace mc::sandbox {

class RequestGuard
{
public:
    static constexpr std::int64_t kTimestampWindowMs = 10 * 60 * 1000;

    RequestGuard(const CredentialStore &credentials, const core::Clock &sandboxClock, const core::Clock &wallClock,
                 double speed, RateLimiter &limiter);

    struct Outcome
    {
        const MethodInfo *method = nullptr;
        std::optional<ApiError> error;
        int retryAfterSeconds = 0;
    };
    // Sets call.method, call.caller and call.nowMs on success.
    Outcome admit(ApiCall &call);

    // Skew allowed between a request's timestamp and the sandbox clock: ten minutes, or ten
    // minutes of wall time when the clock runs faster (so --speed does not lock clients out).
    std::int64_t allowedSkewMs() const { return m_allowedSkewMs; }

private:
    std::optional<ApiError> checkScope(ApiCall &call, const MethodInfo &method) const;

    const CredentialStore &m_credentials;
    const core::Clock &m_sandboxClock;
    const core::Clock &m_wallClock;
    std::int64_t m_allowedSkewMs;
    RateLimiter &m_limiter;
    NonceCache m_nonces;
};

} // namespace mc::sandbox
