// Signed voucher codes: "MCV1.<payload>.<signature>", both parts base64url without padding.
// The payload is compact JSON naming the voucher, its face value, uses, validity and stores;
// the signature is Ed25519 over the payload bytes, so a store can verify a code offline with
// the public key from mc.voucher.keys.get before trusting any field. The platform (sandbox)
// issues with it and the console verifies with it: one definition of the format.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace mc::protocol {

struct VoucherTerms
{
    QByteArray keyId;
    QByteArray voucherId;
    QByteArray campaignId;
    std::int64_t faceValueFen = 0;
    int uses = 1;
    std::int64_t validFromMs = 0;
    std::int64_t validUntilMs = 0;
    QList<std::int64_t> storeIds; // empty: every store
};

struct Ed25519Key
{
    QByteArray privatePem;
    QByteArray publicRaw; // 32 bytes
};

class VoucherCode
{
public:
    static core::Result<Ed25519Key> generateKey();
    // The code for these terms, signed with the key's private half.
    static core::Result<QByteArray> issue(const VoucherTerms &terms, const QByteArray &privatePem);
    // The key id named by a code (to find the public key), or nullopt for a malformed code.
    static std::optional<QByteArray> keyIdOf(const QByteArray &code);
    // Terms of a well-formed code whose signature verifies with publicRaw; nullopt otherwise.
    static std::optional<VoucherTerms> verify(const QByteArray &code, const QByteArray &publicRaw);

    static QByteArray payload(const VoucherTerms &terms);
};

} // namespace mc::protocol
