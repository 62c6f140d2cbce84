// PublishConflictDialog: the platform has a newer version of the campaign than the one this
// console last saw (isv.campaign-version-conflict). Shows both sides field by field (ours,
// the version we tried to publish, and the platform's current one, with when it was saved),
// by translated labels and values as the merchant typed them (campaignchanges.h),
// and lets the merchant keep theirs or ours: "Keep mine" publishes ours over the platform's
// version, "Take theirs" saves the platform's campaign as a new local version.
#pragma once

#include "app/campaigns/campaignpublisher.h"
#include "ui/campaigns/campaignchanges.h"

#include <QDialog>

class QTableWidget;

namespace mc::ui {

class PublishConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishConflictDialog)

public:
    enum Choice { Later = 0, KeepMine, TakeTheirs };

    // `names`: the cached stores' and SKUs' names, shown beside their ids.
    explicit PublishConflictDialog(const campaigns::CampaignConflict &conflict, const CampaignNames &names = {},
                                   QWidget *parent = nullptr);
    // The fields that differ: label (the JSON name in Qt::UserRole), ours, theirs (tests read them).
    QTableWidget *table() const { return m_table; }
    // The dialog's result() is a Choice.

private:
    QTableWidget *m_table = nullptr;
};

} // namespace mc::ui
