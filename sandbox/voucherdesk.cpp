// Voucher keys, issuing, redemption and the redemptions list.
#include "sandbox/voucherdesk.h"
#include "app/protocol/errors.h"

#include "app/protocol/toptime.h"
#include "sandbox/envelope.h"
#include "sandbox/merchantseed.h"
#include "sandbox/paramreader.h"
#include "app/storage/readtransaction.h"
#include "sandbox/requestguard.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"
#include "app/protocol/vouchercode.h"

#include <algorithm>

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
    QByteArray privatePem;
    auto key = m_db.prepare(u"SELECT key_id, private_pem FROM voucher_keys WHERE active = 1 ORDER BY created_ms DESC");
    if (!key ||
        !firstRow(key.value(),
                  [&](storage::Statement &k) {
                      terms.keyId = k.blob(0);
                      privatePem = k.blob(1);
                  }) ||
        privatePem.isEmpty())
        return storageFailure(call);
    auto insert = m_db.prepare(u"INSERT INTO vouchers (voucher_id, code, campaign_id, face_value_fen, uses, used, "
                               u"valid_from_ms, valid_until_ms, store_ids, key_id, created_ms) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10)");
    if (!insert)
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 1024 * quantity);
    JsonWriter &w = envelope.writer();
    w.key("vouchers").beginObject().key("voucher").beginArray();
    m_idClock.setMs(call.nowMs);
    for (std::int64_t i = 0; i < quantity; ++i) {
        terms.voucherId = m_ids.next().toByteArray(QUuid::WithoutBraces);
        auto code = protocol::VoucherCode::issue(terms, privatePem);
        if (!code)
            return storageFailure(call);
        auto &s = insert.value();
        s.bindText(1, terms.voucherId).bindText(2, code.value()).bindText(3, terms.campaignId);
        s.bind(4, terms.faceValueFen).bind(5, terms.uses).bind(6, terms.validFromMs).bind(7, terms.validUntilMs);
        s.bindText(8, joinIntegers(terms.storeIds)).bindText(9, terms.keyId).bind(10, wholeSecond(call.nowMs));
        if (!s.run())
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
    const QByteArray code = p.requiredText("verify_code", 4000);
    const std::int64_t consumeNum = p.integer("consume_num", 1, 100, 1);
    const std::int64_t storeId = p.requiredInteger("storeid", 1, std::numeric_limits<std::int64_t>::max());
    const QByteArray operatorId = p.text("operatorid", 64);
    const QByteArray serial = p.requiredText("serial_num", 100);
    const auto redeemedAt = p.time("redeemed_at");
    if (p.ok() && !isSerial(serial))
        p.fail(invalidParameter("serial_num", "must be 1 to 100 characters of [A-Za-z0-9_-]"));
    if (p.ok() && redeemedAt &&
        (*redeemedAt > call.nowMs + RequestGuard::kTimestampWindowMs || *redeemedAt < call.nowMs - 30 * kDay))
        p.fail(invalidParameter("redeemed_at", "must lie within the last 30 days"));
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    const std::int64_t redeemedMs = wholeSecond(redeemedAt.value_or(call.nowMs));

    auto reply = [&](const QByteArray &voucherId, std::int64_t consumed, std::int64_t left, std::int64_t at) {
        SuccessEnvelope envelope(call.method, call.requestId);
        envelope.writer()
            .field("ret_code", 1)
            .field("consumed", consumed)
            .field("left_num", left)
            .field("serial_num", serial)
            .field("voucher_id", voucherId)
            .field("store_id", storeId)
            .timeField("redeemed", at);
        return envelope.finish();
    };

    // Idempotency: the same serial_num answers with the first redemption.
    auto previous = m_db.prepare(u"SELECT r.verify_code, r.store_id, r.consume_num, r.voucher_id, r.redeemed_ms, "
                                 u"v.uses - v.used FROM redemptions r JOIN vouchers v ON v.voucher_id = r.voucher_id "
                                 u"WHERE r.serial_num = ?1");
    if (!previous)
        return storageFailure(call);
    std::optional<ApiReply> replay;
    auto found = firstRow(previous.value().bindText(1, serial), [&](storage::Statement &r) {
        if (r.blob(0) == code && r.int64(1) == storeId && r.int64(2) == consumeNum)
            replay = reply(r.blob(3), r.int64(2), r.int64(5), r.int64(4));
        else
            replay = errorReply(businessError(protocol::subc::kSerialNumConflict,
                                              "serial_num " + serial + " was already used for another redemption"),
                                call.requestId);
    });
    if (!found)
        return storageFailure(call);
    if (replay)
        return *replay;

    const auto kid = protocol::VoucherCode::keyIdOf(code);
    QByteArray publicKey;
    auto key = m_db.prepare(u"SELECT public_key FROM voucher_keys WHERE key_id = ?1");
    if (!key)
        return storageFailure(call);
    if (kid && !firstRow(key.value().bindText(1, *kid), [&](storage::Statement &k) { publicKey = k.blob(0); }))
        return storageFailure(call);
    const auto terms = publicKey.isEmpty() ? std::nullopt : protocol::VoucherCode::verify(code, publicKey);
    if (!terms)
        return errorReply(
            businessError(protocol::subc::kEticketInvalid, "the code is malformed or its signature does not verify"),
            call.requestId);
    auto voucher = m_db.prepare(u"SELECT uses, used FROM vouchers WHERE voucher_id = ?1 AND code = ?2");
    if (!voucher)
        return storageFailure(call);
    std::int64_t uses = 0;
    std::int64_t used = 0;
    auto issued = firstRow(voucher.value().bindText(1, terms->voucherId).bindText(2, code), [&](storage::Statement &v) {
        uses = v.int64(0);
        used = v.int64(1);
    });
    if (!issued)
        return storageFailure(call);
    if (!issued.value())
        return errorReply(businessError(protocol::subc::kEticketInvalid, "no such voucher was issued"), call.requestId);
    if (redeemedMs < terms->validFromMs)
        return errorReply(businessError(protocol::subc::kEticketNotYetValid,
                                        "the voucher is valid from " + protocol::formatTopTime(terms->validFromMs)),
                          call.requestId);
    if (redeemedMs > terms->validUntilMs)
        return errorReply(businessError(protocol::subc::kEticketExpired,
                                        "the voucher expired at " + protocol::formatTopTime(terms->validUntilMs)),
                          call.requestId);
    if (!terms->storeIds.isEmpty() && !terms->storeIds.contains(storeId))
        return errorReply(businessError(protocol::subc::kEticketStoreNotAllowed,
                                        "the voucher cannot be redeemed at store " + QByteArray::number(storeId)),
                          call.requestId);
    if (used + consumeNum > uses)
        return errorReply(businessError(protocol::subc::kEticketExhausted, QByteArray::number(uses - used) + " of " +
                                                                     QByteArray::number(uses) + " uses are left"),
                          call.requestId);

    auto record =
        m_db.prepare(u"INSERT INTO redemptions (serial_num, verify_code, voucher_id, store_id, consume_num, "
                     u"operator_id, redeemed_ms, recorded_ms, app_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto spend = m_db.prepare(u"UPDATE vouchers SET used = used + ?2 WHERE voucher_id = ?1");
    if (!record || !spend)
        return storageFailure(call);
    auto &r = record.value();
    r.bindText(1, serial).bindText(2, code).bindText(3, terms->voucherId).bind(4, storeId).bind(5, consumeNum);
    r.bindText(6, operatorId).bind(7, redeemedMs).bind(8, wholeSecond(call.nowMs)).bindText(9, call.caller->appKey);
    if (!r.run() || !spend.value().bindText(1, terms->voucherId).bind(2, consumeNum).run())
        return storageFailure(call);
    return reply(terms->voucherId, consumeNum, uses - used - consumeNum, redeemedMs);
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
                                     u"redeemed_ms, recorded_ms" +
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
            .endObject();
    });
    if (!listed)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
