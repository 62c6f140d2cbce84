// CampaignPublisher: publishes a saved version through the ledger's outbox (kind
// 'campaign.publish', the outbox id is the idempotency key), so a crash or a dropped
// connection between the call and its answer never publishes twice, and a version recorded
// offline goes out once the platform answers. mc.campaign.save carries the platform version
// this console last saw; a newer one on the platform (another console published meanwhile) is
// a conflict: the platform's side is fetched with mc.campaigns.get and both are surfaced, and
// the merchant chooses (publish ours over theirs, or take theirs as a new local version).
// Lives on the thread of its platform client.
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/core/result.h"

#include <QJsonObject>
#include <QObject>

namespace mc::platform {
class PlatformClient;
}
namespace mc::sync {
class LedgerStore;
}
namespace mc::storage {
class Database;
}

namespace mc::campaigns {

class CampaignStore;

struct CampaignConflict
{
    QString campaignId;
    int localVersion = 0;         // the version we tried to publish
    CampaignSpec ours;
    CampaignSpec theirs;          // as the platform has it
    std::int64_t platformVersion = 0; // theirs
    QString modified;             // when theirs was saved (platform time)
    QString message;              // the platform's words
};

inline const QString kCampaignPublishKind = QStringLiteral("campaign.publish");

class CampaignPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignPublisher)

public:
    CampaignPublisher(platform::PlatformClient &client, sync::LedgerStore &ledger, CampaignStore &campaigns,
                      storage::Database &cache, QObject *parent = nullptr);

    // Records version `version` (0: the newest) for publishing, expecting the platform to be at
    // `expectedPlatformVersion` (-1: the version this console last saw), and sends what is due.
    // Returns the outbox id.
    core::Result<QString> publish(const QString &campaignId, int version, const QString &author,
                                  std::int64_t expectedPlatformVersion = -1);
    // Theirs wins: saves the platform's campaign as a new local version, noted as published.
    core::Result<int> takeTheirs(const CampaignConflict &conflict, const QString &author);

    // Sends the pending publications, oldest first.
    void pushDue();

Q_SIGNALS:
    void published(const QString &campaignId, int localVersion, qint64 platformVersion);
    void conflict(const mc::campaigns::CampaignConflict &conflict);
    void rejected(const QString &campaignId, int localVersion, const QString &reason);

private:
    void sendNext(QList<QJsonObject> queue);

    platform::PlatformClient &m_client;
    sync::LedgerStore &m_ledger;
    CampaignStore &m_campaigns;
    storage::Database &m_cache;
    bool m_busy = false;
};

} // namespace mc::campaigns

Q_DECLARE_METATYPE(mc::campaigns::CampaignConflict)
