// The platform's error codes (TOP top-level codes and sub-codes) and what a client may
// do about each: retry later, wait for a ban to lift, or give up and tell the user.
#pragma once

#include <QByteArray>
#include <QString>

namespace mc::protocol {

namespace errc {
inline constexpr int kCallLimited = 7;        // rate limited; sub_code says which limit
inline constexpr int kServiceUnavailable = 10;
inline constexpr int kInsufficientIsvPermissions = 11;
inline constexpr int kInsufficientUserPermissions = 12;
inline constexpr int kInsufficientPartnerPermissions = 13;
inline constexpr int kRemoteServiceError = 15;
inline constexpr int kMissingMethod = 21;
inline constexpr int kInvalidMethod = 22;
inline constexpr int kInvalidSignature = 25;
inline constexpr int kMissingSession = 26;
inline constexpr int kInvalidSession = 27;
inline constexpr int kMissingAppKey = 28;
inline constexpr int kInvalidAppKey = 29;
inline constexpr int kMissingTimestamp = 30;
inline constexpr int kInvalidTimestamp = 31;
inline constexpr int kMissingArguments = 40;
inline constexpr int kInvalidArguments = 41;
inline constexpr int kBusinessError = 50;
} // namespace errc

// Sub-codes used for rate limits (error 7).
namespace subc {
inline constexpr auto kAppDailyQuota = "accesscontrol.limited-by-app-access-count";
inline constexpr auto kApiLimit = "accesscontrol.limited-by-api-access-count";
inline constexpr auto kAppApiLimit = "accesscontrol.limited-by-app-api-access-count";
} // namespace subc

enum class ErrorClass {
    Retryable,   // platform-side trouble (isp.*, 10, 15, 5xx): back off and try again
    RateLimited, // error 7 / HTTP 429: wait as told, then try again
    Fatal,       // the caller's fault (isv.*, bad signature, bad arguments): do not retry
    Auth,        // credentials refused: stop and ask the user
};

ErrorClass classify(int code, const QByteArray &subCode);

// "This ban will last for N more seconds" -> N; -1 when the message names no duration.
int banSecondsFromMessage(const QString &message);

// taobao.trades.sold.increment.get -> trades_sold_increment_get_response
QByteArray responseKey(const QByteArray &method);

} // namespace mc::protocol
