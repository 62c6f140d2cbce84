// A cache of orders for the campaign rehearsal's tests and benchmark, written straight into a
// real cache.sqlite: both channels, ten stores in three cities of two provinces, categories,
// SKUs at several prices, repeat buyers, closed and unpaid orders, refunded lines, and (when
// asked) impossible lines the rehearsal must set aside.
#pragma once

#include <cstdint>

namespace mc::storage {
class Database;
}

namespace mc::test {

struct CampaignOrdersOptions
{
    std::int64_t count = 10'000;
    std::int64_t baseMs = 0;        // order i is created at baseMs + i * stepMs
    std::int64_t stepMs = 1000;
    bool withBadLines = false;      // every 997th order gets a line of 0 units or a negative payment
};

// Stores 1001..1010 (1000 is the online warehouse) with cities and provinces, the catalog
// (SKUs 7000..7059, one item each), then the orders, in one transaction. Order i has tid 5'000'000'000 + i.
bool seedCampaignOrders(storage::Database &db, const CampaignOrdersOptions &options);

} // namespace mc::test
