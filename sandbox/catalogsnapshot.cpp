// Loading the snapshot; popularity = category sales weight x a skewed per-item factor.
#include "sandbox/catalogsnapshot.h"

#include "sandbox/merchantdata.h"
#include "sandbox/rows.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

core::Result<CatalogSnapshot> CatalogSnapshot::load(storage::Database &db)
{
    CatalogSnapshot snapshot;
    QHash<QByteArray, double> categoryWeight;
    for (const data::Category &c : data::categories())
        categoryWeight.insert(QByteArray(c.name), static_cast<double>(c.salesWeight) / c.items);

    auto skus = db.prepare(u"SELECT s.sku_id, s.num_iid, s.price_fen, i.title, s.outer_id, i.category "
                           u"FROM skus s JOIN items i ON i.num_iid = s.num_iid WHERE i.on_sale = 1 ORDER BY s.sku_id");
    if (!skus)
        return skus.error();
    QHash<std::int64_t, int> indexOfSku;
    double total = 0;
    const core::Status listedSkus = forEachRow(skus.value(), [&](storage::Statement &s) {
        SkuEntry e{s.int64(0), s.int64(1), s.int64(2), s.blob(3), s.blob(4), 0};
        // A stable per-item hash decides popularity and the item's 11.11 discount.
        Rng itemDice(static_cast<std::uint64_t>(e.numIid));
        const double popularity = 0.15 + 4.0 * std::pow(itemDice.real(), 3.0);
        e.discountPercent = static_cast<int>(itemDice.range(0, 4)) * 5;
        total += categoryWeight.value(s.blob(5), 0.1) * popularity;
        indexOfSku.insert(e.skuId, static_cast<int>(snapshot.m_skus.size()));
        snapshot.m_skus.push_back(std::move(e));
        snapshot.m_cumulativeWeight.push_back(total);
    });
    if (!listedSkus)
        return listedSkus.error();
    if (snapshot.m_skus.empty())
        return core::Error{u"sandbox.catalog"_s, u"the sandbox has no SKUs on sale"_s, {}};

    auto locations = db.prepare(u"SELECT location_id, kind, province, city FROM locations ORDER BY location_id");
    if (!locations)
        return locations.error();
    QHash<std::int64_t, int> indexOfStore;
    const core::Status listedLocations = forEachRow(locations.value(), [&](storage::Statement &l) {
        LocationEntry e{l.int64(0), l.blob(1) == "store", l.blob(2), l.blob(3), {}};
        if (e.isStore) {
            indexOfStore.insert(e.id, static_cast<int>(snapshot.m_stores.size()));
            snapshot.m_stores.push_back(std::move(e));
        } else if (snapshot.m_warehouse.id == 0) {
            snapshot.m_warehouse = std::move(e);
        }
    });
    if (!listedLocations)
        return listedLocations.error();
    auto carried = db.prepare(u"SELECT location_id, sku_id FROM stock_levels ORDER BY location_id, sku_id");
    if (!carried)
        return carried.error();
    const core::Status listedStock = forEachRow(carried.value(), [&](storage::Statement &c) {
        const auto store = indexOfStore.constFind(c.int64(0));
        const auto sku = indexOfSku.constFind(c.int64(1));
        if (store != indexOfStore.cend() && sku != indexOfSku.cend())
            snapshot.m_stores[static_cast<std::size_t>(*store)].carried.push_back(*sku);
    });
    if (!listedStock)
        return listedStock.error();
    return snapshot;
}

int CatalogSnapshot::pickPopular(Rng &rng) const
{
    const double target = rng.real() * m_cumulativeWeight.back();
    const auto it = std::upper_bound(m_cumulativeWeight.begin(), m_cumulativeWeight.end(), target);
    return static_cast<int>(
        std::min<std::ptrdiff_t>(it - m_cumulativeWeight.begin(), static_cast<std::ptrdiff_t>(m_skus.size()) - 1));
}

} // namespace mc::sandbox
