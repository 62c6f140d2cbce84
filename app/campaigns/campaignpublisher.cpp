// Outbox -> mc.campaign.save (version, idempotency_key); a conflict fetches mc.campaigns.get.
#include "app/campaigns/campaignpublisher.h"

#include "app/campaigns/campaignjson.h"
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaignwire.h"
#include "app/platform/platformclient.h"
#include "app/protocol/errors.h"
#include "app/sync/ledgerstore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

constexpr std::int64_t kRetryMs = 30'000;

std::int64_t platformVersionIn(const QString &message) // "the campaign is at version N, not M"
{
    static const QRegularExpression kAt(u"at version (\\d+)"_s);
    const auto m = kAt.match(message);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

CampaignPublisher::CampaignPublisher(platform::PlatformClient &client, sync::LedgerStore &ledger,
                                     CampaignStore &campaigns, storage::Database &cache, QObject *parent)
    : QObject(parent), m_client(client), m_ledger(ledger), m_campaigns(campaigns), m_cache(cache)
{
}

core::Result<QString> CampaignPublisher::publish(const QString &campaignId, int version, const QString &author,
                                                 std::int64_t expectedPlatformVersion)
{
    auto saved = m_campaigns.version(campaignId, version);
    if (!saved)
        return saved.error();
    auto scope = resolveWireScope(m_cache, saved.value().spec);
    if (!scope)
        return scope.error();
    if (expectedPlatformVersion < 0) {
        auto last = m_campaigns.lastPlatformVersion(campaignId);
        if (!last)
            return last.error();
        expectedPlatformVersion = last.value();
    }
    QJsonObject params;
    for (const auto &[name, value] : saveParameters(saved.value().spec, scope.value(), expectedPlatformVersion, "published"))
        params.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    const QJsonObject payload{{u"campaign_id"_s, campaignId},
                              {u"local_version"_s, saved.value().version},
                              {u"params"_s, params}};
    auto id = m_ledger.record(kCampaignPublishKind, payload, author,
                              u"publish campaign %1 version %2"_s.arg(campaignId).arg(saved.value().version));
    if (!id)
        return id.error();
    if (auto s = m_campaigns.notePublishing(campaignId, saved.value().version, id.value()); !s)
        return s.error();
    pushDue();
    return id.value();
}

core::Result<int> CampaignPublisher::takeTheirs(const CampaignConflict &c, const QString &author)
{
    CampaignSpec theirs = c.theirs;
    // What the platform does not keep stays as we had it.
    theirs.budgetFen = c.ours.budgetFen;
    theirs.perBuyerLimit = c.ours.perBuyerLimit;
    theirs.voucherQuantity = c.ours.voucherQuantity;
    auto version = m_campaigns.save(theirs, author, u"taken from the platform (version %1)"_s.arg(c.platformVersion));
    if (!version)
        return version.error();
    if (auto s = m_campaigns.notePublished(c.campaignId, version.value(), c.platformVersion); !s)
        return s.error();
    return version.value();
}

void CampaignPublisher::pushDue()
{
    if (m_busy)
        return;
    auto due = m_ledger.due(kCampaignPublishKind, 20);
    if (!due) {
        qWarning().noquote() << "campaign outbox unreadable:" << due.error().toString();
        return;
    }
    QList<QJsonObject> queue;
    for (const sync::OutboxEntry &e : due.value()) {
        QJsonObject p = e.payload;
        p.insert(u"outbox_id"_s, e.id);
        queue.append(p);
    }
    m_busy = true;
    sendNext(std::move(queue));
}

void CampaignPublisher::sendNext(QList<QJsonObject> queue)
{
    if (queue.isEmpty()) {
        m_busy = false;
        return;
    }
    const QJsonObject entry = queue.takeFirst();
    const QString outboxId = entry.value(u"outbox_id"_s).toString();
    const QString campaignId = entry.value(u"campaign_id"_s).toString();
    const int localVersion = int(entry.value(u"local_version"_s).toInteger());
    protocol::Parameters params;
    const QJsonObject wire = entry.value(u"params"_s).toObject();
    for (auto it = wire.begin(); it != wire.end(); ++it)
        params.emplace(it.key().toLatin1(), it.value().toString().toUtf8());
    params.emplace("idempotency_key", outboxId.toLatin1());
    m_client.call("mc.campaign.save", std::move(params), [=, this](const platform::CallOutcome &outcome) {
        if (outcome.ok()) {
            const std::int64_t platformVersion =
                outcome.body.value(u"campaign"_s).toObject().value(u"version"_s).toInteger();
            (void)m_ledger.markDone(outboxId, u"acked"_s, {});
            (void)m_campaigns.notePublished(campaignId, localVersion, platformVersion);
            Q_EMIT published(campaignId, localVersion, platformVersion);
        } else if (outcome.error->subCode == protocol::subc::kCampaignVersionConflict) {
            (void)m_ledger.markDone(outboxId, u"conflict"_s, outcome.error->message);
            (void)m_campaigns.noteRefused(campaignId, localVersion, u"conflict"_s, outcome.error->message);
            CampaignConflict c;
            c.campaignId = campaignId;
            c.localVersion = localVersion;
            c.message = outcome.error->message;
            c.platformVersion = platformVersionIn(outcome.error->message);
            if (auto ours = m_campaigns.version(campaignId, localVersion))
                c.ours = ours.value().spec;
            m_client.call("mc.campaigns.get", {{"campaign_id", campaignId.toUtf8()}},
                          [this, c](const platform::CallOutcome &got) mutable {
                              const QJsonArray list =
                                  got.body.value(u"campaigns"_s).toObject().value(u"campaign"_s).toArray();
                              if (got.ok() && !list.isEmpty()) {
                                  const QJsonObject theirs = list.first().toObject();
                                  c.theirs = fromPlatform(theirs);
                                  c.platformVersion = theirs.value(u"version"_s).toInteger();
                                  c.modified = theirs.value(u"modified"_s).toString();
                              }
                              Q_EMIT conflict(c);
                          });
        } else if (outcome.error->isRetryable() || outcome.error->kind == platform::PlatformError::Kind::Cancelled) {
            (void)m_ledger.scheduleRetry(outboxId, QDateTime::currentMSecsSinceEpoch() + kRetryMs,
                                         outcome.error->toString());
        } else {
            (void)m_ledger.markDone(outboxId, u"rejected"_s, outcome.error->toString());
            (void)m_campaigns.noteRefused(campaignId, localVersion, u"rejected"_s, outcome.error->toString());
            Q_EMIT rejected(campaignId, localVersion, outcome.error->toString());
        }
        sendNext(queue);
    });
}

} // namespace mc::campaigns
