#include "app/campaigns/campaignvalidation.h"

#include "app/campaigns/campaignpricing.h"
#include "app/core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

struct CampaignValidationText
{
    Q_DECLARE_TR_FUNCTIONS(mc::campaigns::CampaignValidation)
};

namespace {


QString yuan(std::int64_t fen) { return core::Money::fromMinor(fen).toDisplayString(QLocale()); }

QString beijing(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm"_s);
}

// The stores an in-store campaign reaches; nullopt: every store.
std::optional<QSet<std::int64_t>> storesOf(const CampaignSpec &c, const ValidationContext &ctx)
{
    QSet<std::int64_t> out;
    switch (c.storesBy) {
    case StoreSelection::All:
        return std::nullopt;
    case StoreSelection::List:
        return QSet<std::int64_t>(c.storeIds.begin(), c.storeIds.end());
    case StoreSelection::City:
    case StoreSelection::Province:
        for (auto it = ctx.stores.begin(); it != ctx.stores.end(); ++it)
            if (c.storesBy == StoreSelection::City ? c.cities.contains(it->city) : c.provinces.contains(it->province))
                out.insert(it.key());
        return out;
    }
    return out;
}

bool shareStores(const CampaignSpec &a, const CampaignSpec &b, const ValidationContext &ctx)
{
    const auto sa = storesOf(a, ctx);
    const auto sb = storesOf(b, ctx);
    if (!sa || !sb)
        return (!sa || !sa->isEmpty()) && (!sb || !sb->isEmpty());
    return sa->intersects(*sb);
}

bool shareChannel(const CampaignSpec &a, const CampaignSpec &b, const ValidationContext &ctx)
{
    const bool online = a.reach != Reach::InStore && b.reach != Reach::InStore;
    const bool inStore = a.reach != Reach::Online && b.reach != Reach::Online && shareStores(a, b, ctx);
    return online || inStore;
}

bool covers(const CampaignSpec &c, std::int64_t sku, const QString &category)
{
    if (c.excludedSkuIds.contains(sku))
        return false;
    switch (c.products) {
    case ProductScope::All:
        return true;
    case ProductScope::Categories:
        return c.categories.contains(category);
    case ProductScope::Skus:
        return c.skuIds.contains(sku);
    }
    return false;
}

} // namespace

bool overlaps(const CampaignSpec &a, const CampaignSpec &b, const ValidationContext &ctx, std::int64_t *sku)
{
    if (sku)
        *sku = 0;
    if (a.startsMs >= b.endsMs || b.startsMs >= a.endsMs || !shareChannel(a, b, ctx))
        return false;
    // SKUs named by either side, then the cached catalog.
    QList<std::int64_t> candidates = a.skuIds + b.skuIds;
    for (auto it = ctx.skus.begin(); it != ctx.skus.end(); ++it)
        candidates.append(it.key());
    for (std::int64_t s : candidates) {
        const QString category = ctx.skus.value(s).category;
        if (covers(a, s, category) && covers(b, s, category)) {
            if (sku)
                *sku = s;
            return true;
        }
    }
    return a.products == ProductScope::All && b.products == ProductScope::All && ctx.skus.isEmpty();
}

