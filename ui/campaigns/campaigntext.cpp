#include "ui/campaigns/campaigntext.h"

#include "app/core/money.h"
#include "ui/campaigns/campaignspage.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mc::ui {

QString campaignMoney(std::int64_t fen)
{
    return core::Money::fromMinor(fen).toDisplayString(QLocale());
}

QString campaignTime(std::int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)), u"yyyy-MM-dd HH:mm"_s);
}

QString campaignReachText(const campaigns::CampaignSpec &c)
{
    const QString where = c.reach == campaigns::Reach::Online    ? CampaignsPage::tr("Online")
                          : c.reach == campaigns::Reach::InStore ? CampaignsPage::tr("In store")
                                                                 : CampaignsPage::tr("Online + in store");
    if (c.reach == campaigns::Reach::Online || c.storesBy == campaigns::StoreSelection::All)
        return where;
    const QString which = c.storesBy == campaigns::StoreSelection::City ? c.cities.join(u", "_s)
                          : c.storesBy == campaigns::StoreSelection::Province
                              ? c.provinces.join(u", "_s)
                              : CampaignsPage::tr("%n store(s)", nullptr, int(c.storeIds.size()));
    return where + u" · "_s + which;
}

QString campaignDiscountText(const campaigns::CampaignSpec &c)
{
    switch (c.type) {
    case campaigns::CampaignType::ThresholdOff:
        return CampaignsPage::tr("Every %1, %2 off").arg(campaignMoney(c.thresholdFen), campaignMoney(c.amountFen));
    case campaigns::CampaignType::PercentOff:
        return CampaignsPage::tr("%1 % off").arg(core::Money::fromMinor(c.basisPoints).toDecimalString());
    case campaigns::CampaignType::FixedPrice:
        return CampaignsPage::tr("Fixed price %1").arg(campaignMoney(c.fixedPriceFen));
    case campaigns::CampaignType::Voucher:
        return CampaignsPage::tr("Voucher %1").arg(campaignMoney(c.faceValueFen));
    }
    return {};
}

} // namespace mc::ui
