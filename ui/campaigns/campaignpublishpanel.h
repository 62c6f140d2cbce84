// Publishing the selected campaign from the page: "Publish" records its newest version in the
// ledger's outbox (sent with its idempotency key on the platform client's thread, again after
// a restart if the platform did not answer); the answer, a refusal or a version conflict come
// back here. A conflict opens PublishConflictDialog with both sides (not modal on a nested
// event loop), and the choice goes back to the desk: publish mine over theirs, or take theirs.
#pragma once

#include "app/campaigns/campaignplatformdesk.h"
#include "app/campaigns/campaignstore.h"
#include "ui/campaigns/campaignchanges.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace mc::ui {

class CampaignPublishPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignPublishPanel)

public:
    explicit CampaignPublishPanel(QWidget *parent = nullptr);
    ~CampaignPublishPanel() override;

    void setDesk(mc::campaigns::CampaignPlatformDesk *desk);
    void setAuthor(const QString &author) { m_author = author; }
    // Store and SKU names for the conflict dialog.
    void setNames(const CampaignNames &names) { m_names = names; }
    // The campaign's newest version, with its publishing state.
    void setCampaign(const mc::campaigns::CampaignVersion &newest);
    // What a conflict asks (tests answer without the dialog): a PublishConflictDialog::Choice.
    void setConflictResolver(std::function<int(const mc::campaigns::CampaignConflict &)> resolver)
    {
        m_resolve = std::move(resolver);
    }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void publish();

Q_SIGNALS:
    // A version was published or taken from the platform: the list's status changed.
    void campaignChanged(const QString &campaignId);

private:
    void showConflict(const mc::campaigns::CampaignConflict &conflict);
    void decide(const mc::campaigns::CampaignConflict &conflict, int choice);
    template<typename F> void onDesk(F &&call);

    QPointer<mc::campaigns::CampaignPlatformDesk> m_desk;
    QList<QMetaObject::Connection> m_connections;
    QString m_author;
    mc::campaigns::CampaignVersion m_newest;
    bool m_waiting = false;
    std::function<int(const mc::campaigns::CampaignConflict &)> m_resolve;
    CampaignNames m_names;
    QLabel *m_status = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace mc::ui
