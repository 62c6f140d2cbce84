#include "app/campaigns/rehearsalwalker.h"

#include "app/campaigns/campaignpricing.h"
#include "app/campaigns/orderdigest.h"
#include "app/core/checkedmath.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

constexpr int kSetAsideKept = 100;

bool add(RehearsalFigures &f, std::int64_t gmv, std::int64_t discount)
{
    ++f.orders;
    return core::checkedAdd(f.gmvFen, gmv, f.gmvFen) && core::checkedAdd(f.discountFen, discount, f.discountFen);
}

void setAside(PricedBatch &out, std::int64_t tid, QString reason)
{
    if (++out.setAsideCount <= kSetAsideKept)
        out.setAside.append({tid, std::move(reason)});
}

class Pricer
{
public:
    Pricer(const RehearsalScope &scope, PricedBatch &out) : m_scope(scope), m_out(out) {}

    void price(const OrderBatch &batch, const OrderBatch::Order &o)
    {
        m_lines.clear();
        if (o.digest) {
            if (!decodeDigestLines(QByteArrayView(batch.bytes).sliced(o.begin, o.end - o.begin), m_digest)) {
                setAside(m_out, o.tid, u"bad-digest: rebuild the cache's order digest"_s);
                return;
            }
            for (const DigestLine &l : m_digest)
                m_lines.push_back({0, l.skuId, l.units, l.paymentFen, l.refunded,
                                   m_scope.inScope(l.skuId, m_scope.needsCategory() &&
                                                                m_scope.categoryIdMatches(l.categoryId))});
        } else {
            for (std::int32_t i = o.begin; i < o.end; ++i) {
                const ReadLine &l = batch.lines[static_cast<std::size_t>(i)];
                if (l.units < 1 || l.units > kMaxUnits) {
                    setAside(m_out, o.tid, u"bad-units: oid %1"_s.arg(l.oid));
                    return;
                }
                if (l.paymentFen < 0 || l.paymentFen > kMaxLineFen) {
                    setAside(m_out, o.tid, u"bad-payment: oid %1"_s.arg(l.oid));
                    return;
                }
                m_lines.push_back(l);
            }
        }
        finish(o);
    }

private:
    void finish(const OrderBatch::Order &o)
    {
        std::int64_t gmv = 0;
        for (const ReadLine &l : m_lines)
            gmv += l.paymentFen; // a few lines of at most 10^12: cannot overflow
        ++m_out.scanned;
        if (!core::checkedAdd(m_out.gmvFen, gmv, m_out.gmvFen)) {
            m_out.overflow = true;
            return;
        }
        if (!m_scope.reached(o.store, o.locationId))
            return;
        m_qualifying.clear();
        m_skus.clear();
        for (const ReadLine &l : m_lines)
            if (l.inScope && !l.refunded) {
                m_qualifying.push_back({l.units, l.paymentFen});
                m_skus.push_back(l.skuId);
            }
        if (m_qualifying.empty())
            return;
        m_shares.assign(m_qualifying.size(), 0);
        const std::int64_t discount = orderDiscount(m_scope.campaign(), m_qualifying, m_shares);
        if (discount <= 0)
            return;
        const auto begin = static_cast<std::int32_t>(m_out.useLines.size());
        for (std::size_t i = 0; i < m_qualifying.size(); ++i)
            m_out.useLines.push_back({m_skus[i], m_qualifying[i].units, m_shares[i]});
        m_out.uses.push_back({o.buyer, gmv, discount, o.locationId, o.store, begin,
                              static_cast<std::int32_t>(m_out.useLines.size())});
    }

    const RehearsalScope &m_scope;
    PricedBatch &m_out;
    std::vector<DigestLine> m_digest;
    std::vector<ReadLine> m_lines; // as priced (the oid of a digest line is not kept)
    std::vector<QualifyingLine> m_qualifying;
    std::vector<std::int64_t> m_skus;
    std::vector<std::int64_t> m_shares;
};

} // namespace

