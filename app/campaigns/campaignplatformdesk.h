// CampaignPlatformDesk: what the Campaigns page asks of the platform, on the thread of the
// runtime's platform client (the sync thread): publishing a campaign through the outbox
// (CampaignPublisher) with the version conflict surfaced for the page to decide, and issuing
// its vouchers in batches (VoucherIssuer) with progress and cancel. The vouchers' plan and
// every issued batch are in the ledger, so issuing resumes after a restart without issuing
// twice. It uses the sync engine's ledger connection and opens a cache reader of its own
// (the stores and SKUs a campaign's reach resolves to). Answers come back as queued signals.
#pragma once

#include "app/campaigns/campaignpublisher.h"
#include "app/campaigns/voucherissuer.h"
#include "app/core/clock.h"

#include <QObject>

#include <memory>

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

class CampaignPlatformDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignPlatformDesk)

public:
    CampaignPlatformDesk(QString dataDir, const core::Clock &clock, platform::PlatformClient &client,
                         sync::LedgerStore &ledger, QObject *parent = nullptr);
    ~CampaignPlatformDesk() override;

    // Call these on the desk's thread (QMetaObject::invokeMethod with a lambda).
    // Sends what the outbox still holds (publications recorded before a restart or offline).
    void resumePublishing();
    // Publishes the newest version; published(), conflict() or rejected() tell the outcome.
    void publish(const QString &campaignId, const QString &author);
    // After a conflict: ours over theirs (the platform's version it named) ...
    void keepMine(const mc::campaigns::CampaignConflict &conflict, const QString &author);
    // ... or theirs as a new local version.
    void takeTheirs(const mc::campaigns::CampaignConflict &conflict, const QString &author);
    // Plans the newest version's vouchers (once) and issues what is not issued yet.
    void issueVouchers(const QString &campaignId);
    // Tells voucherState() how far the campaign's vouchers are (nothing planned: 0 of 0).
    void loadVoucherState(const QString &campaignId);
    // The issued codes, in batch order (vouchersListed()).
    void listVouchers(const QString &campaignId);
    // Any thread: stops issuing after the batch under way.
    void cancelVouchers();

Q_SIGNALS:
    void published(const QString &campaignId, int localVersion, qint64 platformVersion);
    void conflict(const mc::campaigns::CampaignConflict &conflict);
    void rejected(const QString &campaignId, int localVersion, const QString &reason);
    // A version recorded for publishing (the outbox sends it when the platform answers).
    void publishRecorded(const QString &campaignId, const QString &outboxId);
    void voucherState(const QString &campaignId, int issued, int planned, bool running);
    void vouchersFinished(const QString &campaignId, int issued, int planned, bool cancelled);
    void vouchersListed(const QString &campaignId, const QList<mc::campaigns::IssuedVoucher> &vouchers);
    void failed(const QString &campaignId, const QString &message);

private:
    bool open(const QString &campaignId);

    QString m_dataDir;
    const core::Clock &m_clock;
    platform::PlatformClient &m_client;
    sync::LedgerStore &m_ledger;
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<CampaignStore> m_store;
    CampaignPublisher *m_publisher = nullptr;
    VoucherIssuer *m_issuer = nullptr;
    QString m_issuing; // the campaign whose vouchers are being issued (empty: none)
};

} // namespace mc::campaigns

