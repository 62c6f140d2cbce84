// Generates the merchant's locations, catalog and stock from data::categories() and friends.
#include "sandbox/merchantseed.h"

#include "sandbox/merchantdata.h"
#include "sandbox/rng.h"
#include "app/storage/transaction.h"

#include <QList>
#include <QString>

#include <cmath>

namespace mc::sandbox {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Shop prices end in 9: 69.00, 129.00, 399.00.
std::int64_t shopPriceFen(double yuan)
{
    auto whole = static_cast<std::int64_t>(std::llround(yuan));
    if (whole < 10)
        return std::max<std::int64_t>(whole, 1) * 100 - 10;
    whole = (whole / 10) * 10 + 9;
    return whole * 100;
}

core::Status insertLocations(storage::Database &db, Rng &rng, std::int64_t nowMs)
{
    auto stmt = db.prepare(u"INSERT INTO locations (location_id, kind, name, province, city, modified_ms) "
                           u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    auto &s = stmt.value();
    s.bind(1, kWarehouseId).bind(2, u"warehouse").bind(3, u"悦选旗舰店 嘉兴电商中心仓").bind(4, u"浙江省");
    s.bind(5, u"嘉兴市").bind(6, nowMs);
    if (core::Status st = s.run(); !st)
        return st;
    // Stores go to cities in proportion to their weight: walk the list, heaviest cities twice.
    const auto cities = data::cities();
    QList<const data::City *> slots;
    for (int round = 0; slots.size() < kStoreCount; ++round)
        for (const data::City &c : cities)
            if (c.weight > (round % 4) * 2 && slots.size() < kStoreCount)
                slots.append(&c);
    for (int i = 0; i < kStoreCount; ++i) {
        const data::City &c = *slots[i];
        QString city = utf8(c.city);
        if (city.endsWith(u'市'))
            city.chop(1);
        const QString name = u"悦选 " + city + utf8(rng.pick(data::storeSites()));
        s.bind(1, kFirstStoreId + i).bind(2, u"store").bind(3, name).bind(4, utf8(c.province));
        s.bind(5, utf8(c.city)).bind(6, nowMs);
        if (core::Status st = s.run(); !st)
            return st;
    }
    return {};
}

} // namespace

core::Status MerchantSeed::populate(storage::Database &db, std::uint64_t seed, std::int64_t nowMs)
{
    Rng rng(seed);
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (core::Status st = insertLocations(db, rng, nowMs); !st)
        return st;

    auto item =
        db.prepare(u"INSERT INTO items (num_iid, title, cid, category, price_fen, outer_id, on_sale, modified_ms) "
                   u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7)");
    auto sku = db.prepare(u"INSERT INTO skus (sku_id, num_iid, properties, price_fen, outer_id, modified_ms) "
                          u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto stock =
        db.prepare(u"INSERT INTO stock_levels (location_id, sku_id, quantity, modified_ms) VALUES (?1, ?2, ?3, ?4)");
    if (!item)
        return item.error();
    if (!sku)
        return sku.error();
    if (!stock)
        return stock.error();

    std::int64_t numIid = kFirstNumIid;
    std::int64_t skuId = kFirstSkuId;
    for (const data::Category &category : data::categories()) {
        for (int n = 1; n <= category.items; ++n, ++numIid) {
            const QString title = utf8(rng.pick(data::brands())) + u' ' + utf8(rng.pick(category.products));
            const double baseYuan = static_cast<double>(rng.range(category.minPriceFen, category.maxPriceFen)) / 100.0;
            const QString outerId = QString::fromLatin1(category.code) + QString::number(n).rightJustified(4, u'0');
            // 1..4 SKUs: a contiguous run of the category's specifications.
            const auto specCount = static_cast<std::int64_t>(category.specs.size());
            const std::int64_t skuCount = rng.range(1, std::min<std::int64_t>(4, specCount));
            const std::int64_t firstSpec = rng.range(0, specCount - skuCount);
            std::int64_t prices[4] = {};
            std::int64_t lowest = 0;
            for (std::int64_t k = 0; k < skuCount; ++k) {
                const data::Spec &spec = category.specs[static_cast<std::size_t>(firstSpec + k)];
                prices[k] = shopPriceFen(baseYuan * spec.priceFactorPercent / 100.0);
                lowest = lowest == 0 ? prices[k] : std::min(lowest, prices[k]);
            }
            item.value().bind(1, numIid).bind(2, title).bind(3, category.cid).bind(4, utf8(category.name));
            item.value().bind(5, lowest).bind(6, outerId).bind(7, nowMs);
            if (core::Status st = item.value().run(); !st)
                return st;
            for (std::int64_t k = 0; k < skuCount; ++k, ++skuId) {
                const data::Spec &spec = category.specs[static_cast<std::size_t>(firstSpec + k)];
                sku.value().bind(1, skuId).bind(2, numIid).bind(3, utf8(spec.properties)).bind(4, prices[k]);
                sku.value().bind(5, outerId + u'-' + QString::fromLatin1(spec.code)).bind(6, nowMs);
                if (core::Status st = sku.value().run(); !st)
                    return st;
                stock.value().bind(1, kWarehouseId).bind(2, skuId).bind(3, rng.range(300, 6000)).bind(4, nowMs);
                if (core::Status st = stock.value().run(); !st)
                    return st;
                for (int store = 0; store < kStoreCount; ++store) {
                    if (!rng.chance(0.4))
                        continue;
                    stock.value().bind(1, kFirstStoreId + store).bind(2, skuId).bind(3, rng.range(5, 80));
                    stock.value().bind(4, nowMs);
                    if (core::Status st = stock.value().run(); !st)
                        return st;
                }
            }
        }
    }
    return tx.value().commit();
}

} // namespace mc::sandbox
