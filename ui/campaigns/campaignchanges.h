// The differences between two versions of a campaign as a merchant reads them: each field by
// its translated label ("Amount off", 减免金额), each side's value formatted (yuan from fen,
// Beijing times, reach and stores in words, stores and SKUs by name when known). Used by the
// version diff and the publish conflict dialog. Translated in the mc::ui::CampaignChanges context.
#pragma once

#include "app/campaigns/campaignspec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>

namespace mc::ui {

// Names the console knows for ids (the cached stores and catalog); an unknown id is shown as a number.
struct CampaignNames
{
    QHash<std::int64_t, QString> stores;
    QHash<std::int64_t, QString> skus;
};

struct CampaignChange
{
    QString field; // the JSON name ("amount_off"), stable, for tests and the headless diff
    QString label; // translated ("Amount off")
    QString before;
    QString after;
};

// The fields that differ (campaigns::diff), in the editor's order.
QList<CampaignChange> campaignChanges(const campaigns::CampaignSpec &before, const campaigns::CampaignSpec &after,
                                      const CampaignNames &names = {});
// One field's label and one side's value (the JSON name as in campaignjson.cpp).
QString campaignFieldLabel(const QString &field);
QString campaignFieldValue(const QString &field, const campaigns::CampaignSpec &campaign,
                           const CampaignNames &names = {});

} // namespace mc::ui