RehearsalScope::RehearsalScope(const CampaignSpec &c, const StoreReach &stores,
                               const QHash<QByteArray, std::int64_t> &categoryIds)
    : m_c(c), m_storesAll(stores.all), m_stores(stores.storeIds.begin(), stores.storeIds.end()),
      m_skus(c.skuIds.begin(), c.skuIds.end()), m_excluded(c.excludedSkuIds.begin(), c.excludedSkuIds.end())
{
    for (const QString &category : c.categories) {
        const QByteArray utf8 = category.toUtf8();
        m_categories.insert(utf8);
        if (auto id = categoryIds.constFind(utf8); id != categoryIds.cend())
            m_categoryIds.insert(*id);
    }
}

bool RehearsalScope::reached(bool store, std::int64_t locationId) const
{
    return store ? m_c.reach != Reach::Online && (m_storesAll || m_stores.contains(locationId))
                 : m_c.reach != Reach::InStore;
}

bool RehearsalScope::inScope(std::int64_t skuId, bool categoryMatches) const
{
    if (m_excluded.contains(skuId))
        return false;
    switch (m_c.products) {
    case ProductScope::All:
        return true;
    case ProductScope::Categories:
        return categoryMatches;
    case ProductScope::Skus:
        return m_skus.contains(skuId);
    }
    return false;
}

PricedBatch priceBatch(const RehearsalScope &scope, const OrderBatch &batch)
{
    PricedBatch out;
    Pricer pricer(scope, out);
    for (const OrderBatch::Order &o : batch.orders) {
        pricer.price(batch, o);
        if (out.overflow)
            break;
    }
    return out;
}

bool LimitSpender::merge(const PricedBatch &b)
{
    if (b.overflow)
        return false;
    m_r.ordersScanned += b.scanned;
    if (!core::checkedAdd(m_r.gmvFen, b.gmvFen, m_r.gmvFen))
        return false;
    m_r.setAsideCount += b.setAsideCount;
    for (const SetAsideOrder &s : b.setAside)
        if (m_r.setAside.size() < kSetAsideKept)
            m_r.setAside.append(s);
    for (const PricedBatch::Use &u : b.uses) {
        ++m_r.qualifyingOrders;
        if (m_c.perBuyerLimit > 0 && m_buyerUses.value(u.buyer) >= m_c.perBuyerLimit) {
            ++m_r.cutByBuyerLimit;
            continue;
        }
        if (m_c.type == CampaignType::Voucher && m_c.voucherQuantity > 0 &&
            m_r.discounted.orders >= m_c.voucherQuantity) {
            ++m_r.cutByVoucherQuantity;
            continue;
        }
        if (m_c.budgetFen > 0 && m_r.discounted.discountFen + u.discountFen > m_c.budgetFen) {
            ++m_r.cutByBudget;
            continue;
        }
        if (m_c.perBuyerLimit > 0)
            ++m_buyerUses[u.buyer];
        if (!add(m_r.discounted, u.gmvFen, u.discountFen) ||
            !add(m_r.perChannel[u.store ? u"store"_s : u"online"_s], u.gmvFen, u.discountFen) ||
            !add(m_stores[u.locationId], u.gmvFen, u.discountFen))
            return false;
        for (std::int32_t i = u.begin; i < u.end; ++i) {
            const PricedBatch::UseLine &l = b.useLines[static_cast<std::size_t>(i)];
            SkuImpact &s = m_skus[l.skuId];
            s.skuId = l.skuId;
            s.units += l.units;
            if (!core::checkedAdd(s.discountFen, l.discountFen, s.discountFen))
                return false;
        }
    }
    return true;
}

void LimitSpender::finish(int topSkuCount)
{
    for (auto it = m_stores.cbegin(); it != m_stores.cend(); ++it)
        m_r.perStore.insert(it.key(), it.value());
    m_r.topSkus = m_skus.values();
    std::sort(m_r.topSkus.begin(), m_r.topSkus.end(), [](const SkuImpact &a, const SkuImpact &b) {
        return a.discountFen != b.discountFen ? a.discountFen > b.discountFen : a.skuId < b.skuId;
    });
    if (m_r.topSkus.size() > topSkuCount)
        m_r.topSkus.resize(topSkuCount);
}

} // namespace mc::campaigns
