// CampaignStore: the campaigns this console edits, in ledger.sqlite (table campaign_versions):
// every save is a new version with its author and time; a rollback saves an earlier version
// again as the newest; publishing is noted on the version that was sent. Drafts are edited
// offline; nothing here talks to the platform (campaignpublisher.h does).
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/core/clock.h"
#include "app/core/result.h"

#include <QList>
#include <QString>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

struct CampaignVersion
{
    CampaignSpec spec;
    int version = 0;
    QString author;
    std::int64_t savedMs = 0;
    QString note;
    QString publishState; // draft, publishing, published, conflict, rejected
    QString outboxId;
    std::int64_t platformVersion = 0;
    std::int64_t publishedMs = 0;
    QString publishNote;
};

struct FieldChange
{
    QString field; // the JSON name ("threshold", "store_ids", ...)
    QString before;
    QString after;
};

// The fields that differ between two versions, in the JSON's field order.
QList<FieldChange> diff(const CampaignSpec &before, const CampaignSpec &after);

class CampaignStore
{
public:
    CampaignStore(storage::Database &ledger, const core::Clock &clock) : m_db(ledger), m_clock(clock) {}

    // Saves `spec` as the campaign's next version; returns its number.
    core::Result<int> save(const CampaignSpec &spec, const QString &author, const QString &note = {});
    // Saves version `version` again as the newest ("rollback to version N").
    core::Result<int> rollback(const QString &campaignId, int version, const QString &author);

    core::Result<QList<CampaignVersion>> versions(const QString &campaignId); // oldest first
    core::Result<CampaignVersion> version(const QString &campaignId, int version); // 0: the newest
    core::Result<QList<CampaignVersion>> newest();                             // one per campaign, by name
    // The platform version this console last saw for the campaign (0: never published).
    core::Result<std::int64_t> lastPlatformVersion(const QString &campaignId);

    core::Status notePublishing(const QString &campaignId, int version, const QString &outboxId);
    core::Status notePublished(const QString &campaignId, int version, std::int64_t platformVersion);
    core::Status noteRefused(const QString &campaignId, int version, const QString &state, const QString &note);

private:
    core::Result<QList<CampaignVersion>> query(const QString &where, const QString &campaignId, int version);

    storage::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mc::campaigns
