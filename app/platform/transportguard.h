// What the client checks about the transport itself, below the protocol: the endpoint (plain
// http:// only to this computer), the server's certificate against the pin on every
// connection, and the size of every response. A reply that fails a check is aborted and
// its call fails with the reason (PlatformError::Kind::Tls or TooLarge), never retried.
#pragma once

#include "app/core/result.h"
#include "app/platform/platformerror.h"

#include <QByteArray>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkReply;
class QObject;

namespace mc::platform {

// Whether the client may talk to `endpoint` at all: https anywhere, plain http only to this
// computer (localhost, 127.0.0.0/8, ::1), where nobody else can read or alter the traffic.
core::Status checkEndpoint(const QUrl &endpoint);

// Lowercase hex without separators ("AB:cd:.." -> "abcd.."); what a pin is compared as.
QByteArray normalizedPin(const QByteArray &hexSha256);

// Why a guard aborted a reply; empty while it has not.
using ReplyVerdict = std::shared_ptr<std::optional<PlatformError>>;

// Watches `reply` (callbacks in `context`): with a pin, the peer certificate is compared as
// soon as the TLS handshake is done, before the request is sent, and certificate errors are
// forgiven only for the pinned certificate; with maxBytes > 0, the reply is aborted once its
// announced or received size passes maxBytes.
ReplyVerdict guardReply(QNetworkReply *reply, QObject *context, const QByteArray &pin, qint64 maxBytes);

// After `finished`: the certificate the reply came over, once more (a reply on a kept-alive
// connection sees no new handshake). Empty when it is the pinned one or no pin is set.
std::optional<PlatformError> checkPeerPin(QNetworkReply *reply, const QByteArray &pin);

} // namespace mc::platform
