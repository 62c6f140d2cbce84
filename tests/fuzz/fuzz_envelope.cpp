// libFuzzer target for the platform's reply envelope (issue 10, item 7): any bytes, read as
// a reply body the way PlatformClient reads one (JSON, then "error_response" or the
// method's response key), must never crash, hang or trip a sanitizer; an error envelope
// always classifies into a kind, and a ban message yields a non-negative wait or none.
#include "app/platform/platformerror.h"
#include "app/protocol/errors.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(body, &parseError).object();
    for (const int httpStatus : {200, 429, 503}) {
        const mc::platform::PlatformError e =
            mc::platform::errorFromEnvelope(root.value(QLatin1String("error_response")).toObject(), httpStatus);
        require(e.httpStatus == httpStatus);
        require(e.kind == mc::platform::PlatformError::Kind::Retryable ||
                e.kind == mc::platform::PlatformError::Kind::RateLimited ||
                e.kind == mc::platform::PlatformError::Kind::Auth ||
                e.kind == mc::platform::PlatformError::Kind::Permission ||
                e.kind == mc::platform::PlatformError::Kind::Platform);
        require(mc::protocol::banSecondsFromMessage(e.message) >= -1);
    }
    require(mc::protocol::banSecondsFromMessage(QString::fromUtf8(body)) >= -1);
    (void)mc::protocol::responseKey(body.left(128));
    return 0;
}
