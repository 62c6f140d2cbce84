#include "app/reconcile/settlementrecords.h"

#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

core::Result<QList<SettlementRow>> parseSettlements(const QJsonObject &response, int *total)
{
    const QJsonValue list = response.value(u"settlements").toObject().value(u"settlement");
    if (!list.isArray())
        return core::Error{u"reconcile.response"_s, u"the platform's settlements list is missing"_s, {}};
    if (total)
        *total = response.value(u"total_results").toInt(static_cast<int>(list.toArray().size()));
    QList<SettlementRow> out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        SettlementRow r;
        r.serial = o.value(u"serial_num").toString();
        r.voucherId = o.value(u"voucher_id").toString().toLatin1();
        r.storeId = o.value(u"store_id").toInteger();
        r.redeemedMs = protocol::parseTopTime(QStringView(o.value(u"redeemed").toString())).value_or(0);
        r.settledMs = protocol::parseTopTime(QStringView(o.value(u"settled").toString())).value_or(0);
        r.commissionBp = o.value(u"commission_bp").toInteger(-1);
        r.status = o.value(u"status").toString();
        r.note = o.value(u"note").toString();
        for (auto [name, target] : {std::pair{u"gross"_s, &r.grossFen}, std::pair{u"commission"_s, &r.commissionFen},
                                    std::pair{u"amount"_s, &r.amountFen}}) {
            auto money = core::Money::parse(QStringView(o.value(name).toString()));
            if (!money)
                return core::Error{u"reconcile.response"_s,
                                   u"settlement %1: %2 is not an amount"_s.arg(r.serial, name), {}};
            *target = money.value().minor();
        }
        out.append(r);
    }
    return out;
}

core::Status storeSettlements(storage::Database &cache, const QList<SettlementRow> &rows, std::int64_t fetchedMs)
{
    auto tx = storage::Transaction::begin(cache);
    if (!tx)
        return tx.error();
    auto upsert = cache.prepare(
        u"INSERT OR REPLACE INTO platform_settlements (serial_num, voucher_id, store_id, redeemed_ms, settled_ms, "
        u"gross_fen, commission_bp, commission_fen, amount_fen, status, note, fetched_ms) "
        u"VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!upsert)
        return upsert.error();
    for (const SettlementRow &r : rows) {
        upsert.value().bind(1, r.serial).bindText(2, r.voucherId).bind(3, r.storeId).bind(4, r.redeemedMs);
        upsert.value().bind(5, r.settledMs).bind(6, r.grossFen).bind(7, r.commissionBp).bind(8, r.commissionFen);
        upsert.value().bind(9, r.amountFen).bind(10, r.status).bind(11, r.note).bind(12, fetchedMs);
        if (core::Status s = upsert.value().run(); !s)
            return s;
    }
    return tx.value().commit();
}

} // namespace mc::reconcile
