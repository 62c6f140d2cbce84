#include "app/campaigns/voucherissuer.h"

#include "app/core/money.h"
#include "app/core/uuid7.h"
#include "app/platform/platformclient.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

VoucherIssuer::VoucherIssuer(platform::PlatformClient &client, storage::Database &ledger, QObject *parent)
    : QObject(parent), m_client(client), m_ledger(ledger)
{
}

core::Status VoucherIssuer::plan(const CampaignSpec &c, const QList<std::int64_t> &storeIds)
{
    if (c.type != CampaignType::Voucher || c.faceValueFen <= 0 || c.voucherQuantity < 1)
        return core::Error{u"campaign.vouchers"_s, u"Only a voucher campaign with a face value and a quantity issues vouchers."_s, {}};
    auto planned = counts(c.id);
    if (!planned)
        return planned.error();
    if (planned.value().second > 0)
        return {}; // the first plan stands
    QStringList stores;
    for (std::int64_t id : storeIds)
        stores.append(QString::number(id));
    auto tx = storage::Transaction::begin(m_ledger);
    if (!tx)
        return tx.error();
    auto insert = m_ledger.prepare(u"INSERT INTO campaign_voucher_batches (campaign_id, batch_no, idempotency_key, "
                                   u"quantity, params) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    core::Uuid7Generator ids;
    for (int batch = 0, left = c.voucherQuantity; left > 0; ++batch, left -= kVouchersPerCall) {
        const int quantity = std::min(left, kVouchersPerCall);
        const QJsonObject params{{u"campaign_id"_s, c.id},
                                 {u"face_value"_s, core::Money::fromMinor(c.faceValueFen).toDecimalString()},
                                 {u"valid_from"_s, QString::fromLatin1(protocol::formatTopTime(c.startsMs))},
                                 {u"valid_until"_s, QString::fromLatin1(protocol::formatTopTime(c.endsMs))},
                                 {u"store_ids"_s, stores.join(u',')},
                                 {u"quantity"_s, QString::number(quantity)}};
        insert.value().reset();
        if (auto s = insert.value()
                         .bind(1, c.id)
                         .bind(2, batch)
                         .bind(3, ids.next().toString(QUuid::WithoutBraces))
                         .bind(4, quantity)
                         .bind(5, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)))
                         .run();
            !s)
            return s;
    }
    return tx.value().commit();
}

core::Result<std::pair<int, int>> VoucherIssuer::counts(const QString &campaignId)
{
    auto s = m_ledger.prepare(u"SELECT coalesce(sum(CASE state WHEN 'issued' THEN quantity ELSE 0 END), 0), "
                              u"coalesce(sum(quantity), 0) FROM campaign_voucher_batches WHERE campaign_id = ?1");
    if (!s)
        return s.error();
    auto row = s.value().bind(1, campaignId).step();
    if (!row)
        return row.error();
    return std::pair{int(s.value().int64(0)), int(s.value().int64(1))};
}

void VoucherIssuer::run(const QString &campaignId)
{
    m_cancel = false;
    sendNext(campaignId);
}

void VoucherIssuer::sendNext(const QString &campaignId)
{
    auto n = counts(campaignId);
    if (!n)
        return Q_EMIT failed(n.error().toString());
    const auto [issuedCount, planned] = n.value();
    auto next = m_ledger.prepare(u"SELECT batch_no, idempotency_key, params FROM campaign_voucher_batches "
                                 u"WHERE campaign_id = ?1 AND state = 'pending' ORDER BY batch_no LIMIT 1");
    if (!next)
        return Q_EMIT failed(next.error().toString());
    auto row = next.value().bind(1, campaignId).step();
    if (!row)
        return Q_EMIT failed(row.error().toString());
    if (!row.value() || m_cancel)
        return Q_EMIT finished(issuedCount, planned, row.value());
    const int batch = int(next.value().int64(0));
    const QByteArray key = next.value().blob(1);
    const QJsonObject params = QJsonDocument::fromJson(next.value().blob(2)).object();
    protocol::Parameters call{{"idempotency_key", key}};
    for (auto it = params.begin(); it != params.end(); ++it)
        if (!it.value().toString().isEmpty())
            call.emplace(it.key().toLatin1(), it.value().toString().toUtf8());
    m_client.call("mc.vouchers.issue", std::move(call), [this, campaignId, batch](const platform::CallOutcome &outcome) {
        if (!outcome.ok())
            return Q_EMIT failed(outcome.error->toString());
        QJsonArray vouchers;
        for (const QJsonValue &v : outcome.body.value(u"vouchers"_s).toObject().value(u"voucher"_s).toArray())
            vouchers.append(QJsonObject{{u"voucher_id"_s, v[u"voucher_id"].toString()}, {u"code"_s, v[u"code"].toString()}});
        auto store = m_ledger.prepare(u"UPDATE campaign_voucher_batches SET state = 'issued', vouchers = ?3, "
                                      u"issued_ms = ?4 WHERE campaign_id = ?1 AND batch_no = ?2 AND state = 'pending'");
        if (!store || !store.value()
                           .bind(1, campaignId)
                           .bind(2, batch)
                           .bind(3, QString::fromUtf8(QJsonDocument(vouchers).toJson(QJsonDocument::Compact)))
                           .bind(4, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
                           .run())
            return Q_EMIT failed(u"The issued vouchers could not be stored; running again fetches them again."_s);
        if (auto now = counts(campaignId))
            Q_EMIT progress(now.value().first, now.value().second);
        sendNext(campaignId);
    });
}

core::Result<QList<IssuedVoucher>> VoucherIssuer::issued(const QString &campaignId)
{
    auto s = m_ledger.prepare(u"SELECT vouchers FROM campaign_voucher_batches WHERE campaign_id = ?1 AND state = 'issued' "
                              u"ORDER BY batch_no");
    if (!s)
        return s.error();
    s.value().bind(1, campaignId);
    QList<IssuedVoucher> out;
    while (true) {
        auto row = s.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        for (const QJsonValue &v : QJsonDocument::fromJson(s.value().blob(0)).array())
            out.append({v[u"voucher_id"].toString(), v[u"code"].toString()});
    }
    return out;
}

core::Status writeVoucherCsv(const QString &path, const QList<IssuedVoucher> &vouchers)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{u"campaign.csv"_s, file.errorString(), path};
    QByteArray out = "\xEF\xBB\xBFvoucher_id,code\r\n";
    for (const IssuedVoucher &v : vouchers)
        out += v.voucherId.toLatin1() + ',' + v.code.toLatin1() + "\r\n"; // ids and codes are ASCII, no commas
    if (file.write(out) != out.size() || !file.commit())
        return core::Error{u"campaign.csv"_s, file.errorString(), path};
    return {};
}

} // namespace mc::campaigns
