// TOP envelopes: {"<method>_response": {...}} on success and {"error_response": {...}} on
// failure, with the sandbox's HTTP status for each error code.
#pragma once

#include "sandbox/apicall.h"
#include "sandbox/jsonwriter.h"

namespace mc::sandbox {

namespace errc2 {
// TOP codes that mc::protocol::errc does not name (it lists what the client must handle).
inline constexpr int kInvalidFormat = 23;
inline constexpr int kMissingSignature = 24;
inline constexpr int kMissingVersion = 32;
inline constexpr int kUnsupportedVersion = 34;
inline constexpr int kInvalidEncoding = 47;
} // namespace errc2

QByteArrayView topErrorMessage(int code);
// 401 for credential errors (24-29), 429 for rate limits, 503 for service unavailable, else 200.
int httpStatusFor(int code);

ApiReply errorReply(const ApiError &error, QByteArrayView requestId, int retryAfterSeconds = 0);
// error 15, isp.storage-error: the platform's own trouble, worth a retry.
ApiReply storageFailure(const ApiCall &call);
ApiError missingParameter(QByteArrayView name);
ApiError invalidParameter(QByteArrayView name, const QByteArray &why);
ApiError businessError(QByteArrayView subCode, const QByteArray &subMsg);

// Writes the opening of a success envelope; the handler adds fields to writer(), then finish().
class SuccessEnvelope
{
public:
    SuccessEnvelope(QByteArrayView method, QByteArrayView requestId, qsizetype reserve = 512);
    JsonWriter &writer() { return m_writer; }
    ApiReply finish();

private:
    QByteArray m_body;
    JsonWriter m_writer;
    QByteArray m_requestId;
};

} // namespace mc::sandbox
