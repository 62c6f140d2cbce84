#include "tests/support/catalogcache.h"

#include "app/storage/database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mc::test {

int seedCatalog(storage::Database &db, int items)
{
    if (!db.exec(u"BEGIN").ok())
        return 0;
    auto location = db.prepare(u"INSERT INTO locations (location_id, kind, name, province, city) VALUES (?,?,?,?,?)");
    auto item = db.prepare(u"INSERT INTO items (num_iid, title, category, price_fen, outer_id) VALUES (?,?,?,?,?)");
    auto sku = db.prepare(u"INSERT INTO skus (sku_id, num_iid, properties, price_fen, outer_id) VALUES (?,?,?,?,?)");
    auto stock = db.prepare(u"INSERT INTO stock_levels (sku_id, location_id, quantity) VALUES (?,?,?)");
    if (!location || !item || !sku || !stock)
        return 0;
    location.value().bind(1, kCatalogWarehouse).bind(2, u"warehouse"_s).bind(3, u"嘉兴电商中心仓"_s);
    location.value().bind(4, u"浙江省"_s).bind(5, u"嘉兴市"_s);
    if (!location.value().run().ok())
        return 0;
    const QStringList cities{u"上海"_s, u"北京"_s, u"杭州"_s, u"成都"_s, u"广州"_s, u"深圳"_s};
    for (int s = 0; s < kCatalogStores; ++s) {
        location.value().bind(1, kCatalogFirstStore + s).bind(2, u"store"_s);
        location.value().bind(3, u"悦选 "_s + cities.at(s) + u"万达店"_s).bind(4, cities.at(s)).bind(5, cities.at(s));
        if (!location.value().run().ok())
            return 0;
    }
    const QStringList titles{u"Alpen Milk 阿尔卑 抗皱紧致乳"_s, u"Glacier Spring 冰川泉 修护精华"_s,
                             u"100% cotton \"T\" shirt"_s, u"禅叶 蔓越莓胶囊"_s};
    const QStringList categories{u"乳液"_s, u"精华"_s, u"服装"_s, u"保健"_s};
    const QStringList specs{u"容量:100ml"_s, u"容量:150ml"_s, u"容量:套装"_s};
    std::int64_t skuId = kCatalogFirstSku;
    for (int i = 0; i < items; ++i) {
        const std::int64_t numIid = 700'000 + i;
        const QString code = u"IT%1"_s.arg(i, 4, 10, QChar(u'0'));
        item.value().bind(1, numIid).bind(2, titles.at(i % titles.size()) + u' ' + QString::number(i));
        item.value().bind(3, categories.at(i % categories.size())).bind(4, 1000 + i).bind(5, code);
        if (!item.value().run().ok())
            return 0;
        for (int k = 0; k <= i % 3; ++k, ++skuId) {
            const QString skuCode = (i == 1 && k == 0) || (i == 2 && k == 0) ? QString::fromLatin1(kSharedMerchantCode)
                                                                             : code + u'-' + QString::number(k);
            sku.value().bind(1, skuId).bind(2, numIid).bind(3, specs.at(k)).bind(4, 1000 + i + k * 100).bind(5, skuCode);
            if (!sku.value().run().ok())
                return 0;
            stock.value().bind(1, skuId).bind(2, kCatalogWarehouse).bind(3, 100 + (skuId * 37) % 900);
            if (!stock.value().run().ok())
                return 0;
            for (int s = 0; s < kCatalogStores; ++s) {
                if ((skuId + s) % 3 == 0)
                    continue; // not stocked there
                stock.value().bind(1, skuId).bind(2, kCatalogFirstStore + s).bind(3, (skuId * 13 + s * 7) % 40);
                if (!stock.value().run().ok())
                    return 0;
            }
        }
    }
    if (!db.exec(u"COMMIT").ok())
        return 0;
    return static_cast<int>(skuId - kCatalogFirstSku);
}

} // namespace mc::test
