#include "app/campaigns/campaignjson.h"

#include "app/core/money.h"
#include "app/protocol/toptime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

QString yuan(std::int64_t fen) { return core::Money::fromMinor(fen).toDecimalString(); }

QJsonArray ids(const QList<std::int64_t> &values)
{
    QJsonArray out;
    for (std::int64_t v : values)
        out.append(qint64(v));
    return out;
}

QJsonObject figures(const RehearsalFigures &f)
{
    return {{u"orders"_s, qint64(f.orders)}, {u"gmv"_s, yuan(f.gmvFen)}, {u"discount"_s, yuan(f.discountFen)}};
}

class Reader
{
public:
    explicit Reader(const QJsonObject &o) : m_o(o) {}
    std::int64_t money(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        auto m = core::Money::parse(QStringView(v.toString()));
        if (!v.isString() || !m || m.value().isNegative())
            return fail(key), 0;
        return m.value().minor();
    }
    std::int64_t time(const char *key)
    {
        auto t = protocol::parseTopTime(m_o.value(QLatin1String(key)).toString());
        if (!t)
            return fail(key), 0;
        return *t;
    }
    int count(const char *key, int max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        const qint64 n = v.toInteger(-1);
        if (!v.isDouble() || n < 0 || n > max)
            return fail(key), 0;
        return int(n);
    }
    QList<std::int64_t> idList(const char *key)
    {
        QList<std::int64_t> out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(key);
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isDouble() || e.toInteger(-1) <= 0)
                return fail(key), out;
            out.append(e.toInteger());
        }
        return out;
    }
    QStringList texts(const char *key)
    {
        QStringList out;
        for (const QJsonValue &e : m_o.value(QLatin1String(key)).toArray())
            out.append(e.toString());
        return out;
    }
    template<typename E> E choice(const char *key, bool (*parse)(const QString &, E &), E fallback)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        E out = fallback;
        if (!parse(v.toString(), out))
            fail(key);
        return out;
    }
    void fail(const char *key)
    {
        if (m_bad.isEmpty())
            m_bad = QString::fromLatin1(key);
    }
    const QString &bad() const { return m_bad; }

private:
    const QJsonObject &m_o;
    QString m_bad;
};

} // namespace

QJsonObject toJson(const CampaignSpec &c)
{
    return {{u"format"_s, u"merchant-console.campaign/1"_s},
            {u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"type"_s, typeName(c.type)},
            {u"threshold"_s, yuan(c.thresholdFen)},
            {u"amount_off"_s, yuan(c.amountFen)},
            {u"basis_points"_s, c.basisPoints},
            {u"fixed_price"_s, yuan(c.fixedPriceFen)},
            {u"face_value"_s, yuan(c.faceValueFen)},
            {u"reach"_s, reachName(c.reach)},
            {u"stores_by"_s, storeSelectionName(c.storesBy)},
            {u"store_ids"_s, ids(c.storeIds)},
            {u"cities"_s, QJsonArray::fromStringList(c.cities)},
            {u"provinces"_s, QJsonArray::fromStringList(c.provinces)},
            {u"products"_s, productScopeName(c.products)},
            {u"categories"_s, QJsonArray::fromStringList(c.categories)},
            {u"sku_ids"_s, ids(c.skuIds)},
            {u"excluded_sku_ids"_s, ids(c.excludedSkuIds)},
            {u"starts"_s, QString::fromLatin1(protocol::formatTopTime(c.startsMs))},
            {u"ends"_s, QString::fromLatin1(protocol::formatTopTime(c.endsMs))},
            {u"budget"_s, yuan(c.budgetFen)},
            {u"per_buyer_limit"_s, c.perBuyerLimit},
            {u"voucher_quantity"_s, c.voucherQuantity}};
}

core::Result<CampaignSpec> campaignFromJson(const QJsonObject &o)
{
    Reader r(o);
    CampaignSpec c;
    c.id = o.value(u"id"_s).toString();
    c.name = o.value(u"name"_s).toString();
    c.type = r.choice("type", &parseType, CampaignType::ThresholdOff);
    c.thresholdFen = r.money("threshold");
    c.amountFen = r.money("amount_off");
    c.basisPoints = r.count("basis_points", 10'000);
    c.fixedPriceFen = r.money("fixed_price");
    c.faceValueFen = r.money("face_value");
    c.reach = r.choice("reach", &parseReach, Reach::Both);
    c.storesBy = r.choice("stores_by", &parseStoreSelection, StoreSelection::All);
    c.storeIds = r.idList("store_ids");
    c.cities = r.texts("cities");
    c.provinces = r.texts("provinces");
    c.products = r.choice("products", &parseProductScope, ProductScope::All);
    c.categories = r.texts("categories");
    c.skuIds = r.idList("sku_ids");
    c.excludedSkuIds = r.idList("excluded_sku_ids");
    c.startsMs = r.time("starts");
    c.endsMs = r.time("ends");
    c.budgetFen = r.money("budget");
    c.perBuyerLimit = r.count("per_buyer_limit", 1'000'000);
    c.voucherQuantity = r.count("voucher_quantity", 100'000);
    if (!r.bad().isEmpty())
        return core::Error{u"campaign.json"_s, u"The campaign's field '%1' is missing or invalid."_s.arg(r.bad()), {}};
    return c;
}

QJsonObject toJson(const RehearsalResult &r)
{
    QJsonObject channels;
    for (auto it = r.perChannel.begin(); it != r.perChannel.end(); ++it)
        channels.insert(it.key(), figures(it.value()));
    QJsonArray stores;
    for (auto it = r.perStore.begin(); it != r.perStore.end(); ++it) {
        QJsonObject f = figures(it.value());
        f.insert(u"store_id"_s, qint64(it.key()));
        stores.append(f);
    }
    QJsonArray skus;
    for (const SkuImpact &s : r.topSkus)
        skus.append(QJsonObject{{u"sku_id"_s, qint64(s.skuId)}, {u"units"_s, qint64(s.units)},
                                {u"discount"_s, yuan(s.discountFen)}});
    QJsonArray setAside;
    for (const SetAsideOrder &s : r.setAside)
        setAside.append(QJsonObject{{u"tid"_s, qint64(s.tid)}, {u"reason"_s, s.reason}});
    return {{u"from"_s, QString::fromLatin1(protocol::formatTopTime(r.fromMs))},
            {u"to"_s, QString::fromLatin1(protocol::formatTopTime(r.toMs))},
            {u"orders_scanned"_s, qint64(r.ordersScanned)},
            {u"gmv"_s, yuan(r.gmvFen)},
            {u"qualifying_orders"_s, qint64(r.qualifyingOrders)},
            {u"discounted"_s, figures(r.discounted)},
            {u"cost_share_bp"_s, qint64(r.costShareBp())},
            {u"cut_by_buyer_limit"_s, qint64(r.cutByBuyerLimit)},
            {u"cut_by_voucher_quantity"_s, qint64(r.cutByVoucherQuantity)},
            {u"cut_by_budget"_s, qint64(r.cutByBudget)},
            {u"per_channel"_s, channels},
            {u"per_store"_s, stores},
            {u"top_skus"_s, skus},
            {u"set_aside_count"_s, qint64(r.setAsideCount)},
            {u"set_aside"_s, setAside},
            {u"seconds"_s, r.seconds}};
}

} // namespace mc::campaigns
