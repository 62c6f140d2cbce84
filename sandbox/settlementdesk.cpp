// Settlement lines: drawn at redemption, changed by the admin call, listed once due.
#include "sandbox/settlementdesk.h"

#include "app/protocol/errors.h"
#include "app/protocol/settlementterms.h"
#include "app/storage/readtransaction.h"
#include "sandbox/envelope.h"
#include "sandbox/paramreader.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"

#include <limits>

namespace mc::sandbox {

namespace {

constexpr auto kSettlementNotExist = "isv.settlement-not-exist";

struct Line
{
    QByteArray outcome = "settled";
    std::int64_t amountFen = 0;
    std::int64_t settledMs = 0;
    QByteArray note;
};

// A keyed 64-bit mix of the seed and the serial (FNV-1a, then splitmix64's finaliser):
// the same seed gives every serial the same exception on every run and platform.
std::uint64_t dice(std::uint64_t seed, const QByteArray &serial, std::uint64_t salt)
{
    std::uint64_t h = 1469598103934665603ULL ^ seed ^ (salt * 0x9E3779B97F4A7C15ULL);
    for (char c : serial) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

double unit(std::uint64_t x)
{
    return static_cast<double>(x >> 11) * 0x1.0p-53;
}

// The seeded exception of one redemption: 40 % late (1-4 days), 25 % adjusted (1-20 % less),
// 20 % withheld, 15 % missing.
Line drawLine(const SettlementTerms &terms, const QByteArray &serial, std::int64_t netFen, std::int64_t dueMs)
{
    Line line{"settled", netFen, dueMs, {}};
    if (unit(dice(terms.seed, serial, 1)) >= terms.exceptionRate)
        return line;
    const double kind = unit(dice(terms.seed, serial, 2));
    const std::uint64_t extra = dice(terms.seed, serial, 3);
    if (kind < 0.40) {
        const std::int64_t days = 1 + static_cast<std::int64_t>(extra % 4);
        return {"late", netFen, dueMs + days * kDay, "paid " + QByteArray::number(days) + " day(s) late"};
    }
    if (kind < 0.65) {
        const std::int64_t cut = std::max<std::int64_t>(1, netFen * static_cast<std::int64_t>(1 + extra % 20) / 100);
        return {"adjusted", netFen - cut, dueMs, "adjusted after a shopper's complaint"};
    }
    if (kind < 0.85)
        return {"withheld", 0, dueMs, "withheld while a refund claim is reviewed"};
    return {"missing", netFen, dueMs, {}};
}

} // namespace

core::Status SettlementDesk::record(const QByteArray &serial, std::int64_t storeId, const QByteArray &voucherId,
                                    std::int64_t grossFen, std::int64_t redeemedMs)
{
    const auto commission = protocol::commissionFen(grossFen, m_terms.commissionBp);
    if (!commission)
        return core::Error{QStringLiteral("sandbox.settlement"), QStringLiteral("commission out of range"), {}};
    const std::int64_t net = grossFen - *commission;
    const Line line = drawLine(m_terms, serial, net, protocol::settlementDueMs(redeemedMs));
    auto insert = m_db.prepare(u"INSERT INTO settlements (serial_num, store_id, voucher_id, redeemed_ms, gross_fen, "
                               u"commission_bp, commission_fen, amount_fen, outcome, settled_ms, note) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert)
        return insert.error();
    auto &s = insert.value();
    s.bindText(1, serial).bind(2, storeId).bindText(3, voucherId).bind(4, redeemedMs).bind(5, grossFen);
    s.bind(6, m_terms.commissionBp).bind(7, *commission).bind(8, line.amountFen).bindText(9, line.outcome);
    s.bind(10, line.settledMs).bindText(11, line.note);
    return s.run();
}

ApiReply SettlementDesk::set(const ApiCall &call)
{
    ParamReader p(call);
    const QByteArray serial = p.requiredText("serial_num", 100);
    const QByteArray outcome = p.requiredText("outcome", 16);
    const std::int64_t lateDays = p.integer("late_days", 1, 30, 3);
    const QByteArray note = p.text("note", 200);
    if (p.ok() && outcome != "settled" && outcome != "late" && outcome != "adjusted" && outcome != "withheld" &&
        outcome != "missing")
        p.fail(invalidParameter("outcome", "must be settled, late, adjusted, withheld or missing"));
    const std::int64_t adjusted =
        outcome == "adjusted" && p.ok() ? p.requiredMoney("amount", 0, std::numeric_limits<std::int32_t>::max()) : 0;
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    auto current = m_db.prepare(u"SELECT redeemed_ms, gross_fen, commission_fen FROM settlements WHERE serial_num = ?1");
    if (!current)
        return storageFailure(call);
    std::int64_t redeemedMs = 0;
    std::int64_t gross = 0;
    std::int64_t net = 0;
    auto found = firstRow(current.value().bindText(1, serial), [&](storage::Statement &s) {
        redeemedMs = s.int64(0);
        gross = s.int64(1);
        net = s.int64(1) - s.int64(2);
    });
    if (!found)
        return storageFailure(call);
    if (!found.value())
        return errorReply(businessError(kSettlementNotExist, "no redemption with serial_num " + serial), call.requestId);
    if (adjusted > gross)
        return errorReply(invalidParameter("amount", "must not exceed the gross " + QByteArray::number(gross) + " fen"),
                          call.requestId);
    const std::int64_t due = protocol::settlementDueMs(redeemedMs);
    Line line{outcome, net, due, note};
    if (outcome == "late")
        line.settledMs = due + lateDays * kDay;
    else if (outcome == "adjusted")
        line.amountFen = adjusted;
    else if (outcome == "withheld")
        line.amountFen = 0;
    auto update = m_db.prepare(u"UPDATE settlements SET outcome = ?2, amount_fen = ?3, settled_ms = ?4, note = ?5 "
                               u"WHERE serial_num = ?1");
    if (!update)
        return storageFailure(call);
    update.value().bindText(1, serial).bindText(2, line.outcome).bind(3, line.amountFen).bind(4, line.settledMs);
    if (!update.value().bindText(5, line.note).run())
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId);
    envelope.writer()
        .key("settlement")
        .beginObject()
        .field("serial_num", serial)
        .field("outcome", line.outcome)
        .moneyField("amount", line.amountFen)
        .timeField("settled", line.settledMs)
        .field("note", line.note)
        .endObject();
    return envelope.finish();
}

ApiReply SettlementDesk::list(const ApiCall &call)
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
    // Listed once due, never when missing; a line does not change once listed.
    constexpr QStringView kFilter =
        u" FROM settlements WHERE outcome <> 'missing' AND settled_ms <= ?4 AND (?1 IS NULL OR store_id = ?1) AND "
        u"(?2 IS NULL OR redeemed_ms >= ?2) AND (?3 IS NULL OR redeemed_ms < ?3)";
    auto count = m_db.prepare(QString(u"SELECT count(*)" + kFilter));
    auto page = m_db.prepare(QString(u"SELECT serial_num, voucher_id, store_id, redeemed_ms, settled_ms, gross_fen, "
                                     u"commission_bp, commission_fen, amount_fen, outcome, note" +
                                     kFilter + u" ORDER BY redeemed_ms, serial_num LIMIT ?5 OFFSET ?6"));
    if (!count || !page)
        return storageFailure(call);
    const std::int64_t now = wholeSecond(call.nowMs);
    storage::ReadTransaction snapshot(m_db);
    std::int64_t total = 0;
    if (!firstRow(count.value().bind(1, store).bind(2, start).bind(3, end).bind(4, now),
                  [&](storage::Statement &s) { total = s.int64(0); }))
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 320 * pageSize);
    JsonWriter &w = envelope.writer();
    w.field("total_results", total).key("settlements").beginObject().key("settlement").beginArray();
    page.value().bind(1, store).bind(2, start).bind(3, end).bind(4, now).bind(5, pageSize);
    page.value().bind(6, (pageNo - 1) * pageSize);
    const core::Status listed = forEachRow(page.value(), [&](storage::Statement &r) {
        w.beginObject()
            .field("serial_num", r.blob(0))
            .field("voucher_id", r.blob(1))
            .field("store_id", r.int64(2))
            .timeField("redeemed", r.int64(3))
            .timeField("settled", r.int64(4))
            .moneyField("gross", r.int64(5))
            .field("commission_bp", r.int64(6))
            .moneyField("commission", r.int64(7))
            .moneyField("amount", r.int64(8))
            .field("status", r.blob(9))
            .field("note", r.blob(10))
            .endObject();
    });
    if (!listed)
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
