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
// Sub-codes of business errors (isv.*: the caller's fault; isp.*: the platform's), written by
// the sandbox and read by the client: one list for both.
inline constexpr auto kRemoteServiceError = "isp.remote-service-error";
inline constexpr auto kServiceUnavailable = "isp.service-unavailable";
inline constexpr auto kStorageError = "isp.storage-error";
inline constexpr auto kCampaignVersionConflict = "isv.campaign-version-conflict";
inline constexpr auto kDuplicateParameter = "isv.duplicate-parameter";
inline constexpr auto kEticketExhausted = "isv.eticket-exhausted";
inline constexpr auto kEticketExpired = "isv.eticket-expired";
inline constexpr auto kEticketInvalid = "isv.eticket-invalid";
inline constexpr auto kEticketNotYetValid = "isv.eticket-not-yet-valid";
inline constexpr auto kEticketRevoked = "isv.eticket-revoked";
inline constexpr auto kEticketStoreNotAllowed = "isv.eticket-store-not-allowed";
inline constexpr auto kHttpActionNotAllowed = "isv.http-action-not-allowed";
inline constexpr auto kInvalidEncoding = "isv.invalid-encoding";
inline constexpr auto kInvalidQuantity = "isv.invalid-quantity";
inline constexpr auto kInvalidSession = "isv.invalid-session";
inline constexpr auto kInvalidTimestampFormat = "isv.invalid-timestamp-format";
inline constexpr auto kItemNotExist = "isv.item-not-exist";
inline constexpr auto kNonceReplayed = "isv.nonce-replayed";
inline constexpr auto kRequestTooLarge = "isv.request-too-large";
inline constexpr auto kSerialNumConflict = "isv.serial-num-conflict";
inline constexpr auto kSignatureMismatch = "isv.signature-mismatch";
inline constexpr auto kSkuNotExist = "isv.sku-not-exist";
inline constexpr auto kStockConflict = "isv.stock-conflict";
inline constexpr auto kTimestampOutOfWindow = "isv.timestamp-out-of-window";
inline constexpr auto kTradeNotExist = "isv.trade-not-exist";
inline constexpr auto kUnknownPath = "isv.unknown-path";
inline constexpr auto kUnsupportedContentType = "isv.unsupported-content-type";
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
