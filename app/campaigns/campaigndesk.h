// CampaignDesk: what the Campaigns page asks for, on a thread of its own (never the GUI's):
// the campaigns with their status and cost so far, saving versions, rollback, versions of
// one campaign, validation, and the rehearsal. It opens its own connections: the ledger
// (campaign_versions) and a cache reader. Answers come back as queued signals of value types.
#pragma once

#include "app/campaigns/campaignchoices.h"
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaignvalidation.h"
#include "app/campaigns/rehearsal.h"
#include "app/core/campaignday.h"
#include "app/core/clock.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

enum class CampaignStatus { Draft, Scheduled, Live, Ended };
QString statusName(CampaignStatus status); // translated, context mc::campaigns::CampaignDesk

// Draft until a version is published; then by the window: scheduled, live, ended.
CampaignStatus statusOf(const CampaignVersion &newest, bool everPublished, std::int64_t nowMs);

struct CampaignRow
{
    CampaignVersion newest;
    CampaignStatus status = CampaignStatus::Draft;
    std::int64_t costSoFarFen = 0; // the campaign applied to the cached orders of its window until now
    std::int64_t ordersSoFar = 0;
    core::CampaignToday today; // as the platform applied it (promotion_details), campaigntoday.h
};

class CampaignDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDesk)

public:
    CampaignDesk(QString dataDir, const core::Clock &clock, QObject *parent = nullptr);
    ~CampaignDesk() override;

    // Call on the desk's thread (QMetaObject::invokeMethod with a lambda).
    void refresh();
    void save(const mc::campaigns::CampaignSpec &spec, const QString &author);
    void rollback(const QString &campaignId, int version, const QString &author);
    void loadVersions(const QString &campaignId);
    // `ticket` comes back with the answer, so the asker can drop answers to an older question.
    void check(const mc::campaigns::CampaignSpec &spec, quint64 ticket = 0);
    void rehearse(const mc::campaigns::CampaignSpec &spec, qint64 fromMs, qint64 toMs);
    // The cached SKUs, categories and stores for the editor's pickers (choicesLoaded).
    void loadChoices();
    // Any thread: stops a running rehearsal.
    void cancelRehearsal() { m_cancel = true; }

Q_SIGNALS:
    void listed(const QList<mc::campaigns::CampaignRow> &rows);
    void versionsLoaded(const QString &campaignId, const QList<mc::campaigns::CampaignVersion> &versions);
    void checked(quint64 ticket, const QList<mc::campaigns::ValidationIssue> &issues);
    void saved(const QString &campaignId, int version);
    void rehearsed(const mc::campaigns::RehearsalResult &result);
    void choicesLoaded(const mc::campaigns::CampaignChoices &choices);
    void failed(const QString &message);

private:
    bool open();
    ValidationContext context();

    QString m_dataDir;
    const core::Clock &m_clock;
    std::unique_ptr<storage::Database> m_ledger;
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<CampaignStore> m_store;
    std::atomic_bool m_cancel = false;
};

} // namespace mc::campaigns

Q_DECLARE_METATYPE(mc::campaigns::CampaignSpec)
Q_DECLARE_METATYPE(mc::campaigns::CampaignRow)
Q_DECLARE_METATYPE(mc::campaigns::CampaignVersion)
Q_DECLARE_METATYPE(mc::campaigns::ValidationIssue)
Q_DECLARE_METATYPE(mc::campaigns::RehearsalResult)
