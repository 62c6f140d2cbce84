// Payload decoding: ids are JSON integers, money decimal strings, times TOP time strings.
#include "app/sync/payloadparsers.h"

#include "app/protocol/toptime.h"

namespace mc::sync {

namespace {

struct FieldReader
{
    const QJsonObject &obj;
    const char *what;
    QString problem;

    void fail(QLatin1String key, const QString &why)
    {
        if (problem.isEmpty())
            problem = QStringLiteral("%1.%2 %3").arg(QLatin1String(what), key, why);
    }

    std::int64_t id(QLatin1String key, bool required = true)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return 0;
        }
        if (v.isString()) { // tolerate ids sent as strings, as some TOP fields are
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (!ok)
                fail(key, QStringLiteral("is not an integer"));
            return n;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<std::int64_t>(d)))
            fail(key, QStringLiteral("is not an integer"));
        return v.toInteger();
    }

    QString text(QLatin1String key, bool required = false)
    {
        const QJsonValue v = obj.value(key);
        if (v.isString())
            return v.toString();
        if (required || !(v.isUndefined() || v.isNull()))
            fail(key, QStringLiteral("is not text"));
        return {};
    }

    core::Money money(QLatin1String key, bool required = true)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() && !required)
            return {};
        auto m = core::Money::parse(v.toString());
        if (!v.isString() || !m) {
            fail(key, QStringLiteral("is not a decimal amount"));
            return {};
        }
        return m.value();
    }

    std::int64_t time(QLatin1String key, bool required = true)
    {
        const QJsonValue v = obj.value(key);
        if ((v.isUndefined() || v.isNull() || v.toString().isEmpty()) && !required)
            return 0;
        const auto t = protocol::parseTopTime(v.toString());
        if (!t) {
            fail(key, QStringLiteral("is not a platform time"));
            return 0;
        }
        return *t;
    }

    core::Error error() const { return core::Error{QStringLiteral("sync.payload"), problem, {}}; }
};

} // namespace

QJsonArray listAt(const QJsonObject &response, QLatin1String outer, QLatin1String inner)
{
    return response.value(outer).toObject().value(inner).toArray();
}

core::Result<core::Product> parseItem(const QJsonObject &item)
{
    FieldReader r{item, "item", {}};
    core::Product p;
    p.numIid = r.id(QLatin1String("num_iid"));
    p.title = r.text(QLatin1String("title"), true);
    p.cid = r.id(QLatin1String("cid"), false);
    p.category = r.text(QLatin1String("category"));
    p.price = r.money(QLatin1String("price"));
    p.outerId = r.text(QLatin1String("outer_id"));
    p.onSale = r.text(QLatin1String("approve_status")) != QLatin1String("instock");
    p.modifiedMs = r.time(QLatin1String("modified"), false);
    for (const QJsonValue &v : listAt(item, QLatin1String("skus"), QLatin1String("sku"))) {
        FieldReader s{v.toObject(), "item.skus.sku", {}};
        core::Sku sku;
        sku.skuId = s.id(QLatin1String("sku_id"));
        sku.numIid = p.numIid;
        sku.properties = s.text(QLatin1String("properties_name"));
        sku.price = s.money(QLatin1String("price"));
        sku.outerId = s.text(QLatin1String("outer_id"));
        sku.modifiedMs = s.time(QLatin1String("modified"), false);
        if (!s.problem.isEmpty())
            r.fail(QLatin1String("skus"), s.problem);
        p.skus.append(std::move(sku));
    }
    if (!r.problem.isEmpty())
        return core::Error{QStringLiteral("sync.payload"),
                           QStringLiteral("malformed item %1: %2").arg(p.numIid).arg(r.problem), {}};
    return p;
}

core::Result<core::StockLevel> parseStockLevel(const QJsonObject &level)
{
    FieldReader r{level, "stock_level", {}};
    core::StockLevel s;
    s.skuId = r.id(QLatin1String("sku_id"));
    s.locationId = r.id(QLatin1String("location_id"));
    s.quantity = r.id(QLatin1String("quantity"));
    s.modifiedMs = r.time(QLatin1String("modified"), false);
    if (!r.problem.isEmpty())
        return r.error();
    return s;
}

core::Result<core::Location> parseLocation(const QJsonObject &location)
{
    FieldReader r{location, "location", {}};
    core::Location l;
    l.id = r.id(QLatin1String("location_id"));
    const QString kind = r.text(QLatin1String("kind"), true);
    if (kind == QLatin1String("store"))
        l.kind = core::LocationKind::Store;
    else if (kind != QLatin1String("warehouse"))
        r.fail(QLatin1String("kind"), QStringLiteral("is unknown: ") + kind);
    l.name = r.text(QLatin1String("name"), true);
    l.province = r.text(QLatin1String("province"));
    l.city = r.text(QLatin1String("city"));
    l.modifiedMs = r.time(QLatin1String("modified"), false);
    if (!r.problem.isEmpty())
        return r.error();
    return l;
}

} // namespace mc::sync
