// MD5 / HMAC-MD5 / HMAC-SHA256 signatures through OpenSSL.
#include "app/protocol/signature.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace mc::protocol {

QByteArray toWire(SignMethod method)
{
    switch (method) {
    case SignMethod::Md5:
        return QByteArrayLiteral("md5");
    case SignMethod::HmacMd5:
        return QByteArrayLiteral("hmac");
    case SignMethod::HmacSha256:
        return QByteArrayLiteral("hmac-sha256");
    }
    return {};
}

std::optional<SignMethod> signMethodFromWire(const QByteArray &text)
{
    if (text == "md5")
        return SignMethod::Md5;
    if (text == "hmac")
        return SignMethod::HmacMd5;
    if (text == "hmac-sha256")
        return SignMethod::HmacSha256;
    return std::nullopt;
}

QByteArray signingString(const Parameters &params)
{
    QByteArray out;
    out.reserve(512);
    for (const auto &[key, value] : params) {
        if (key == "sign" || value.isEmpty())
            continue;
        out += key;
        out += value;
    }
    return out;
}

QByteArray sign(const Parameters &params, const QByteArray &secret, SignMethod method)
{
    const QByteArray text = signingString(params);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (method == SignMethod::Md5) {
        const QByteArray wrapped = secret + text + secret;
        EVP_Digest(wrapped.constData(), static_cast<size_t>(wrapped.size()), digest, &length, EVP_md5(), nullptr);
    } else {
        const EVP_MD *md = method == SignMethod::HmacMd5 ? EVP_md5() : EVP_sha256();
        HMAC(md, secret.constData(), static_cast<int>(secret.size()),
             reinterpret_cast<const unsigned char *>(text.constData()), static_cast<size_t>(text.size()), digest,
             &length);
    }
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex().toUpper();
}

bool signaturesEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto upper = [](char c) { return static_cast<unsigned char>(c >= 'a' && c <= 'z' ? c - 32 : c); };
        diff |= upper(a[i]) ^ upper(b[i]);
    }
    return diff == 0;
}

} // namespace mc::protocol