QList<ValidationIssue> validate(const CampaignSpec &c, const ValidationContext &ctx)
{
    QList<ValidationIssue> issues;
    auto issue = [&](const char *code, const QString &message) { issues.append({QString::fromLatin1(code), message}); };
    if (c.name.trimmed().isEmpty())
        issue("name", CampaignValidationText::tr("Give the campaign a name."));

    switch (c.type) {
    case CampaignType::ThresholdOff:
        if (c.thresholdFen <= 0 || c.amountFen <= 0)
            issue("discount", CampaignValidationText::tr("Enter both the spend threshold and the amount off."));
        else if (c.amountFen >= c.thresholdFen)
            issue("discount-above-price", CampaignValidationText::tr("%1 off every %2 is a discount at or above the price it applies to.")
                                              .arg(yuan(c.amountFen), yuan(c.thresholdFen)));
        break;
    case CampaignType::PercentOff:
        if (c.basisPoints <= 0)
            issue("discount", CampaignValidationText::tr("Enter a percentage off above 0 %."));
        else if (c.basisPoints >= 10'000)
            issue("discount-above-price", CampaignValidationText::tr("A percentage off of 100 % or more gives the goods away."));
        break;
    case CampaignType::FixedPrice:
        if (c.fixedPriceFen <= 0)
            issue("discount", CampaignValidationText::tr("Enter a fixed price above ¥0.00."));
        break;
    case CampaignType::Voucher:
        if (c.faceValueFen <= 0)
            issue("discount", CampaignValidationText::tr("Enter the voucher's face value."));
        else if (c.thresholdFen > 0 && c.faceValueFen > c.thresholdFen)
            issue("discount-above-price", CampaignValidationText::tr("A voucher of %1 is worth more than the minimum spend of %2.")
                                              .arg(yuan(c.faceValueFen), yuan(c.thresholdFen)));
        if (c.voucherQuantity < 1 || c.voucherQuantity > 100'000)
            issue("voucher-quantity", CampaignValidationText::tr("Issue between 1 and 100,000 vouchers."));
        break;
    }
    // A discount above the price of a SKU the campaign names.
    for (std::int64_t sku : c.products == ProductScope::Skus ? c.skuIds : QList<std::int64_t>{}) {
        const auto it = ctx.skus.constFind(sku);
        if (it == ctx.skus.constEnd())
            continue;
        const bool above = (c.type == CampaignType::FixedPrice && c.fixedPriceFen >= it->priceFen) ||
                           (c.type == CampaignType::Voucher && c.thresholdFen == 0 && c.faceValueFen > it->priceFen);
        if (above) {
            issue("discount-above-price", CampaignValidationText::tr("SKU %1 costs %2: the campaign's price or voucher is not below it.")
                                              .arg(sku)
                                              .arg(yuan(it->priceFen)));
            break;
        }
    }

    if (c.endsMs <= c.startsMs)
        issue("window", CampaignValidationText::tr("The campaign must end after it starts."));
    else if (c.endsMs <= ctx.nowMs)
        issue("window-past", CampaignValidationText::tr("The window %1 – %2 (Beijing time) is in the past.")
                                 .arg(beijing(c.startsMs), beijing(c.endsMs)));

    if (c.reach != Reach::Online) {
        const bool none = (c.storesBy == StoreSelection::List && c.storeIds.isEmpty()) ||
                          (c.storesBy == StoreSelection::City && c.cities.isEmpty()) ||
                          (c.storesBy == StoreSelection::Province && c.provinces.isEmpty());
        const auto stores = storesOf(c, ctx);
        if (none || (stores && stores->isEmpty() && !ctx.stores.isEmpty()))
            issue("stores", CampaignValidationText::tr("Choose at least one store: none of the chosen cities or provinces has one."));
    }
    if ((c.products == ProductScope::Categories && c.categories.isEmpty()) ||
        (c.products == ProductScope::Skus && c.skuIds.isEmpty()))
        issue("products", CampaignValidationText::tr("Choose at least one category or SKU."));

    if (c.budgetFen < 0)
        issue("budget", CampaignValidationText::tr("The budget cannot be negative."));
    else if (c.budgetFen > 0 && c.budgetFen < oneUseCost(c))
        issue("budget-below-use", CampaignValidationText::tr("The budget of %1 is below the cost of one use (%2).")
                                      .arg(yuan(c.budgetFen), yuan(oneUseCost(c))));
    if (c.perBuyerLimit < 0)
        issue("per-buyer", CampaignValidationText::tr("The per-buyer limit cannot be negative."));

    for (const CampaignSpec &other : ctx.others) {
        if (other.id == c.id)
            continue;
        std::int64_t sku = 0;
        if (overlaps(c, other, ctx, &sku))
            issue("overlap", sku ? CampaignValidationText::tr("Overlaps with “%1” on SKU %2 in the same reach and window.").arg(other.name).arg(sku)
                                 : CampaignValidationText::tr("Overlaps with “%1” on the same products, reach and window.").arg(other.name));
    }
    return issues;
}

} // namespace mc::campaigns
