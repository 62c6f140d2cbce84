// The rehearsal's two halves (rehearsal.h walks the orders; this is what happens to each):
// - prices a batch of orders: validation, reach, products and the discount: independent of
//   every other order, so batches are priced on worker threads;
// - spends the limits: the per-buyer limit, the voucher quantity and the budget cap go first
//   come, first served, so priced batches are merged one after another in creation order.
#pragma once

#include "app/campaigns/rehearsal.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <cstdint>
#include <vector>

namespace mc::campaigns {

// Who and what the campaign reaches. Read-only once built: shared by the pricing threads.
class RehearsalScope
{
public:
    // `categoryIds`: the cache's digest category ids by name (digest_categories).
    RehearsalScope(const CampaignSpec &campaign, const StoreReach &stores,
                   const QHash<QByteArray, std::int64_t> &categoryIds);

    const CampaignSpec &campaign() const { return m_c; }
    bool reached(bool store, std::int64_t locationId) const;
    bool inScope(std::int64_t skuId, bool categoryMatches) const;
    bool categoryMatches(const QByteArray &utf8) const { return m_categories.contains(utf8); }
    bool categoryIdMatches(std::int64_t id) const { return m_categoryIds.contains(id); }
    bool needsCategory() const { return m_c.products == ProductScope::Categories; }
    bool needsBuyer() const { return m_c.perBuyerLimit > 0; }

private:
    const CampaignSpec &m_c;
    bool m_storesAll;
    QSet<std::int64_t> m_stores;
    QSet<std::int64_t> m_skus;
    QSet<std::int64_t> m_excluded;
    QSet<QByteArray> m_categories; // UTF-8, as SQLite hands them over
    QSet<std::int64_t> m_categoryIds;
};

// A line of an order: read from order_lines (with its oid, for set-aside reasons) or unpacked
// from a digest (oid 0).
struct ReadLine
{
    std::int64_t oid = 0;
    std::int64_t skuId = 0;
    std::int64_t units = 0;
    std::int64_t paymentFen = 0;
    bool refunded = false;
    bool inScope = false;
};

// Orders in creation order, each either a digest blob or lines read from the tables.
struct OrderBatch
{
    struct Order
    {
        std::int64_t tid = 0;
        std::int64_t locationId = 0;
        std::uint64_t buyer = 0;
        bool store = false;
        bool digest = false; // [begin, end) of `bytes`; else of `lines`
        std::int32_t begin = 0;
        std::int32_t end = 0;
    };
    std::vector<Order> orders;
    QByteArray bytes;
    std::vector<ReadLine> lines;
};

// One batch priced: its totals, and each order the campaign would discount.
struct PricedBatch
{
    struct Use
    {
        std::uint64_t buyer = 0;
        std::int64_t gmvFen = 0;
        std::int64_t discountFen = 0;
        std::int64_t locationId = 0;
        bool store = false;
        std::int32_t begin = 0; // [begin, end) of `uses`' lines
        std::int32_t end = 0;
    };
    struct UseLine
    {
        std::int64_t skuId = 0;
        std::int64_t units = 0;
        std::int64_t discountFen = 0; // the line's share
    };
    std::int64_t scanned = 0;
    std::int64_t gmvFen = 0;
    std::int64_t setAsideCount = 0;
    QList<SetAsideOrder> setAside; // at most the first 100
    std::vector<Use> uses;
    std::vector<UseLine> useLines;
    bool overflow = false;
};

PricedBatch priceBatch(const RehearsalScope &scope, const OrderBatch &batch);

// Spends the limits over priced batches merged in creation order.
class LimitSpender
{
public:
    LimitSpender(const CampaignSpec &campaign, RehearsalResult &result) : m_c(campaign), m_r(result) {}
    bool merge(const PricedBatch &batch); // false: a sum overflowed
    // Fills the result's per-store figures and top SKUs.
    void finish(int topSkuCount);

private:
    const CampaignSpec &m_c;
    RehearsalResult &m_r;
    QHash<std::uint64_t, int> m_buyerUses;
    QHash<std::int64_t, RehearsalFigures> m_stores;
    QHash<std::int64_t, SkuImpact> m_skus;
};

} // namespace mc::campaigns
