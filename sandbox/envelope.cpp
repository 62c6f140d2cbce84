// Success and error envelopes.
#include "sandbox/envelope.h"

#include "app/protocol/errors.h"

namespace mc::sandbox {

namespace ec = protocol::errc;

QByteArrayView topErrorMessage(int code)
{
    switch (code) {
    case ec::kCallLimited:
        return "App Call Limited";
    case 9:
        return "Http Action Not Allowed";
    case ec::kServiceUnavailable:
        return "Service Currently Unavailable";
    case ec::kInsufficientIsvPermissions:
        return "Insufficient ISV Permissions";
    case ec::kInsufficientUserPermissions:
        return "Insufficient User Permissions";
    case ec::kRemoteServiceError:
        return "Remote service error";
    case ec::kMissingMethod:
        return "Missing Method";
    case ec::kInvalidMethod:
        return "Invalid Method";
    case errc2::kInvalidFormat:
        return "Invalid Format";
    case errc2::kMissingSignature:
        return "Missing Signature";
    case ec::kInvalidSignature:
        return "Invalid Signature";
    case ec::kMissingSession:
        return "Missing Session";
    case ec::kInvalidSession:
        return "Invalid Session";
    case ec::kMissingAppKey:
        return "Missing App Key";
    case ec::kInvalidAppKey:
        return "Invalid App Key";
    case ec::kMissingTimestamp:
        return "Missing Timestamp";
    case ec::kInvalidTimestamp:
        return "Invalid Timestamp";
    case errc2::kMissingVersion:
        return "Missing Version";
    case errc2::kUnsupportedVersion:
        return "Unsupported Version";
    case ec::kMissingArguments:
        return "Missing Required Arguments";
    case ec::kInvalidArguments:
        return "Invalid Arguments";
    case errc2::kInvalidEncoding:
        return "Invalid Encoding";
    case ec::kBusinessError:
        return "Business Error";
    default:
        return "Error";
    }
}

int httpStatusFor(int code)
{
    if (code >= errc2::kMissingSignature && code <= ec::kInvalidAppKey)
        return 401;
    if (code == ec::kCallLimited)
        return 429;
    if (code == ec::kServiceUnavailable)
        return 503;
    return 200;
}

ApiReply errorReply(const ApiError &error, QByteArrayView requestId, int retryAfterSeconds)
{
    ApiReply reply;
    reply.body.reserve(256);
    JsonWriter w(reply.body);
    w.beginObject().key("error_response").beginObject();
    w.field("code", error.code).field("msg", topErrorMessage(error.code));
    if (!error.subCode.isEmpty())
        w.field("sub_code", error.subCode);
    if (!error.subMsg.isEmpty())
        w.field("sub_msg", error.subMsg);
    w.field("request_id", requestId);
    w.endObject().endObject().finish();
    reply.httpStatus = httpStatusFor(error.code);
    reply.retryAfterSeconds = retryAfterSeconds;
    reply.errorCode = error.code;
    return reply;
}

ApiReply storageFailure(const ApiCall &call)
{
    return errorReply({ec::kRemoteServiceError, protocol::subc::kStorageError, "the platform could not read or save its state"},
                      call.requestId);
}

ApiError missingParameter(QByteArrayView name)
{
    return {ec::kMissingArguments, "isv.missing-parameter:" + name.toByteArray(),
            "the parameter " + name.toByteArray() + " is required"};
}

ApiError invalidParameter(QByteArrayView name, const QByteArray &why)
{
    return {ec::kInvalidArguments, "isv.invalid-parameter:" + name.toByteArray(),
            "the parameter " + name.toByteArray() + ' ' + why};
}

ApiError businessError(QByteArrayView subCode, const QByteArray &subMsg)
{
    return {ec::kBusinessError, subCode.toByteArray(), subMsg};
}

SuccessEnvelope::SuccessEnvelope(QByteArrayView method, QByteArrayView requestId, qsizetype reserve)
    : m_writer(m_body), m_requestId(requestId.toByteArray())
{
    m_body.reserve(reserve);
    m_writer.beginObject().key(protocol::responseKey(method.toByteArray())).beginObject();
}

ApiReply SuccessEnvelope::finish()
{
    m_writer.field("request_id", m_requestId).endObject().endObject().finish();
    ApiReply reply;
    reply.body = std::move(m_body);
    return reply;
}

} // namespace mc::sandbox
