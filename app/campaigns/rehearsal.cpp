#include "app/campaigns/rehearsal.h"

#include "app/campaigns/campaignpricing.h"
#include "app/core/checkedmath.h"
#include "app/storage/database.h"
#include "app/storage/readtransaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

__extension__ using Int128 = __int128; // GCC/Clang: exact intermediates of a*b/c

constexpr int kSetAsideKept = 100;

core::Error overflow()
{
    return {u"rehearsal.overflow"_s, u"The rehearsal's sums do not fit in 64 bits."_s, {}};
}

bool add(RehearsalFigures &f, std::int64_t gmv, std::int64_t discount)
{
    ++f.orders;
    return core::checkedAdd(f.gmvFen, gmv, f.gmvFen) && core::checkedAdd(f.discountFen, discount, f.discountFen);
}

struct Line
{
    std::int64_t oid = 0;
    std::int64_t skuId = 0;
    std::int64_t units = 0;
    std::int64_t paymentFen = 0;
    bool refunded = false;
    bool inScope = false;
};

struct Order
{
    std::int64_t tid = 0;
    bool store = false;
    std::int64_t locationId = 0;
    QByteArray buyer;
    std::vector<Line> lines;
};

class Walker
{
public:
    Walker(const CampaignSpec &c, const StoreReach &stores, RehearsalResult &r)
        : m_c(c), m_storesAll(stores.all), m_stores(stores.storeIds.begin(), stores.storeIds.end()), m_r(r),
          m_skus(c.skuIds.begin(), c.skuIds.end()), m_excluded(c.excludedSkuIds.begin(), c.excludedSkuIds.end())
    {
        for (const QString &category : c.categories)
            m_categories.insert(category.toUtf8());
    }

    bool productInScope(std::int64_t skuId, const QByteArray &category) const
    {
        if (m_excluded.contains(skuId))
            return false;
        switch (m_c.products) {
        case ProductScope::All:
            return true;
        case ProductScope::Categories:
            return m_categories.contains(category);
        case ProductScope::Skus:
            return m_skus.contains(skuId);
        }
        return false;
    }

    bool finish(const Order &o); // false: overflow
    QHash<std::int64_t, SkuImpact> skus;

private:
    const CampaignSpec &m_c;
    bool m_storesAll;
    QSet<std::int64_t> m_stores;
    RehearsalResult &m_r;
    QSet<std::int64_t> m_skus;
    QSet<std::int64_t> m_excluded;
    QSet<QByteArray> m_categories; // UTF-8, as SQLite hands them over
    QHash<QByteArray, int> m_buyerUses;
    std::vector<QualifyingLine> m_qualifying;
    std::vector<std::int64_t> m_qualifyingSku;
    std::vector<std::int64_t> m_shares;
};

bool Walker::finish(const Order &o)
{
    std::int64_t gmv = 0;
    for (const Line &l : o.lines) {
        QString reason;
        if (l.units < 1 || l.units > kMaxUnits)
            reason = u"bad-units: oid %1"_s.arg(l.oid);
        else if (l.paymentFen < 0 || l.paymentFen > kMaxLineFen)
            reason = u"bad-payment: oid %1"_s.arg(l.oid);
        if (!reason.isEmpty()) {
            if (++m_r.setAsideCount <= kSetAsideKept)
                m_r.setAside.append({o.tid, reason});
            return true;
        }
        gmv += l.paymentFen; // a few lines of at most 10^12: cannot overflow
    }
    ++m_r.ordersScanned;
    if (!core::checkedAdd(m_r.gmvFen, gmv, m_r.gmvFen))
        return false;
    const bool reached = o.store ? m_c.reach != Reach::Online && (m_storesAll || m_stores.contains(o.locationId))
                                 : m_c.reach != Reach::InStore;
    if (!reached)
        return true;
    m_qualifying.clear();
    m_qualifyingSku.clear();
    for (const Line &l : o.lines)
        if (l.inScope && !l.refunded) {
            m_qualifying.push_back({l.units, l.paymentFen});
            m_qualifyingSku.push_back(l.skuId);
        }
    if (m_qualifying.empty())
        return true;
    m_shares.assign(m_qualifying.size(), 0);
    const std::int64_t discount = orderDiscount(m_c, m_qualifying, m_shares);
    if (discount <= 0)
        return true;
    ++m_r.qualifyingOrders;
    if (m_c.perBuyerLimit > 0 && m_buyerUses.value(o.buyer) >= m_c.perBuyerLimit) {
        ++m_r.cutByBuyerLimit;
        return true;
    }
    if (m_c.type == CampaignType::Voucher && m_c.voucherQuantity > 0 && m_r.discounted.orders >= m_c.voucherQuantity) {
        ++m_r.cutByVoucherQuantity;
        return true;
    }
    if (m_c.budgetFen > 0 && m_r.discounted.discountFen + discount > m_c.budgetFen) {
        ++m_r.cutByBudget;
        return true;
    }
    if (m_c.perBuyerLimit > 0)
        ++m_buyerUses[o.buyer];
    if (!add(m_r.discounted, gmv, discount) || !add(m_r.perChannel[o.store ? u"store"_s : u"online"_s], gmv, discount) ||
        !add(m_r.perStore[o.locationId], gmv, discount))
        return false;
    for (std::size_t i = 0; i < m_qualifying.size(); ++i) {
        SkuImpact &s = skus[m_qualifyingSku[i]];
        s.skuId = m_qualifyingSku[i];
        s.units += m_qualifying[i].units;
        if (!core::checkedAdd(s.discountFen, m_shares[i], s.discountFen))
            return false;
    }
    return true;
}

} // namespace

