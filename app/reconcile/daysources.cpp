#include "app/reconcile/daysources.h"

#include "app/storage/database.h"
#include "app/storage/readtransaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

namespace {

template<typename Fn> core::Status eachRow(storage::Statement &stmt, Fn &&onRow)
{
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        onRow(stmt);
    }
}

// The day's window, and the store when there is one (spelled out, so that the (store_id,
// redeemed_ms) indexes serve it; ?1 is then bound and unused for all stores).
QString scopeFilter(const DayScope &scope)
{
    return scope.allStores() ? u" WHERE ?1 = 0 AND redeemed_ms >= ?2 AND redeemed_ms < ?3"_s
                             : u" WHERE store_id = ?1 AND redeemed_ms >= ?2 AND redeemed_ms < ?3"_s;
}

core::Status readCounter(storage::Database &ledger, const DayScope &scope, QList<CounterRow> &out)
{
    auto stmt = ledger.prepare(u"SELECT id, seq, voucher_code, voucher_id, store_id, operator_id, consume_num, "
                               u"face_value_fen, redeemed_ms, upload_state, platform_message FROM redemptions"_s +
                               scopeFilter(scope) + u" ORDER BY seq"_s);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, scope.storeId).bind(2, scope.startMs()).bind(3, scope.endMs());
    return eachRow(stmt.value(), [&](storage::Statement &s) {
        out.append({s.text(0), s.int64(1), s.text(2).toLatin1(), s.text(3).toLatin1(), s.int64(4), s.text(5),
                    s.int64(6), s.int64(7), s.int64(8), s.text(9), s.text(10)});
    });
}

PlatformRow platformRow(storage::Statement &s)
{
    return {s.text(0), s.text(1).toLatin1(), s.text(2).toLatin1(), s.int64(3), s.int64(4), s.text(5), s.int64(6),
            s.int64(7), s.int64(8)};
}
constexpr QStringView kPlatformColumns = u"SELECT serial_num, voucher_id, verify_code, store_id, consume_num, "
                                         u"operator_id, face_value_fen, redeemed_ms, recorded_ms FROM "
                                         u"platform_redemptions";

core::Status readPlatform(storage::Database &cache, const DayScope &scope, QList<PlatformRow> &out)
{
    auto stmt = cache.prepare(kPlatformColumns + scopeFilter(scope) + u" ORDER BY redeemed_ms, serial_num"_s);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, scope.storeId).bind(2, scope.startMs()).bind(3, scope.endMs());
    return eachRow(stmt.value(), [&](storage::Statement &s) { out.append(platformRow(s)); });
}

// Where the counter's conflicting vouchers were redeemed instead, as far as the cache knows.
core::Status readElsewhere(storage::Database &cache, const QList<CounterRow> &counter, QList<PlatformRow> &out)
{
    QSet<QByteArray> vouchers;
    for (const CounterRow &c : counter)
        if (c.uploadState == u"conflict")
            vouchers.insert(c.voucherId);
    if (vouchers.isEmpty())
        return {};
    auto stmt = cache.prepare(kPlatformColumns + u" WHERE voucher_id = ?1 ORDER BY redeemed_ms"_s);
    if (!stmt)
        return stmt.error();
    for (const QByteArray &voucher : std::as_const(vouchers)) {
        stmt.value().bindText(1, voucher);
        if (core::Status s = eachRow(stmt.value(), [&](storage::Statement &r) { out.append(platformRow(r)); }); !s)
            return s;
        stmt.value().reset();
    }
    return {};
}

core::Status readSettlements(storage::Database &cache, const DayScope &scope, QList<SettlementRow> &out)
{
    auto stmt = cache.prepare(u"SELECT serial_num, voucher_id, store_id, redeemed_ms, settled_ms, gross_fen, "
                              u"commission_bp, commission_fen, amount_fen, status, note FROM platform_settlements"_s +
                              scopeFilter(scope) + u" ORDER BY redeemed_ms, serial_num"_s);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, scope.storeId).bind(2, scope.startMs()).bind(3, scope.endMs());
    return eachRow(stmt.value(), [&](storage::Statement &s) {
        out.append({s.text(0), s.text(1).toLatin1(), s.int64(2), s.int64(3), s.int64(4), s.int64(5), s.int64(6),
                    s.int64(7), s.int64(8), s.text(9), s.text(10)});
    });
}

} // namespace

core::Result<DaySources> readDaySources(storage::Database &ledger, storage::Database &cache, const DayScope &scope)
{
    if (!scope.day.isValid())
        return core::Error{u"reconcile.day"_s, u"no valid day to reconcile"_s, {}};
    DaySources out;
    out.scope = scope;
    {
        storage::ReadTransaction snapshot(ledger);
        if (core::Status s = readCounter(ledger, scope, out.counter); !s)
            return s.error();
    }
    storage::ReadTransaction snapshot(cache);
    if (core::Status s = readPlatform(cache, scope, out.platform); !s)
        return s.error();
    if (core::Status s = readElsewhere(cache, out.counter, out.elsewhere); !s)
        return s.error();
    if (core::Status s = readSettlements(cache, scope, out.settlements); !s)
        return s.error();
    return out;
}

} // namespace mc::reconcile
