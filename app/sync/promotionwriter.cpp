// order_promotions rows for one order version.
#include "app/sync/promotionwriter.h"

#include "app/protocol/toptime.h"

namespace mc::sync {

core::Status PromotionWriter::write(const core::Order &o, bool replacing)
{
    if (!replacing && o.promotions.isEmpty())
        return {};
    if (!m_insert.isValid()) {
        auto remove = m_db.prepare(u"DELETE FROM order_promotions WHERE tid = ?1");
        if (!remove)
            return remove.error();
        auto insert = m_db.prepare(u"INSERT INTO order_promotions (tid, campaign_id, campaign_version, name, "
                                   u"discount_fen, channel, pay_day_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!insert)
            return insert.error();
        m_delete = std::move(remove).value();
        m_insert = std::move(insert).value();
    }
    if (replacing)
        if (core::Status s = m_delete.bind(1, o.tid).run(); !s)
            return s;
    const bool counted = core::countsAsSale(o.status) && o.payTimeMs > 0;
    const std::int64_t payDay = counted ? protocol::beijingDayStartMs(o.payTimeMs) : 0;
    for (const core::OrderPromotion &p : o.promotions) {
        m_insert.bind(1, o.tid)
            .bind(2, p.campaignId)
            .bind(3, p.campaignVersion)
            .bind(4, p.name)
            .bind(5, p.discount.minor())
            .bind(6, core::toWire(o.channel))
            .bind(7, payDay);
        if (core::Status s = m_insert.run(); !s)
            return s;
    }
    return {};
}

} // namespace mc::sync
