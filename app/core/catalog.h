// Catalog records: a product (TOP "item", num_iid) and its SKUs.
#pragma once

#include "app/core/money.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace mc::core {

struct Sku
{
    std::int64_t skuId = 0;
    std::int64_t numIid = 0;
    QString properties; // TOP properties_name, e.g. "Size:L;Colour:Red"
    Money price;
    QString outerId;    // the merchant's own code
    std::int64_t modifiedMs = 0;

    friend bool operator==(const Sku &, const Sku &) = default;
};

struct Product
{
    std::int64_t numIid = 0;
    QString title;
    std::int64_t cid = 0;  // platform category id
    QString category;      // category name
    Money price;
    QString outerId;
    bool onSale = true;    // taken off sale is a state, never a deletion
    std::int64_t modifiedMs = 0;
    QList<Sku> skus;

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace mc::core
