// Makes plausible 11.11 orders from the catalog: 1-4 lines, popular SKUs, item discounts,
// free shipping mostly, buyers across China, some of whom buy again and again. Shared by the
// live simulator and the history seeder.
#pragma once

#include "sandbox/catalogsnapshot.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <cstdint>
#include <functional>

namespace mc::sandbox {

struct NewLine
{
    int skuIndex = 0;
    std::int64_t num = 1;
    std::int64_t paymentFen = 0;
};

struct NewOrder
{
    std::int64_t tid = 0;
    bool inStore = false;
    std::int64_t locationId = 0;
    QByteArray province;
    QByteArray city;
    QByteArray buyerNick;    // masked: many buyers share one
    QByteArray buyerOpenUid; // TOP buyer_open_uid: one per buyer
    QVarLengthArray<NewLine, 4> lines;
    std::int64_t totalFeeFen = 0;
    std::int64_t postFeeFen = 0;
    std::int64_t paymentFen = 0;
};

class OrderFactory
{
public:
    // Whether `num` units of a SKU (by index) can be sold at a location; the simulator checks
    // its stock book, the history seeder accepts everything.
    using Availability = std::function<bool(std::int64_t locationId, int skuIndex, std::int64_t num)>;

    explicit OrderFactory(const CatalogSnapshot &catalog);

    // An online order (fulfilled by the warehouse) or, with a store, an in-store order.
    // Returns false when the store has nothing left to sell.
    bool make(Rng &rng, std::int64_t tid, const LocationEntry *store, const Availability &available,
              NewOrder &out) const;

private:
    const CatalogSnapshot &m_catalog;
    std::vector<int> m_cityCumulative;
};

} // namespace mc::sandbox
