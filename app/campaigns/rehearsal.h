// Rehearsal: a campaign applied to the cached orders of a past window (for example last
// 11.11), as if it had run then. Paid, not closed orders created in [fromMs, toMs) are
// walked in creation order (tid breaks ties), so the per-buyer limit, the voucher quantity
// and the budget cap are spent first come, first served, as they would be live. Every row is
// validated first: an order with an impossible line is set aside with its reason and counts
// in no figure. Sums are checked 64-bit fen.
//
// How it is fast: the orders come from the order digest (cache migration 0010, orderdigest.h),
// one compact row per paid order in creation order, so a window is a range scan; orders still
// waiting for their digest are read from the tables and merged in. The window is cut into
// parts that reader threads (one connection each) read and price in parallel; the parts are
// merged in order, where the limits are spent (rehearsalwalker.h).
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/core/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <functional>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

struct RehearsalFigures
{
    std::int64_t orders = 0;      // orders that got the discount
    std::int64_t gmvFen = 0;      // their line payments (all their lines)
    std::int64_t discountFen = 0; // what the campaign would have cost on them
    friend bool operator==(const RehearsalFigures &, const RehearsalFigures &) = default;
};

struct SkuImpact
{
    std::int64_t skuId = 0;
    std::int64_t units = 0;       // qualifying units in discounted orders
    std::int64_t discountFen = 0; // the SKU's share of those orders' discounts
    friend bool operator==(const SkuImpact &, const SkuImpact &) = default;
};

struct SetAsideOrder
{
    std::int64_t tid = 0;
    QString reason; // machine-readable: "bad-units: oid 123", "bad-payment: oid 123"
    friend bool operator==(const SetAsideOrder &, const SetAsideOrder &) = default;
};

struct RehearsalResult
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::int64_t ordersScanned = 0; // paid orders in the window that passed validation
    std::int64_t gmvFen = 0;        // their line payments
    std::int64_t qualifyingOrders = 0; // matched reach, stores and products, with a discount > 0
    RehearsalFigures discounted;       // of those, the ones the limits left discounted
    std::int64_t cutByBuyerLimit = 0;
    std::int64_t cutByVoucherQuantity = 0;
    std::int64_t cutByBudget = 0;
    QMap<QString, RehearsalFigures> perChannel;   // "online", "store"
    QMap<std::int64_t, RehearsalFigures> perStore; // location id (online orders: theirs too)
    QList<SkuImpact> topSkus;                      // by discount, largest first, at most topSkuCount
    std::int64_t setAsideCount = 0;
    QList<SetAsideOrder> setAside;                 // the first 100
    double seconds = 0;

    // Discount as a share of the window's GMV, in basis points (rounded half up); 0 without GMV.
    std::int64_t costShareBp() const;
};

struct RehearsalOptions
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    int topSkuCount = 10;
    // Called after each part of the window with the orders merged so far; false cancels (the
    // result is an error).
    std::function<bool(std::int64_t)> progress;
};

// The stores the campaign reaches, resolved against the cached locations (list, city or
// province); empty with `all` = true when every store is in.
struct StoreReach
{
    bool all = true;
    QList<std::int64_t> storeIds;
};
core::Result<StoreReach> resolveStores(storage::Database &cache, const CampaignSpec &campaign);

// Reads `cache` (a reader connection is enough) and, on reader threads, more connections to
// the same file, each in one snapshot taken at the start.
core::Result<RehearsalResult> rehearse(storage::Database &cache, const CampaignSpec &campaign,
                                       const RehearsalOptions &options);

} // namespace mc::campaigns