std::int64_t RehearsalResult::costShareBp() const
{
    if (gmvFen <= 0)
        return 0;
    return static_cast<std::int64_t>((static_cast<Int128>(discounted.discountFen) * 20'000 + gmvFen) / (2 * gmvFen));
}

core::Result<StoreReach> resolveStores(storage::Database &cache, const CampaignSpec &c)
{
    StoreReach reach;
    if (c.storesBy == StoreSelection::All)
        return reach;
    reach.all = false;
    if (c.storesBy == StoreSelection::List) {
        reach.storeIds = c.storeIds;
        return reach;
    }
    auto stores = cache.prepare(u"SELECT location_id, city, province FROM locations WHERE kind = 'store' "
                                u"ORDER BY location_id");
    if (!stores)
        return stores.error();
    const QStringList &names = c.storesBy == StoreSelection::City ? c.cities : c.provinces;
    const int column = c.storesBy == StoreSelection::City ? 1 : 2;
    while (true) {
        auto row = stores.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (names.contains(stores.value().text(column)))
            reach.storeIds.append(stores.value().int64(0));
    }
    return reach;
}

core::Result<RehearsalResult> rehearse(storage::Database &cache, const CampaignSpec &c, const RehearsalOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    storage::ReadTransaction snapshot(cache);
    auto stores = resolveStores(cache, c);
    if (!stores)
        return stores.error();
    const bool needCategory = c.products == ProductScope::Categories;
    const bool needBuyer = c.perBuyerLimit > 0;
    // INDEXED BY orders_list: rows come in creation order straight from the index. Left to
    // itself the planner takes orders_status_created (three status ranges) and sorts the whole
    // window in a temporary B-tree.
    auto rows = cache.prepare(QString(
        u"SELECT o.tid, o.channel = 'store', o.location_id, l.oid, l.sku_id, l.num, l.payment_fen, "
        u"l.refund_status = 'SUCCESS', " +
        QString(needCategory ? u"l.category"_s : u"''"_s) + u", " +
        QString(needBuyer ? u"CASE o.buyer_open_uid WHEN '' THEN 'nick:' || o.buyer_nick ELSE o.buyer_open_uid END"_s
                          : u"''"_s) +
        u" FROM orders o INDEXED BY orders_list JOIN order_lines l ON l.tid = o.tid "
        u"WHERE o.created_ms >= ?1 AND o.created_ms < ?2 "
        u"AND o.status IN ('WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED') "
        u"ORDER BY o.created_ms, o.tid, l.oid"));
    if (!rows)
        return rows.error();
    auto &s = rows.value();
    s.bind(1, options.fromMs).bind(2, options.toMs);

    RehearsalResult r;
    r.fromMs = options.fromMs;
    r.toMs = options.toMs;
    Walker walker(c, stores.value(), r);
    Order order;
    std::int64_t read = 0;
    while (true) {
        auto step = s.step();
        if (!step)
            return step.error();
        const bool more = step.value();
        const std::int64_t tid = more ? s.int64(0) : 0;
        if ((!more || tid != order.tid) && !order.lines.empty()) {
            if (!walker.finish(order))
                return overflow();
            order.lines.clear();
        }
        if (!more)
            break;
        if (order.lines.empty()) {
            order.tid = tid;
            order.store = s.int64(1) != 0;
            order.locationId = s.int64(2);
            if (needBuyer)
                order.buyer = s.blob(9);
        }
        Line line{s.int64(3), s.int64(4), s.int64(5), s.int64(6), s.int64(7) != 0, false};
        line.inScope = walker.productInScope(line.skuId, needCategory ? s.blob(8) : QByteArray());
        order.lines.push_back(line);
        if ((++read & 0xFFF) == 0 && options.progress && !options.progress(read))
            return core::Error{u"rehearsal.cancelled"_s, u"The rehearsal was cancelled."_s, {}};
    }
    r.topSkus = walker.skus.values();
    std::sort(r.topSkus.begin(), r.topSkus.end(), [](const SkuImpact &a, const SkuImpact &b) {
        return a.discountFen != b.discountFen ? a.discountFen > b.discountFen : a.skuId < b.skuId;
    });
    if (r.topSkus.size() > options.topSkuCount)
        r.topSkus.resize(options.topSkuCount);
    r.seconds = timer.nsecsElapsed() / 1e9;
    return r;
}

} // namespace mc::campaigns
