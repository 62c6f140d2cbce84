#include "app/vouchers/voucherkeyring.h"

#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mc::vouchers {

core::Result<VoucherKeyring> VoucherKeyring::load(storage::Database &cache)
{
    VoucherKeyring ring(cache);
    auto stmt = cache.prepare(u"SELECT key_id, public_key FROM voucher_keys WHERE algorithm = 'ed25519'");
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ring.m_keys.insert(stmt.value().text(0).toLatin1(), stmt.value().blob(1));
    }
    return ring;
}

core::Result<QList<VoucherKey>> VoucherKeyring::parseKeys(const QJsonObject &response)
{
    const QJsonValue list = response.value(u"keys").toObject().value(u"key");
    if (!list.isArray())
        return core::Error{u"vouchers.keys"_s, u"the platform's key list is missing"_s, {}};
    QList<VoucherKey> keys;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        VoucherKey key;
        key.keyId = o.value(u"key_id").toString().toLatin1();
        key.algorithm = o.value(u"algorithm").toString().toLatin1();
        key.publicRaw = QByteArray::fromBase64(o.value(u"public_key").toString().toLatin1());
        key.createdMs = protocol::parseTopTime(QStringView(o.value(u"created").toString())).value_or(0);
        key.active = o.value(u"active").toBool(true);
        if (key.keyId.isEmpty() || key.algorithm != "ed25519" || key.publicRaw.size() != 32)
            continue; // a key this console cannot use: codes signed with it stay "unknown key"
        keys.append(key);
    }
    return keys;
}

core::Status VoucherKeyring::store(const QList<VoucherKey> &keys, std::int64_t fetchedMs)
{
    auto tx = storage::Transaction::begin(*m_cache);
    if (!tx)
        return tx.error();
    auto upsert = m_cache->prepare(
        u"INSERT INTO voucher_keys (key_id, algorithm, public_key, created_ms, active, fetched_ms) "
        u"VALUES (?,?,?,?,?,?) ON CONFLICT (key_id) DO UPDATE SET algorithm = excluded.algorithm, "
        u"public_key = excluded.public_key, created_ms = excluded.created_ms, active = excluded.active, "
        u"fetched_ms = excluded.fetched_ms");
    if (!upsert)
        return upsert.error();
    for (const VoucherKey &key : keys) {
        upsert.value()
            .bind(1, QString::fromLatin1(key.keyId))
            .bind(2, QString::fromLatin1(key.algorithm))
            .bind(3, key.publicRaw)
            .bind(4, key.createdMs)
            .bind(5, key.active ? 1 : 0)
            .bind(6, fetchedMs);
        if (core::Status s = upsert.value().run(); !s)
            return s;
    }
    if (core::Status s = tx.value().commit(); !s)
        return s;
    for (const VoucherKey &key : keys)
        m_keys.insert(key.keyId, key.publicRaw);
    return {};
}

std::optional<QByteArray> VoucherKeyring::publicKey(const QByteArray &keyId) const
{
    const auto it = m_keys.constFind(keyId);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace mc::vouchers
