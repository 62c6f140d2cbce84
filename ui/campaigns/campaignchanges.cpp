#include "ui/campaigns/campaignchanges.h"

#include "app/campaigns/campaignstore.h"
#include "app/core/money.h"
#include "ui/campaigns/campaigntext.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace mc::ui {

struct CampaignChanges
{
    Q_DECLARE_TR_FUNCTIONS(mc::ui::CampaignChanges)
};

namespace {

struct FieldLabel
{
    const char16_t *field;
    const char *label;
};

// The editor's order; the JSON names are campaignjson.cpp's.
constexpr FieldLabel kFields[] = {
    {u"name", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Name")},
    {u"type", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Type")},
    {u"threshold", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Every / minimum spend")},
    {u"amount_off", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Amount off")},
    {u"basis_points", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Percentage off")},
    {u"fixed_price", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Fixed price")},
    {u"face_value", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Face value")},
    {u"reach", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Reach")},
    {u"stores_by", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Stores chosen by")},
    {u"store_ids", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Stores")},
    {u"cities", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Cities")},
    {u"provinces", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Provinces")},
    {u"products", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Products")},
    {u"categories", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Categories")},
    {u"sku_ids", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "SKUs")},
    {u"excluded_sku_ids", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Except SKUs")},
    {u"starts", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Starts (Beijing time)")},
    {u"ends", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Ends (Beijing time)")},
    {u"budget", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Budget")},
    {u"per_buyer_limit", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Per buyer")},
    {u"voucher_quantity", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Vouchers to issue")},
    {u"id", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Campaign id")},
    {u"format", QT_TRANSLATE_NOOP("mc::ui::CampaignChanges", "Format")},
};

int rank(const QString &field)
{
    const auto *it = std::find_if(std::begin(kFields), std::end(kFields),
                                  [&](const FieldLabel &f) { return field == QStringView(f.field); });
    return int(it - std::begin(kFields));
}

QString listText(const QStringList &parts)
{
    return parts.isEmpty() ? CampaignChanges::tr("none") : parts.join(CampaignChanges::tr(", "));
}

// "Store 1001" or the store's name with its id: "悦选 上海万达店 (1001)".
QString named(const QHash<std::int64_t, QString> &names, std::int64_t id, const QString &fallback)
{
    const QString name = names.value(id);
    return name.isEmpty() ? fallback : name + u" ("_s + QString::number(id) + u')';
}

QString stores(const QList<std::int64_t> &ids, const CampaignNames &names)
{
    QStringList parts;
    for (std::int64_t id : ids)
        parts.append(named(names.stores, id, CampaignChanges::tr("Store %1").arg(id)));
    return listText(parts);
}

QString skus(const QList<std::int64_t> &ids, const CampaignNames &names)
{
    QStringList parts;
    for (std::int64_t id : ids)
        parts.append(named(names.skus, id, CampaignChanges::tr("SKU %1").arg(id)));
    return listText(parts);
}

QString typeText(campaigns::CampaignType type)
{
    switch (type) {
    case campaigns::CampaignType::ThresholdOff:
        return CampaignChanges::tr("Every threshold, amount off (满减)");
    case campaigns::CampaignType::PercentOff:
        return CampaignChanges::tr("Percentage off");
    case campaigns::CampaignType::FixedPrice:
        return CampaignChanges::tr("Fixed price");
    case campaigns::CampaignType::Voucher:
        return CampaignChanges::tr("Voucher of a face value");
    }
    return {};
}

QString reachText(campaigns::Reach reach)
{
    switch (reach) {
    case campaigns::Reach::Both:
        return CampaignChanges::tr("Online and in store");
    case campaigns::Reach::Online:
        return CampaignChanges::tr("Online only");
    case campaigns::Reach::InStore:
        return CampaignChanges::tr("In store only");
    }
    return {};
}

QString storesByText(campaigns::StoreSelection by)
{
    switch (by) {
    case campaigns::StoreSelection::All:
        return CampaignChanges::tr("All stores");
    case campaigns::StoreSelection::List:
        return CampaignChanges::tr("A list of stores");
    case campaigns::StoreSelection::City:
        return CampaignChanges::tr("City");
    case campaigns::StoreSelection::Province:
        return CampaignChanges::tr("Province");
    }
    return {};
}

QString productsText(campaigns::ProductScope scope)
{
    switch (scope) {
    case campaigns::ProductScope::All:
        return CampaignChanges::tr("All products");
    case campaigns::ProductScope::Categories:
        return CampaignChanges::tr("Categories");
    case campaigns::ProductScope::Skus:
        return CampaignChanges::tr("SKUs");
    }
    return {};
}

} // namespace

QString campaignFieldLabel(const QString &field)
{
    const int i = rank(field);
    return i < int(std::size(kFields)) ? CampaignChanges::tr(kFields[i].label) : field;
}

QString campaignFieldValue(const QString &field, const campaigns::CampaignSpec &c, const CampaignNames &names)
{
    const auto is = [&field](QStringView name) { return field == name; };
    if (is(u"name"))
        return c.name;
    if (is(u"type"))
        return typeText(c.type);
    if (is(u"threshold"))
        return campaignMoney(c.thresholdFen);
    if (is(u"amount_off"))
        return campaignMoney(c.amountFen);
    if (is(u"basis_points"))
        return CampaignChanges::tr("%1 %").arg(core::Money::fromMinor(c.basisPoints).toDecimalString());
    if (is(u"fixed_price"))
        return campaignMoney(c.fixedPriceFen);
    if (is(u"face_value"))
        return campaignMoney(c.faceValueFen);
    if (is(u"reach"))
        return reachText(c.reach);
    if (is(u"stores_by"))
        return storesByText(c.storesBy);
    if (is(u"store_ids"))
        return stores(c.storeIds, names);
    if (is(u"cities"))
        return listText(c.cities);
    if (is(u"provinces"))
        return listText(c.provinces);
    if (is(u"products"))
        return productsText(c.products);
    if (is(u"categories"))
        return listText(c.categories);
    if (is(u"sku_ids"))
        return skus(c.skuIds, names);
    if (is(u"excluded_sku_ids"))
        return skus(c.excludedSkuIds, names);
    if (is(u"starts"))
        return campaignTime(c.startsMs);
    if (is(u"ends"))
        return campaignTime(c.endsMs);
    if (is(u"budget"))
        return c.budgetFen > 0 ? campaignMoney(c.budgetFen) : CampaignChanges::tr("no cap");
    if (is(u"per_buyer_limit"))
        return c.perBuyerLimit > 0 ? CampaignChanges::tr("%n order(s)", nullptr, c.perBuyerLimit)
                                   : CampaignChanges::tr("no limit");
    if (is(u"voucher_quantity"))
        return QLocale().toString(c.voucherQuantity);
    if (is(u"id"))
        return c.id;
    return {};
}

QList<CampaignChange> campaignChanges(const campaigns::CampaignSpec &before, const campaigns::CampaignSpec &after,
                                      const CampaignNames &names)
{
    QList<CampaignChange> out;
    for (const campaigns::FieldChange &f : campaigns::diff(before, after))
        out.append({f.field, campaignFieldLabel(f.field), campaignFieldValue(f.field, before, names),
                    campaignFieldValue(f.field, after, names)});
    std::stable_sort(out.begin(), out.end(),
                     [](const CampaignChange &a, const CampaignChange &b) { return rank(a.field) < rank(b.field); });
    return out;
}

} // namespace mc::ui
