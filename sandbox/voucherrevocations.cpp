// Voucher revocations: revoking and the list.
#include "sandbox/voucherrevocations.h"

#include "app/protocol/errors.h"
#include "app/storage/readtransaction.h"
#include "sandbox/envelope.h"
#include "sandbox/paramreader.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"

namespace mc::sandbox {

core::Result<bool> VoucherRevocations::revoke(const QByteArray &voucherId, std::int64_t revokedMs, const char *reason)
{
    auto insert = m_db.prepare(u"INSERT INTO voucher_revocations (voucher_id, revoked_ms, reason) "
                               u"SELECT voucher_id, ?2, ?3 FROM vouchers WHERE voucher_id = ?1 "
                               u"ON CONFLICT (voucher_id) DO NOTHING");
    auto issued = m_db.prepare(u"SELECT 1 FROM vouchers WHERE voucher_id = ?1");
    if (!insert)
        return insert.error();
    if (!issued)
        return issued.error();
    insert.value().bindText(1, voucherId).bind(2, wholeSecond(revokedMs)).bindText(3, QByteArray(reason));
    if (core::Status s = insert.value().run(); !s)
        return s.error();
    return firstRow(issued.value().bindText(1, voucherId), [](storage::Statement &) {});
}

ApiReply VoucherRevocations::revokeCall(const ApiCall &call)
{
    ParamReader p(call);
    const QByteArray voucherId = p.requiredText("voucher_id", 64);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    auto revoked = revoke(voucherId, call.nowMs);
    if (!revoked)
        return storageFailure(call);
    if (!revoked.value())
        return errorReply(businessError(protocol::subc::kEticketInvalid, "no such voucher was issued"), call.requestId);
    auto stmt = m_db.prepare(u"SELECT revoked_ms, reason FROM voucher_revocations WHERE voucher_id = ?1");
    if (!stmt)
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId);
    JsonWriter &w = envelope.writer();
    auto found = firstRow(stmt.value().bindText(1, voucherId), [&](storage::Statement &r) {
        w.key("revocation")
            .beginObject()
            .field("voucher_id", voucherId)
            .timeField("revoked", r.int64(0))
            .field("reason", r.blob(1))
            .endObject();
    });
    if (!found || !found.value())
        return storageFailure(call);
    return envelope.finish();
}

ApiReply VoucherRevocations::list(const ApiCall &call)
{
    ParamReader p(call);
    const auto start = p.time("start_modified");
    const auto end = p.time("end_modified");
    const std::int64_t pageNo = p.integer("page_no", 1, 100'000, 1);
    const std::int64_t pageSize = p.integer("page_size", 1, 500, 100);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    constexpr QStringView kFilter =
        u" FROM voucher_revocations WHERE (?1 IS NULL OR revoked_ms >= ?1) AND (?2 IS NULL OR revoked_ms < ?2)";
    auto count = m_db.prepare(QString(u"SELECT count(*)" + kFilter));
    auto page = m_db.prepare(QString(u"SELECT voucher_id, revoked_ms, reason" + kFilter +
                                     u" ORDER BY revoked_ms, voucher_id LIMIT ?3 OFFSET ?4"));
    if (!count || !page)
        return storageFailure(call);
    storage::ReadTransaction snapshot(m_db);
    std::int64_t total = 0;
    if (!firstRow(count.value().bind(1, start).bind(2, end), [&](storage::Statement &s) { total = s.int64(0); }))
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 128 * pageSize);
    JsonWriter &w = envelope.writer();
    w.field("total_results", total).key("revocations").beginObject().key("revocation").beginArray();
    page.value().bind(1, start).bind(2, end).bind(3, pageSize).bind(4, (pageNo - 1) * pageSize);
    const core::Status listed = forEachRow(page.value(), [&](storage::Statement &r) {
        w.beginObject()
            .field("voucher_id", r.blob(0))
            .timeField("revoked", r.int64(1))
            .field("reason", r.blob(2))
            .endObject();
    });
    if (!listed)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
