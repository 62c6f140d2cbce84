// TOP request signing (docs/platform-api.md), shared by the console's
// client and the sandbox server so both sides compute exactly the same bytes.
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace mc::protocol {

enum class SignMethod { Md5, HmacMd5, HmacSha256 };

// Request parameters, UTF-8 keys and values; std::map keeps them in byte order.
using Parameters = std::map<QByteArray, QByteArray>;

QByteArray toWire(SignMethod method); // "md5", "hmac", "hmac-sha256"
std::optional<SignMethod> signMethodFromWire(const QByteArray &text);

// The string that is signed: key1 value1 key2 value2 ... over every parameter except
// `sign`, empty values dropped, sorted by key in byte order.
QByteArray signingString(const Parameters &params);

// Upper-case hex signature with the given method and app secret.
QByteArray sign(const Parameters &params, const QByteArray &secret, SignMethod method);

// Constant-time comparison of two signatures (case-insensitive hex).
bool signaturesEqual(const QByteArray &a, const QByteArray &b);

} // namespace mc::protocol
