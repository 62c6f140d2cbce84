#include "app/campaigns/campaignstore.h"

#include "app/campaigns/campaignjson.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

constexpr QStringView kColumns = u"campaign_id, version, spec, author, saved_ms, note, publish_state, outbox_id, "
                                 u"platform_version, published_ms, publish_note";

QString display(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

core::Error notFound(const QString &id, int version)
{
    return {u"campaign.not-found"_s, u"Campaign %1 has no version %2."_s.arg(id).arg(version), {}};
}

} // namespace

QList<FieldChange> diff(const CampaignSpec &before, const CampaignSpec &after)
{
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(after);
    QList<FieldChange> out;
    for (auto it = a.begin(); it != a.end(); ++it)
        if (it.value() != b.value(it.key()))
            out.append({it.key(), display(it.value()), display(b.value(it.key()))});
    return out;
}

core::Result<int> CampaignStore::save(const CampaignSpec &spec, const QString &author, const QString &note)
{
    if (spec.id.isEmpty() || author.trimmed().isEmpty())
        return core::Error{u"campaign.save"_s, u"A campaign needs an id and an author to be saved."_s, {}};
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto next = m_db.prepare(u"SELECT coalesce(max(version), 0) + 1 FROM campaign_versions WHERE campaign_id = ?1");
    auto insert = m_db.prepare(u"INSERT INTO campaign_versions (campaign_id, version, spec, author, saved_ms, note) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!next)
        return next.error();
    if (!insert)
        return insert.error();
    auto step = next.value().bind(1, spec.id).step();
    if (!step)
        return step.error();
    const int version = int(next.value().int64(0));
    const QByteArray json = QJsonDocument(toJson(spec)).toJson(QJsonDocument::Compact);
    if (auto s = insert.value()
                     .bind(1, spec.id)
                     .bind(2, version)
                     .bind(3, QString::fromUtf8(json))
                     .bind(4, author.trimmed())
                     .bind(5, m_clock.nowMs())
                     .bind(6, note)
                     .run();
        !s)
        return s.error();
    if (auto s = tx.value().commit(); !s)
        return s.error();
    return version;
}

core::Result<int> CampaignStore::rollback(const QString &campaignId, int version, const QString &author)
{
    auto earlier = this->version(campaignId, version);
    if (!earlier)
        return earlier.error();
    return save(earlier.value().spec, author, u"rollback to version %1"_s.arg(version));
}

core::Result<QList<CampaignVersion>> CampaignStore::query(const QString &where, const QString &campaignId, int version)
{
    auto s = m_db.prepare(u"SELECT "_s + kColumns + u" FROM campaign_versions v WHERE "_s + where);
    if (!s)
        return s.error();
    if (!campaignId.isNull())
        s.value().bind(1, campaignId);
    if (version > 0)
        s.value().bind(2, version);
    QList<CampaignVersion> out;
    while (true) {
        auto row = s.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const auto &r = s.value();
        auto spec = campaignFromJson(QJsonDocument::fromJson(r.blob(2)).object());
        if (!spec)
            return core::Error{u"campaign.stored"_s,
                               u"Version %1 of campaign %2 cannot be read: %3"_s.arg(r.int64(1)).arg(r.text(0),
                                                                                          spec.error().message),
                               {}};
        out.append({spec.value(), int(r.int64(1)), r.text(3), r.int64(4), r.text(5), r.text(6), r.text(7), r.int64(8),
                    r.int64(9), r.text(10)});
    }
    return out;
}

core::Result<QList<CampaignVersion>> CampaignStore::versions(const QString &campaignId)
{
    return query(u"campaign_id = ?1 ORDER BY version"_s, campaignId, 0);
}

core::Result<CampaignVersion> CampaignStore::version(const QString &campaignId, int version)
{
    auto found = version > 0 ? query(u"campaign_id = ?1 AND version = ?2"_s, campaignId, version)
                             : query(u"campaign_id = ?1 ORDER BY version DESC LIMIT 1"_s, campaignId, 0);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return notFound(campaignId, version);
    return found.value().first();
}

core::Result<QList<CampaignVersion>> CampaignStore::newest()
{
    auto all = query(u"version = (SELECT max(version) FROM campaign_versions w WHERE w.campaign_id = v.campaign_id) "
                     u"ORDER BY campaign_id"_s,
                     QString(), 0);
    if (!all)
        return all.error();
    QList<CampaignVersion> out = all.value();
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.spec.name < b.spec.name; });
    return out;
}

core::Result<std::int64_t> CampaignStore::lastPlatformVersion(const QString &campaignId)
{
    auto s = m_db.prepare(u"SELECT coalesce(max(platform_version), 0) FROM campaign_versions WHERE campaign_id = ?1");
    if (!s)
        return s.error();
    auto row = s.value().bind(1, campaignId).step();
    if (!row)
        return row.error();
    return s.value().int64(0);
}

core::Status CampaignStore::notePublishing(const QString &campaignId, int version, const QString &outboxId)
{
    auto s = m_db.prepare(u"UPDATE campaign_versions SET publish_state = 'publishing', outbox_id = ?3, "
                          u"publish_note = '' WHERE campaign_id = ?1 AND version = ?2");
    if (!s)
        return s.error();
    if (auto r = s.value().bind(1, campaignId).bind(2, version).bind(3, outboxId).run(); !r)
        return r;
    return m_db.changes() == 1 ? core::Status() : core::Status(notFound(campaignId, version));
}

core::Status CampaignStore::notePublished(const QString &campaignId, int version, std::int64_t platformVersion)
{
    auto s = m_db.prepare(u"UPDATE campaign_versions SET publish_state = 'published', platform_version = ?3, "
                          u"published_ms = ?4, publish_note = '' WHERE campaign_id = ?1 AND version = ?2");
    if (!s)
        return s.error();
    return s.value().bind(1, campaignId).bind(2, version).bind(3, platformVersion).bind(4, m_clock.nowMs()).run();
}

core::Status CampaignStore::noteRefused(const QString &campaignId, int version, const QString &state, const QString &note)
{
    auto s = m_db.prepare(u"UPDATE campaign_versions SET publish_state = ?3, publish_note = ?4 "
                          u"WHERE campaign_id = ?1 AND version = ?2");
    if (!s)
        return s.error();
    return s.value().bind(1, campaignId).bind(2, version).bind(3, state).bind(4, note).run();
}

} // namespace mc::campaigns
