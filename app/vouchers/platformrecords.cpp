#include "app/vouchers/platformrecords.h"

#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mc::vouchers {

namespace {
std::int64_t topTime(const QJsonValue &v)
{
    return protocol::parseTopTime(QStringView(v.toString())).value_or(0);
}

core::Result<QJsonArray> listOf(const QJsonObject &response, QStringView outer, QStringView inner, int *total)
{
    const QJsonValue list = response.value(outer).toObject().value(inner);
    if (!list.isArray())
        return core::Error{u"vouchers.response"_s, u"the platform's %1 list is missing"_s.arg(outer), {}};
    if (total)
        *total = response.value(u"total_results").toInt(static_cast<int>(list.toArray().size()));
    return list.toArray();
}
} // namespace

core::Result<QList<PlatformRedemption>> PlatformRecords::parseRedemptions(const QJsonObject &response, int *total)
{
    auto list = listOf(response, u"redemptions", u"redemption", total);
    if (!list)
        return list.error();
    QList<PlatformRedemption> out;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject o = v.toObject();
        PlatformRedemption r;
        r.serial = o.value(u"serial_num").toString();
        r.voucherId = o.value(u"voucher_id").toString().toLatin1();
        r.code = o.value(u"verify_code").toString().toLatin1();
        r.storeId = o.value(u"store_id").toInteger();
        r.consumeNum = o.value(u"consume_num").toInt(1);
        r.operatorId = o.value(u"operator_id").toString();
        r.redeemedMs = topTime(o.value(u"redeemed"));
        r.recordedMs = topTime(o.value(u"recorded"));
        if (auto face = core::Money::parse(o.value(u"face_value").toString()); face && !face.value().isNegative())
            r.faceValueFen = face.value().minor();
        if (!r.serial.isEmpty() && !r.voucherId.isEmpty())
            out.append(r);
    }
    return out;
}

core::Result<QList<Revocation>> PlatformRecords::parseRevocations(const QJsonObject &response, int *total)
{
    auto list = listOf(response, u"revocations", u"revocation", total);
    if (!list)
        return list.error();
    QList<Revocation> out;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject o = v.toObject();
        Revocation r{o.value(u"voucher_id").toString().toLatin1(), topTime(o.value(u"revoked"))};
        if (!r.voucherId.isEmpty())
            out.append(r);
    }
    return out;
}

core::Status PlatformRecords::storeRedemptions(const QList<PlatformRedemption> &rows)
{
    auto tx = storage::Transaction::begin(*m_cache);
    if (!tx)
        return tx.error();
    auto upsert = m_cache->prepare(
        u"INSERT OR REPLACE INTO platform_redemptions (serial_num, voucher_id, verify_code, store_id, consume_num, "
        u"operator_id, redeemed_ms, recorded_ms, face_value_fen) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!upsert)
        return upsert.error();
    for (const PlatformRedemption &r : rows) {
        upsert.value()
            .bind(1, r.serial)
            .bindText(2, r.voucherId)
            .bindText(3, r.code)
            .bind(4, r.storeId)
            .bind(5, r.consumeNum)
            .bind(6, r.operatorId)
            .bind(7, r.redeemedMs)
            .bind(8, r.recordedMs)
            .bind(9, r.faceValueFen);
        if (core::Status s = upsert.value().run(); !s)
            return s;
    }
    return tx.value().commit();
}

core::Status PlatformRecords::storeRevocations(const QList<Revocation> &rows, std::int64_t fetchedMs)
{
    auto tx = storage::Transaction::begin(*m_cache);
    if (!tx)
        return tx.error();
    auto upsert = m_cache->prepare(
        u"INSERT OR REPLACE INTO voucher_revocations (voucher_id, revoked_ms, fetched_ms) VALUES (?,?,?)");
    if (!upsert)
        return upsert.error();
    for (const Revocation &r : rows) {
        upsert.value().bindText(1, r.voucherId).bind(2, r.revokedMs).bind(3, fetchedMs);
        if (core::Status s = upsert.value().run(); !s)
            return s;
    }
    return tx.value().commit();
}

core::Result<int> PlatformRecords::usesRecorded(const QByteArray &voucherId, const QSet<QString> &exceptSerials)
{
    auto stmt = m_cache->prepare(u"SELECT serial_num, consume_num FROM platform_redemptions WHERE voucher_id = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bindText(1, voucherId);
    int uses = 0;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return uses;
        if (!exceptSerials.contains(stmt.value().text(0)))
            uses += static_cast<int>(stmt.value().int64(1));
    }
}

core::Result<std::optional<std::int64_t>> PlatformRecords::revokedAt(const QByteArray &voucherId)
{
    auto stmt = m_cache->prepare(u"SELECT revoked_ms FROM voucher_revocations WHERE voucher_id = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bindText(1, voucherId);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(stmt.value().int64(0));
}

} // namespace mc::vouchers
