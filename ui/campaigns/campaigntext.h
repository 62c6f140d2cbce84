// How a campaign reads in the console: its discount and its reach as one short line each
// (the Campaigns page's list, the voucher panel, the QR sheet). Translated in the
// CampaignsPage context.
#pragma once

#include "app/campaigns/campaignspec.h"

#include <QString>

namespace mc::ui {

QString campaignMoney(std::int64_t fen);
// "2026-11-11 00:00" in Beijing time.
QString campaignTime(std::int64_t ms);
QString campaignReachText(const campaigns::CampaignSpec &campaign);
QString campaignDiscountText(const campaigns::CampaignSpec &campaign);

} // namespace mc::ui
