// One authenticated call on its way through the sandbox, and the bytes that answer it.
#pragma once

#include "app/protocol/signature.h"
#include "sandbox/credentials.h"

#include <QByteArray>

#include <cstdint>

namespace mc::sandbox {

struct ApiCall
{
    QByteArray method;
    protocol::Parameters params;
    const Credential *caller = nullptr; // set once the signature has been checked
    QByteArray requestId;
    std::int64_t nowMs = 0; // sandbox time when the call arrived

    QByteArray param(const char *name) const
    {
        const auto it = params.find(QByteArray::fromRawData(name, static_cast<qsizetype>(qstrlen(name))));
        return it == params.end() ? QByteArray() : it->second;
    }
    bool isOwner() const { return caller && caller->isOwner(); }
};

struct ApiReply
{
    QByteArray body;
    int httpStatus = 200;
    int retryAfterSeconds = 0; // > 0: a Retry-After header (rate limits)
    int errorCode = 0;         // the error_response code, 0 on success
};

// An error_response before it is rendered.
struct ApiError
{
    int code = 0;
    QByteArray subCode;
    QByteArray subMsg;
};

} // namespace mc::sandbox
