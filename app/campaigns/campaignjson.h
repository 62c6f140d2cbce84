// Campaigns and rehearsals as JSON: the export/import format of `merchant-console campaign`
// and of the page, and the stored form of every version. Money is a decimal string in yuan
// ("300.00", exact), times are Beijing time "yyyy-MM-dd HH:mm:ss" (the platform's format).
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/campaigns/rehearsal.h"
#include "app/core/result.h"

#include <QJsonObject>

namespace mc::campaigns {

QJsonObject toJson(const CampaignSpec &campaign);
// Strict: unknown enum names, bad money or times, negative numbers are errors naming the field.
core::Result<CampaignSpec> campaignFromJson(const QJsonObject &object);

QJsonObject toJson(const RehearsalResult &rehearsal);

} // namespace mc::campaigns
