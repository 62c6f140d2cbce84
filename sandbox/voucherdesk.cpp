// Voucher keys, issuing, redemption and the redemptions list.
#include "sandbox/voucherdesk.h"
#include "app/protocol/errors.h"

#include "app/protocol/toptime.h"
#include "app/protocol/vouchercode.h"
#include "app/storage/readtransaction.h"
#include "sandbox/envelope.h"
#include "sandbox/merchantseed.h"
#include "sandbox/paramreader.h"
#include "sandbox/requestguard.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"
#include "sandbox/settlementdesk.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {

bool isSerial(const QByteArray &serial)
{
    return !serial.isEmpty() && serial.size() <= 100 && std::all_of(serial.begin(), serial.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

} // namespace

core::Status VoucherDesk::ensureKey(std::int64_t nowMs)
{
    auto active = m_db.queryInt(u"SELECT count(*) FROM voucher_keys WHERE active = 1");
    if (!active)
        return active.error();
    if (active.value() > 0)
        return {};
    auto key = protocol::VoucherCode::generateKey();
    if (!key)
        return key.error();
    auto insert = m_db.prepare(u"INSERT INTO voucher_keys (key_id, private_pem, public_key, created_ms, active) "
                               u"VALUES (?1, ?2, ?3, ?4, 1)");
    if (!insert)
        return insert.error();
    const QByteArray keyId = "k" + QByteArray::number(wholeSecond(nowMs) / 1000, 36);
    insert.value().bindText(1, keyId).bindText(2, key.value().privatePem).bind(3, key.value().publicRaw);
    insert.value().bind(4, wholeSecond(nowMs));
    return insert.value().run();
}

ApiReply VoucherDesk::keys(const ApiCall &call)
{
    auto stmt = m_db.prepare(u"SELECT key_id, public_key, created_ms, active FROM voucher_keys ORDER BY created_ms");
    if (!stmt)
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId);
    JsonWriter &w = envelope.writer();
    w.key("keys").beginObject().key("key").beginArray();
    const core::Status listed = forEachRow(stmt.value(), [&](storage::Statement &k) {
        w.beginObject()
            .field("key_id", k.blob(0))
            .field("algorithm", "ed25519")
            .field("public_key", k.blob(1).toBase64())
            .timeField("created", k.int64(2))
            .field("active", k.int64(3) != 0)
            .endObject();
    });
    if (!listed)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

core::Result<std::pair<QByteArray, QByteArray>> VoucherDesk::activeKey()
{
    std::pair<QByteArray, QByteArray> found;
    auto key = m_db.prepare(u"SELECT key_id, private_pem FROM voucher_keys WHERE active = 1 ORDER BY created_ms DESC");
    if (!key)
        return key.error();
    auto row = firstRow(key.value(), [&](storage::Statement &k) { found = {k.blob(0), k.blob(1)}; });
    if (!row)
        return row.error();
    if (found.second.isEmpty())
        return core::Error{u"sandbox.no-voucher-key"_s, u"no active voucher signing key"_s, {}};
    return found;
}

core::Result<QByteArray> VoucherDesk::issueOne(protocol::VoucherTerms &terms, std::int64_t nowMs)
{
    auto key = activeKey();
    if (!key)
        return key.error();
    terms.keyId = key.value().first;
    auto code = protocol::VoucherCode::issue(terms, key.value().second);
    if (!code)
        return code.error();
    auto insert = m_db.prepare(u"INSERT INTO vouchers (voucher_id, code, campaign_id, face_value_fen, uses, used, "
                               u"valid_from_ms, valid_until_ms, store_ids, key_id, created_ms) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10)");
    if (!insert)
        return insert.error();
    auto &s = insert.value();
    s.bindText(1, terms.voucherId).bindText(2, code.value()).bindText(3, terms.campaignId);
    s.bind(4, terms.faceValueFen).bind(5, terms.uses).bind(6, terms.validFromMs).bind(7, terms.validUntilMs);
    s.bindText(8, joinIntegers(terms.storeIds)).bindText(9, terms.keyId).bind(10, wholeSecond(nowMs));
    if (core::Status run = s.run(); !run)
        return run.error();
    return code;
}

ApiReply VoucherDesk::issue(const ApiCall &call)
{
    ParamReader p(call);
    protocol::VoucherTerms terms;
    terms.campaignId = p.text("campaign_id", 64);
    terms.faceValueFen = p.requiredMoney("face_value", 1, 10'000'000);
    terms.uses = static_cast<int>(p.integer("uses", 1, 100, 1));
    terms.validFromMs = p.time("valid_from").value_or(wholeSecond(call.nowMs));
    terms.validUntilMs = p.requiredTime("valid_until");
    terms.storeIds = p.integerList("store_ids", 100);
    const std::int64_t quantity = p.integer("quantity", 1, 100, 1);
    if (p.ok() && terms.validUntilMs <= terms.validFromMs)
        p.fail(invalidParameter("valid_until", "must be later than valid_from"));
    for (std::int64_t id : terms.storeIds)
        if (p.ok() && (id < kFirstStoreId || id >= kFirstStoreId + kStoreCount))
            p.fail(invalidParameter("store_ids", "names a location that is not a store"));
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    SuccessEnvelope envelope(call.method, call.requestId, 1024 * quantity);
    JsonWriter &w = envelope.writer();
    w.key("vouchers").beginObject().key("voucher").beginArray();
    m_idClock.setMs(call.nowMs);
    for (std::int64_t i = 0; i < quantity; ++i) {
        terms.voucherId = m_ids.next().toByteArray(QUuid::WithoutBraces);
        auto code = issueOne(terms, call.nowMs);
        if (!code)
            return storageFailure(call);
        w.beginObject()
            .field("voucher_id", terms.voucherId)
            .field("code", code.value())
            .field("campaign_id", terms.campaignId)
            .moneyField("face_value", terms.faceValueFen)
            .field("uses", terms.uses)
            .timeField("valid_from", terms.validFromMs)
            .timeField("valid_until", terms.validUntilMs)
            .key("store_ids")
            .beginArray();
        for (std::int64_t id : terms.storeIds)
            w.integer(id);
        w.endArray().field("key_id", terms.keyId).endObject();
    }
    w.endArray().endObject();
    return envelope.finish();
}

ApiReply VoucherDesk::consume(const ApiCall &call)
{
    ParamReader p(call);
    Redemption r;
    r.code = p.requiredText("verify_code", 4000);
    r.consumeNum = p.integer("consume_num", 1, 100, 1);
    r.storeId = p.requiredInteger("storeid", 1, std::numeric_limits<std::int64_t>::max());
    r.operatorId = p.text("operatorid", 64);
    r.serial = p.requiredText("serial_num", 100);
    const auto redeemedAt = p.time("redeemed_at");
    if (p.ok() && !isSerial(r.serial))
        p.fail(invalidParameter("serial_num", "must be 1 to 100 characters of [A-Za-z0-9_-]"));
    if (p.ok() && redeemedAt &&
        (*redeemedAt > call.nowMs + RequestGuard::kTimestampWindowMs || *redeemedAt < call.nowMs - 30 * kDay))
        p.fail(invalidParameter("redeemed_at", "must lie within the last 30 days"));
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    r.redeemedMs = wholeSecond(redeemedAt.value_or(call.nowMs));
    r.recordedMs = wholeSecond(call.nowMs);
    r.appKey = call.caller->appKey;
    auto outcome = redeem(r);
    if (!outcome)
        return storageFailure(call);
    if (outcome.value().refusal)
        return errorReply(*outcome.value().refusal, call.requestId);
    SuccessEnvelope envelope(call.method, call.requestId);
    envelope.writer()
        .field("ret_code", 1)
        .field("consumed", outcome.value().consumed)
        .field("left_num", outcome.value().left)
        .field("serial_num", r.serial)
        .field("voucher_id", outcome.value().voucherId)
        .field("store_id", r.storeId)
        .timeField("redeemed", outcome.value().redeemedMs);
    return envelope.finish();
}

core::Result<RedeemOutcome> VoucherDesk::redeem(const Redemption &r)
{
    RedeemOutcome out;
    const auto refuse = [&out](const char *subCode, const QByteArray &why) {
        out.refusal = businessError(subCode, why);
        return out;
    };
    // Idempotency: the same serial_num answers with the first redemption.
    auto previous = m_db.prepare(u"SELECT r.verify_code, r.store_id, r.consume_num, r.voucher_id, r.redeemed_ms, "
                                 u"v.uses - v.used FROM redemptions r JOIN vouchers v ON v.voucher_id = r.voucher_id "
                                 u"WHERE r.serial_num = ?1");
    if (!previous)
        return previous.error();
    bool conflict = false;
    auto found = firstRow(previous.value().bindText(1, r.serial), [&](storage::Statement &s) {
        conflict = s.blob(0) != r.code || s.int64(1) != r.storeId || s.int64(2) != r.consumeNum;
        out.voucherId = s.blob(3);
        out.consumed = s.int64(2);
        out.redeemedMs = s.int64(4);
        out.left = s.int64(5);
    });
    if (!found)
        return found.error();
    if (found.value() && conflict)
        return refuse(protocol::subc::kSerialNumConflict,
                      "serial_num " + r.serial + " was already used for another redemption");
    if (found.value())
        return out;

    const auto kid = protocol::VoucherCode::keyIdOf(r.code);
    QByteArray publicKey;
    auto key = m_db.prepare(u"SELECT public_key FROM voucher_keys WHERE key_id = ?1");
    if (!key)
        return key.error();
    if (kid) {
        auto k = firstRow(key.value().bindText(1, *kid), [&](storage::Statement &s) { publicKey = s.blob(0); });
        if (!k)
            return k.error();
    }
    const auto terms = publicKey.isEmpty() ? std::nullopt : protocol::VoucherCode::verify(r.code, publicKey);
    if (!terms)
        return refuse(protocol::subc::kEticketInvalid, "the code is malformed or its signature does not verify");
    auto voucher = m_db.prepare(u"SELECT v.uses, v.used, x.revoked_ms, v.face_value_fen FROM vouchers v LEFT JOIN voucher_revocations x "
                                u"ON x.voucher_id = v.voucher_id WHERE v.voucher_id = ?1 AND v.code = ?2");
    if (!voucher)
        return voucher.error();
    std::int64_t uses = 0;
    std::int64_t used = 0;
    std::optional<std::int64_t> revokedMs;
    std::int64_t faceValueFen = 0;
    auto issued =
        firstRow(voucher.value().bindText(1, terms->voucherId).bindText(2, r.code), [&](storage::Statement &v) {
            uses = v.int64(0);
            used = v.int64(1);
            if (!v.isNull(2))
                revokedMs = v.int64(2);
            faceValueFen = v.int64(3);
        });
    if (!issued)
        return issued.error();
    if (!issued.value())
        return refuse(protocol::subc::kEticketInvalid, "no such voucher was issued");
    if (revokedMs && r.redeemedMs >= *revokedMs)
        return refuse(protocol::subc::kEticketRevoked,
                      "the voucher was refunded and revoked at " + protocol::formatTopTime(*revokedMs));
    if (r.redeemedMs < terms->validFromMs)
        return refuse(protocol::subc::kEticketNotYetValid,
                      "the voucher is valid from " + protocol::formatTopTime(terms->validFromMs));
    if (r.redeemedMs > terms->validUntilMs)
        return refuse(protocol::subc::kEticketExpired,
                      "the voucher expired at " + protocol::formatTopTime(terms->validUntilMs));
    if (!terms->storeIds.isEmpty() && !terms->storeIds.contains(r.storeId))
        return refuse(protocol::subc::kEticketStoreNotAllowed,
                      "the voucher cannot be redeemed at store " + QByteArray::number(r.storeId));
    if (used + r.consumeNum > uses)
        return refuse(protocol::subc::kEticketExhausted,
                      QByteArray::number(uses - used) + " of " + QByteArray::number(uses) + " uses are left");

    auto record =
        m_db.prepare(u"INSERT INTO redemptions (serial_num, verify_code, voucher_id, store_id, consume_num, "
                     u"operator_id, redeemed_ms, recorded_ms, app_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto spend = m_db.prepare(u"UPDATE vouchers SET used = used + ?2 WHERE voucher_id = ?1");
    if (!record)
        return record.error();
    if (!spend)
        return spend.error();
    auto &s = record.value();
    s.bindText(1, r.serial).bindText(2, r.code).bindText(3, terms->voucherId).bind(4, r.storeId).bind(5, r.consumeNum);
    s.bindText(6, r.operatorId).bind(7, r.redeemedMs).bind(8, r.recordedMs).bindText(9, r.appKey);
    if (core::Status run = s.run(); !run)
        return run.error();
    if (core::Status run = spend.value().bindText(1, terms->voucherId).bind(2, r.consumeNum).run(); !run)
        return run.error();
    if (m_settlements) {
        core::Status settled = m_settlements->record(r.serial, r.storeId, terms->voucherId,
                                                     faceValueFen * r.consumeNum, r.redeemedMs);
        if (!settled)
            return settled.error();
    }
    out.voucherId = terms->voucherId;
    out.consumed = r.consumeNum;
    out.left = uses - used - r.consumeNum;
    out.redeemedMs = r.redeemedMs;
    return out;
}

ApiReply VoucherDesk::redemptions(const ApiCall &call)
{
    ParamReader p(call);
    auto store = p.optionalInteger("store_id", 1, std::numeric_limits<std::int64_t>::max());
    const auto start = p.time("start_redeemed");
    const auto end = p.time("end_redeemed");
    const std::int64_t pageNo = p.integer("page_no", 1, 100'000, 1);
    const std::int64_t pageSize = p.integer("page_size", 1, 500, 100);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    if (!call.isOwner())
        store = call.caller->storeId;
    constexpr QStringView kFilter = u" FROM redemptions WHERE (?1 IS NULL OR store_id = ?1) AND "
                                    u"(?2 IS NULL OR redeemed_ms >= ?2) AND (?3 IS NULL OR redeemed_ms < ?3)";
    auto count = m_db.prepare(QString(u"SELECT count(*)" + kFilter));
    auto page = m_db.prepare(QString(u"SELECT serial_num, verify_code, voucher_id, store_id, consume_num, operator_id, "
                                     u"redeemed_ms, recorded_ms, (SELECT v.face_value_fen FROM vouchers v "
                                     u"WHERE v.voucher_id = redemptions.voucher_id)" +
                                     kFilter + u" ORDER BY redeemed_ms, serial_num LIMIT ?4 OFFSET ?5"));
    if (!count || !page)
        return storageFailure(call);
    storage::ReadTransaction snapshot(m_db);
    std::int64_t total = 0;
    if (!firstRow(count.value().bind(1, store).bind(2, start).bind(3, end),
                  [&](storage::Statement &s) { total = s.int64(0); }))
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 256 * pageSize);
    JsonWriter &w = envelope.writer();
    w.field("total_results", total).key("redemptions").beginObject().key("redemption").beginArray();
    page.value().bind(1, store).bind(2, start).bind(3, end).bind(4, pageSize).bind(5, (pageNo - 1) * pageSize);
    const core::Status listed = forEachRow(page.value(), [&](storage::Statement &r) {
        w.beginObject()
            .field("serial_num", r.blob(0))
            .field("verify_code", r.blob(1))
            .field("voucher_id", r.blob(2))
            .field("store_id", r.int64(3))
            .field("consume_num", r.int64(4))
            .field("operator_id", r.blob(5))
            .timeField("redeemed", r.int64(6))
            .timeField("recorded", r.int64(7))
            .moneyField("face_value", r.int64(8))
            .endObject();
    });
    if (!listed)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
