// What went wrong with a platform call, classified so callers know what to do about it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace mc::platform {

struct PlatformError
{
    enum class Kind {
        Network,     // connection refused/reset, DNS: retryable
        Timeout,     // no complete answer in time (hung response): retryable
        BadResponse, // truncated or malformed body: retryable
        Platform,    // error_response the caller cannot fix by retrying (isv.*, bad arguments)
        Retryable,   // error_response from platform-side trouble (isp.*, 10, 15, 5xx)
        RateLimited, // error 7 / HTTP 429 beyond what the client would wait for
        Auth,        // credentials refused: app key, app secret (signature) or session
        Permission,  // this credential may not make this call (owner-only, another store)
        ClockSkew,   // this computer's clock is outside the platform's timestamp window
        Tls,         // certificate mismatch (pin), handshake failed, plain http:// off loopback
        TooLarge,    // the response passed ClientOptions::maxResponseBytes: aborted
        Cancelled,   // the client was stopped
    };

    Kind kind = Kind::Network;
    int code = 0;          // TOP top-level code, when there is one
    QByteArray subCode;    // TOP sub_code
    QString message;       // plain words for a log or a status line
    int httpStatus = 0;
    int attempts = 0;
    std::int64_t clockSkewMs = 0; // ClockSkew: the platform's clock minus this computer's

    bool isRetryable() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::BadResponse ||
               kind == Kind::Retryable || kind == Kind::RateLimited;
    }
    // Retrying cannot help and the user must act (fix the credentials file, the pin or the
    // endpoint): a sync stops instead of retrying.
    bool needsUser() const { return kind == Kind::Auth || kind == Kind::Tls; }
    QString toString() const;
};

const char *kindName(PlatformError::Kind kind);

// The error a TOP envelope ({"code","msg","sub_code","sub_msg"} under "error_response")
// stands for, classified; tolerant of any shape the platform (or a broken proxy) sends.
PlatformError errorFromEnvelope(const QJsonObject &envelope, int httpStatus);

} // namespace mc::platform
