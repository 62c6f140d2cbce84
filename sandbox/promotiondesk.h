// Applies the published campaigns to a new order (simulator and history seeder alike): the
// campaigns whose window holds the order's creation time, whose reach and stores hold its
// channel and store, take their discount off the lines they cover (in campaign_id order, each
// on what the earlier ones left), and the order remembers them as its promotion_details.
#pragma once

#include "sandbox/catalogsnapshot.h"
#include "sandbox/orderfactory.h"
#include "app/storage/database.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <memory>

namespace mc::sandbox {

struct AppliedPromotion
{
    QByteArray campaignId;
    std::int64_t version = 0;
    QByteArray name;
    std::int64_t discountFen = 0;
};
using AppliedPromotions = QVarLengthArray<AppliedPromotion, 2>;

class PromotionDesk
{
public:
    static core::Result<std::unique_ptr<PromotionDesk>> create(storage::Database &db, const CatalogSnapshot &catalog);

    // Takes the live campaigns' discounts off `order` (line payments and payment) and says
    // which applied; empty when none did (the order is left as it was).
    core::Result<AppliedPromotions> apply(NewOrder &order, std::int64_t createdMs);
    // Notes the promotions of an order just inserted.
    core::Status record(std::int64_t tid, const AppliedPromotions &applied);

private:
    struct Live
    {
        std::int64_t version = 0;
        QByteArray name, reach, discount;
        std::int64_t basisPoints = 0, amountOffFen = 0, thresholdFen = 0;
        QSet<std::int64_t> skuIds, storeIds; // empty: all
    };
    explicit PromotionDesk(const CatalogSnapshot &catalog) : m_catalog(catalog) {}
    bool covers(const Live &c, const NewOrder &order) const;

    const CatalogSnapshot &m_catalog;
    storage::Statement m_live, m_insert;
    QHash<QByteArray, Live> m_parsed; // by campaign id; parsed again when its version changes
};

} // namespace mc::sandbox
