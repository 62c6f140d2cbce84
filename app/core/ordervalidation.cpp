// Order validation: the first problem found is the reason.
#include "app/core/ordervalidation.h"

#include "app/core/checkedmath.h"

#include <QVarLengthArray>

#include <algorithm>

namespace mc::core {

namespace {

QString reason(const char *code, const char *field, const QString &detail = {})
{
    QString out = QLatin1String(code) + u": " + QLatin1String(field);
    if (!detail.isEmpty())
        out += u' ' + detail;
    return out;
}

QString checkAmount(Money amount, const char *field)
{
    if (amount.isNegative())
        return reason("negative-amount", field, amount.toDecimalString());
    if (amount.minor() > kMaxAmountFen)
        return reason("amount-overflow", field, amount.toDecimalString());
    return {};
}

// promotion_details: each names its campaign once, discounts are amounts, and together they
// take off no more than the goods cost (total_fee).
QString validatePromotions(const Order &o)
{
    CheckedSum discounts;
    for (qsizetype i = 0; i < o.promotions.size(); ++i) {
        const OrderPromotion &p = o.promotions[i];
        if (p.campaignId.isEmpty())
            return reason("bad-field", "promotion_details.promotion_detail.promotion_id", QStringLiteral("(empty)"));
        if (p.campaignVersion < 0)
            return reason("bad-field", "promotion_details.promotion_detail.campaign_version",
                          QString::number(p.campaignVersion));
        if (QString r = checkAmount(p.discount, "promotion_details.promotion_detail.discount_fee"); !r.isEmpty())
            return r;
        for (qsizetype j = 0; j < i; ++j)
            if (o.promotions[j].campaignId == p.campaignId)
                return reason("duplicate-key", "promotion_details.promotion_detail.promotion_id", p.campaignId);
        discounts += p.discount.minor();
    }
    if (!discounts.ok())
        return reason("amount-overflow", "promotion_details", QStringLiteral("(sum of the discounts)"));
    if (discounts.value() > o.totalFee.minor())
        return reason("bad-discount", "promotion_details",
                      QStringLiteral("%1 above total_fee %2")
                          .arg(Money::fromMinor(discounts.value()).toDecimalString(), o.totalFee.toDecimalString()));
    return {};
}

} // namespace

QString validateOrder(const Order &o)
{
    if (o.tid <= 0)
        return reason("bad-id", "tid", QString::number(o.tid));
    if (o.locationId < 0)
        return reason("bad-id", "store_id", QString::number(o.locationId));
    if (o.createdMs <= 0)
        return reason("bad-time", "created", QString::number(o.createdMs));
    if (o.modifiedMs <= 0)
        return reason("bad-time", "modified", QString::number(o.modifiedMs));
    if (o.payTimeMs < 0)
        return reason("bad-time", "pay_time", QString::number(o.payTimeMs));
    if (countsAsSale(o.status) && o.payTimeMs == 0)
        return reason("missing-time", "pay_time", QStringLiteral("(status %1)").arg(toWire(o.status)));
    for (const auto &[amount, field] : {std::pair{o.payment, "payment"}, std::pair{o.totalFee, "total_fee"},
                                        std::pair{o.postFee, "post_fee"}})
        if (QString r = checkAmount(amount, field); !r.isEmpty())
            return r;

    QVarLengthArray<std::int64_t, 8> oids;
    CheckedSum payments, units;
    for (const OrderLine &l : o.lines) {
        if (l.oid <= 0)
            return reason("bad-id", "orders.order.oid", QString::number(l.oid));
        if (l.numIid <= 0)
            return reason("bad-id", "orders.order.num_iid", QString::number(l.numIid));
        if (l.skuId < 0)
            return reason("bad-id", "orders.order.sku_id", QString::number(l.skuId));
        if (l.num <= 0 || l.num > kMaxLineUnits)
            return reason("bad-num", "orders.order.num", QString::number(l.num));
        if (QString r = checkAmount(l.price, "orders.order.price"); !r.isEmpty())
            return r;
        if (QString r = checkAmount(l.payment, "orders.order.payment"); !r.isEmpty())
            return r;
        payments += l.payment.minor();
        units += l.num;
        oids.append(l.oid);
    }
    if (!payments.ok())
        return reason("amount-overflow", "orders.order.payment", QStringLiteral("(sum of the lines)"));
    if (!units.ok())
        return reason("amount-overflow", "orders.order.num", QStringLiteral("(sum of the lines)"));
    std::sort(oids.begin(), oids.end());
    if (auto dup = std::adjacent_find(oids.cbegin(), oids.cend()); dup != oids.cend())
        return QStringLiteral("duplicate-oid: ") + QString::number(*dup);
    return validatePromotions(o);
}

} // namespace mc::core
