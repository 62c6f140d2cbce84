#include "app/campaigns/campaignwire.h"

#include "app/campaigns/rehearsal.h"
#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

QByteArray joined(const QList<std::int64_t> &ids)
{
    QByteArray out;
    for (std::int64_t id : ids) {
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(id);
    }
    return out;
}

QByteArray yuan(std::int64_t fen) { return core::Money::fromMinor(fen).toDecimalString().toLatin1(); }

std::int64_t fen(const QJsonValue &v) { return core::Money::parse(QStringView(v.toString())).valueOr({}).minor(); }

core::Error tooMany(const char *what, qsizetype n, int max)
{
    return {u"campaign.too-wide"_s,
            u"The platform takes at most %1 %2 per campaign; this one names %3. Narrow it, or choose all."_s
                .arg(max)
                .arg(QString::fromLatin1(what))
                .arg(n),
            {}};
}

} // namespace

core::Result<WireScope> resolveWireScope(storage::Database &cache, const CampaignSpec &c)
{
    WireScope scope;
    if (c.products != ProductScope::All || !c.excludedSkuIds.isEmpty()) {
        if (c.products == ProductScope::Skus) {
            for (std::int64_t s : c.skuIds)
                if (!c.excludedSkuIds.contains(s))
                    scope.skuIds.append(s);
        } else {
            auto skus = cache.prepare(u"SELECT s.sku_id, i.category FROM skus s JOIN items i ON i.num_iid = s.num_iid "
                                      u"ORDER BY s.sku_id");
            if (!skus)
                return skus.error();
            while (true) {
                auto row = skus.value().step();
                if (!row)
                    return row.error();
                if (!row.value())
                    break;
                const std::int64_t sku = skus.value().int64(0);
                if (!c.excludedSkuIds.contains(sku) &&
                    (c.products == ProductScope::All || c.categories.contains(skus.value().text(1))))
                    scope.skuIds.append(sku);
            }
        }
        if (scope.skuIds.isEmpty())
            return core::Error{u"campaign.empty"_s, u"No cached SKU is left in the campaign's products."_s, {}};
        if (scope.skuIds.size() > kMaxWireSkus)
            return tooMany("SKUs", scope.skuIds.size(), kMaxWireSkus);
    }
    if (c.reach != Reach::Online) {
        auto stores = resolveStores(cache, c);
        if (!stores)
            return stores.error();
        if (!stores.value().all && stores.value().storeIds.isEmpty())
            return core::Error{u"campaign.empty"_s, u"None of the chosen cities or provinces has a cached store."_s, {}};
        scope.storeIds = stores.value().storeIds;
        if (scope.storeIds.size() > kMaxWireStores)
            return tooMany("stores", scope.storeIds.size(), kMaxWireStores);
    }
    return scope;
}

std::map<QByteArray, QByteArray> saveParameters(const CampaignSpec &c, const WireScope &scope,
                                                std::int64_t expectedVersion, const QByteArray &state)
{
    std::map<QByteArray, QByteArray> p{{"campaign_id", c.id.toUtf8()},
                                       {"version", QByteArray::number(expectedVersion)},
                                       {"name", c.name.toUtf8()},
                                       {"reach", reachName(c.reach).toLatin1()},
                                       {"starts", protocol::formatTopTime(c.startsMs)},
                                       {"ends", protocol::formatTopTime(c.endsMs)},
                                       {"state", state}};
    switch (c.type) {
    case CampaignType::ThresholdOff:
        p["discount"] = "threshold_off";
        p["threshold"] = yuan(c.thresholdFen);
        p["amount_off"] = yuan(c.amountFen);
        break;
    case CampaignType::PercentOff:
        p["discount"] = "percent_off";
        p["basis_points"] = QByteArray::number(c.basisPoints);
        break;
    case CampaignType::FixedPrice:
        p["discount"] = "fixed_price";
        p["amount_off"] = yuan(c.fixedPriceFen); // (ext) the price per unit
        break;
    case CampaignType::Voucher:
        p["discount"] = "amount_off";
        p["amount_off"] = yuan(c.faceValueFen);
        p["threshold"] = yuan(c.thresholdFen);
        break;
    }
    if (!scope.skuIds.isEmpty())
        p["sku_ids"] = joined(scope.skuIds);
    if (!scope.storeIds.isEmpty())
        p["store_ids"] = joined(scope.storeIds);
    return p;
}

CampaignSpec fromPlatform(const QJsonObject &o)
{
    CampaignSpec c;
    c.id = o.value(u"campaign_id"_s).toString();
    c.name = o.value(u"name"_s).toString();
    (void)parseReach(o.value(u"reach"_s).toString(), c.reach);
    const QString discount = o.value(u"discount"_s).toString();
    if (discount == u"percent_off") {
        c.type = CampaignType::PercentOff;
        c.basisPoints = int(o.value(u"basis_points"_s).toInteger());
    } else if (discount == u"fixed_price") {
        c.type = CampaignType::FixedPrice;
        c.fixedPriceFen = fen(o.value(u"amount_off"_s));
    } else if (discount == u"amount_off") {
        c.type = CampaignType::Voucher;
        c.faceValueFen = fen(o.value(u"amount_off"_s));
        c.thresholdFen = fen(o.value(u"threshold"_s));
    } else {
        c.type = CampaignType::ThresholdOff;
        c.thresholdFen = fen(o.value(u"threshold"_s));
        c.amountFen = fen(o.value(u"amount_off"_s));
    }
    c.startsMs = protocol::parseTopTime(o.value(u"starts"_s).toString()).value_or(0);
    c.endsMs = protocol::parseTopTime(o.value(u"ends"_s).toString()).value_or(0);
    for (const QJsonValue &v : o.value(u"sku_ids"_s).toArray())
        c.skuIds.append(v.toInteger());
    for (const QJsonValue &v : o.value(u"store_ids"_s).toArray())
        c.storeIds.append(v.toInteger());
    c.products = c.skuIds.isEmpty() ? ProductScope::All : ProductScope::Skus;
    c.storesBy = c.storeIds.isEmpty() ? StoreSelection::All : StoreSelection::List;
    return c;
}

} // namespace mc::campaigns
