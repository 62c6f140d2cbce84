// VoucherKeyring: the platform's voucher signing keys (mc.voucher.keys.get), kept in
// cache.sqlite (voucher_keys) so that codes verify offline. Keys are added and updated,
// never dropped: a code signed with a retired key may still be in a shopper's hands.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <cstdint>
#include <optional>

namespace mc::storage {
class Database;
}

namespace mc::vouchers {

struct VoucherKey
{
    QByteArray keyId;
    QByteArray algorithm; // "ed25519"
    QByteArray publicRaw; // 32 bytes
    std::int64_t createdMs = 0;
    bool active = true;
};

class VoucherKeyring
{
public:
    // Reads the cached keys from `cache` (which must outlive the keyring).
    static core::Result<VoucherKeyring> load(storage::Database &cache);
    // The keys in an mc.voucher.keys.get response body; Ed25519 keys of 32 bytes only.
    static core::Result<QList<VoucherKey>> parseKeys(const QJsonObject &response);

    // Stores (upserts) these keys in one transaction and adds them to the ring.
    core::Status store(const QList<VoucherKey> &keys, std::int64_t fetchedMs);
    std::optional<QByteArray> publicKey(const QByteArray &keyId) const;
    int size() const { return static_cast<int>(m_keys.size()); }

private:
    explicit VoucherKeyring(storage::Database &cache) : m_cache(&cache) {}

    storage::Database *m_cache;
    QHash<QByteArray, QByteArray> m_keys; // key id -> raw public key
};

} // namespace mc::vouchers
