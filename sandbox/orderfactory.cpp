// Order contents and amounts.
#include "sandbox/orderfactory.h"

#include "sandbox/buyerpopulation.h"
#include "sandbox/merchantdata.h"

namespace mc::sandbox {

OrderFactory::OrderFactory(const CatalogSnapshot &catalog) : m_catalog(catalog)
{
    int total = 0;
    for (const data::City &c : data::cities())
        m_cityCumulative.push_back(total += c.weight);
}

bool OrderFactory::make(Rng &rng, std::int64_t tid, const LocationEntry *store, const Availability &available,
                        NewOrder &out) const
{
    out.tid = tid;
    out.inStore = store != nullptr;
    out.lines.clear();
    const double r = rng.real();
    const int lineCount = r < 0.55 ? 1 : r < 0.83 ? 2 : r < 0.95 ? 3 : 4;
    const auto &skus = m_catalog.skus();
    for (int attempt = 0; attempt < lineCount * 4 && out.lines.size() < lineCount; ++attempt) {
        int index = 0;
        if (store) {
            if (store->carried.empty())
                break;
            index = rng.pick(store->carried);
        } else {
            index = m_catalog.pickPopular(rng);
        }
        bool duplicate = false;
        for (const NewLine &l : out.lines)
            duplicate = duplicate || l.skuIndex == index;
        const std::int64_t num = rng.chance(0.75) ? 1 : rng.range(2, 3);
        if (duplicate || !available(store ? store->id : m_catalog.warehouse().id, index, num))
            continue;
        const SkuEntry &sku = skus[static_cast<std::size_t>(index)];
        const std::int64_t gross = sku.priceFen * num;
        out.lines.append({index, num, gross - gross * sku.discountPercent / 100});
    }
    if (out.lines.isEmpty())
        return false;

    out.totalFeeFen = 0;
    out.paymentFen = 0;
    for (const NewLine &l : out.lines) {
        out.totalFeeFen += skus[static_cast<std::size_t>(l.skuIndex)].priceFen * l.num;
        out.paymentFen += l.paymentFen;
    }
    if (store) {
        out.locationId = store->id;
        out.province = store->province;
        out.city = store->city;
        out.postFeeFen = 0;
    } else {
        const auto cities = data::cities();
        const int target = static_cast<int>(rng.range(1, m_cityCumulative.back()));
        std::size_t c = 0;
        while (m_cityCumulative[c] < target)
            ++c;
        out.locationId = m_catalog.warehouse().id;
        out.province = QByteArray(cities[c].province);
        out.city = QByteArray(cities[c].city);
        out.postFeeFen = rng.chance(0.9) ? 0 : 1000;
    }
    out.paymentFen += out.postFeeFen;
    // One buyer from the population: repeat buyers keep their nick and open uid.
    const std::int64_t buyer = pickBuyer(rng);
    out.buyerNick = buyerNick(buyer);
    out.buyerOpenUid = buyerOpenUid(buyer);
    return true;
}

} // namespace mc::sandbox
