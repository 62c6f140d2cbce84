// The dashboard's Campaigns tile: today's discount cost of the campaigns the platform applied
// (promotion_details), and for the largest few their orders and cost online and in store and
// their cost to date against the budget. Hidden while no campaign is live or used today.
#pragma once

#include "app/core/campaignday.h"
#include "ui/dashboard/sectioncard.h"

#include <QList>

class QGridLayout;

namespace mc::ui {

class AccentLabel;
class FigureFormat;

class CampaignsTile final : public SectionCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsTile)

public:
    static constexpr int kRowsShown = 3;

    explicit CampaignsTile(QWidget *parent = nullptr);
    ~CampaignsTile() override;

    void showCampaigns(const QList<core::CampaignToday> &campaigns, const FigureFormat &format);
    void setTypeScale(qreal scale) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *online = nullptr;
        QLabel *inStore = nullptr;
        AccentLabel *budget = nullptr;
    };

    QLabel *m_value = nullptr;
    AccentLabel *m_note = nullptr;
    QList<QLabel *> m_headers;
    QList<Row> m_rows;
};

} // namespace mc::ui
