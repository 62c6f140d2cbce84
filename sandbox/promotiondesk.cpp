// Live campaigns on new orders.
#include "sandbox/promotiondesk.h"

#include "sandbox/promotionpricing.h"
#include "sandbox/rows.h"

namespace mc::sandbox {

namespace {

QSet<std::int64_t> idSet(const QByteArray &commaSeparated)
{
    QSet<std::int64_t> out;
    for (const QByteArray &id : commaSeparated.split(','))
        if (!id.isEmpty())
            out.insert(id.toLongLong());
    return out;
}

} // namespace

core::Result<std::unique_ptr<PromotionDesk>> PromotionDesk::create(storage::Database &db,
                                                                   const CatalogSnapshot &catalog)
{
    std::unique_ptr<PromotionDesk> desk(new PromotionDesk(catalog));
    auto live = db.prepare(u"SELECT campaign_id, version, name, reach, discount, basis_points, amount_off_fen, "
                           u"threshold_fen, sku_ids, store_ids FROM campaigns "
                           u"WHERE state = 'published' AND starts_ms <= ?1 AND ?1 < ends_ms ORDER BY campaign_id");
    auto insert = db.prepare(u"INSERT OR REPLACE INTO order_promotions (tid, campaign_id, campaign_version, name, "
                             u"discount_fen) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!live)
        return live.error();
    if (!insert)
        return insert.error();
    desk->m_live = std::move(live).value();
    desk->m_insert = std::move(insert).value();
    return desk;
}

bool PromotionDesk::covers(const Live &c, const NewOrder &order) const
{
    if (order.inStore)
        return c.reach != "online" && (c.storeIds.isEmpty() || c.storeIds.contains(order.locationId));
    return c.reach != "in_store";
}

core::Result<AppliedPromotions> PromotionDesk::apply(NewOrder &order, std::int64_t createdMs)
{
    QVarLengthArray<QByteArray, 2> ids;
    const core::Status listed = forEachRow(m_live.bind(1, createdMs), [&](storage::Statement &s) {
        ids.append(s.blob(0));
        Live &c = m_parsed[ids.back()];
        if (c.version != s.int64(1))
            c = Live{s.int64(1), s.blob(2), s.blob(3), s.blob(4), s.int64(5), s.int64(6), s.int64(7),
                     idSet(s.blob(8)), idSet(s.blob(9))};
    });
    if (!listed)
        return listed.error();
    AppliedPromotions applied;
    const auto &skus = m_catalog.skus();
    for (const QByteArray &id : ids) {
        const Live *c = &m_parsed[id]; // looked up after the listing: inserting may move entries
        if (!covers(*c, order))
            continue;
        QVarLengthArray<PricedLine, 4> lines;
        QVarLengthArray<int, 4> lineIndex;
        for (int i = 0; i < order.lines.size(); ++i) {
            const NewLine &l = order.lines[i];
            if (c->skuIds.isEmpty() || c->skuIds.contains(skus[static_cast<std::size_t>(l.skuIndex)].skuId)) {
                lines.append({l.num, l.paymentFen});
                lineIndex.append(i);
            }
        }
        QVarLengthArray<std::int64_t, 4> shares(lines.size());
        const PromotionRule rule{c->discount, c->basisPoints, c->amountOffFen, c->thresholdFen};
        const std::int64_t discount = promotionDiscount(rule, std::span(lines.data(), lines.size()),
                                                        std::span(shares.data(), shares.size()));
        if (discount <= 0)
            continue;
        for (qsizetype i = 0; i < lines.size(); ++i)
            order.lines[lineIndex[i]].paymentFen -= shares[i];
        order.paymentFen -= discount;
        applied.append({id, c->version, c->name, discount});
    }
    return applied;
}

core::Status PromotionDesk::record(std::int64_t tid, const AppliedPromotions &applied)
{
    for (const AppliedPromotion &p : applied) {
        m_insert.bind(1, tid).bindText(2, p.campaignId).bind(3, p.version).bindText(4, p.name).bind(5, p.discountFen);
        if (core::Status s = m_insert.run(); !s)
            return s;
    }
    return {};
}

} // namespace mc::sandbox
