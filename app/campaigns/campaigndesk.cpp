#include "app/campaigns/campaigndesk.h"

#include "app/campaigns/campaigntoday.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

struct CampaignDeskText
{
    Q_DECLARE_TR_FUNCTIONS(mc::campaigns::CampaignDesk)
};

QString statusName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return CampaignDeskText::tr("Draft");
    case CampaignStatus::Scheduled:
        return CampaignDeskText::tr("Scheduled");
    case CampaignStatus::Live:
        return CampaignDeskText::tr("Live");
    case CampaignStatus::Ended:
        return CampaignDeskText::tr("Ended");
    }
    return {};
}

CampaignStatus statusOf(const CampaignVersion &newest, bool everPublished, std::int64_t nowMs)
{
    if (!everPublished)
        return CampaignStatus::Draft;
    if (nowMs >= newest.spec.endsMs)
        return CampaignStatus::Ended;
    return nowMs >= newest.spec.startsMs ? CampaignStatus::Live : CampaignStatus::Scheduled;
}

CampaignDesk::CampaignDesk(QString dataDir, const core::Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock)
{
    qRegisterMetaType<CampaignSpec>();
    qRegisterMetaType<QList<CampaignRow>>();
    qRegisterMetaType<QList<CampaignVersion>>();
    qRegisterMetaType<QList<ValidationIssue>>();
    qRegisterMetaType<RehearsalResult>();
    qRegisterMetaType<CampaignChoices>();
}

CampaignDesk::~CampaignDesk() = default;

bool CampaignDesk::open()
{
    if (m_store)
        return true;
    auto ledger = storage::openWriter(m_dataDir, storage::DatabaseRole::Ledger);
    auto cache = storage::openReader(m_dataDir, storage::DatabaseRole::Cache);
    if (!ledger || !cache) {
        Q_EMIT failed(!ledger ? ledger.error().toString() : cache.error().toString());
        return false;
    }
    m_ledger = std::move(ledger).value();
    m_cache = std::move(cache).value();
    m_store = std::make_unique<CampaignStore>(*m_ledger, m_clock);
    return true;
}

ValidationContext CampaignDesk::context()
{
    ValidationContext ctx;
    ctx.nowMs = m_clock.nowMs();
    if (auto s = m_cache->prepare(u"SELECT s.sku_id, s.price_fen, i.category FROM skus s JOIN items i USING (num_iid)"))
        while (s.value().step().valueOr(false))
            ctx.skus.insert(s.value().int64(0), {s.value().int64(1), s.value().text(2)});
    if (auto s = m_cache->prepare(u"SELECT location_id, city, province FROM locations WHERE kind = 'store'"))
        while (s.value().step().valueOr(false))
            ctx.stores.insert(s.value().int64(0), {s.value().text(1), s.value().text(2)});
    if (auto all = m_store->newest())
        for (const auto &v : all.value())
            ctx.others.append(v.spec);
    return ctx;
}

void CampaignDesk::refresh()
{
    if (!open())
        return;
    auto newest = m_store->newest();
    if (!newest)
        return Q_EMIT failed(newest.error().toString());
    const std::int64_t now = m_clock.nowMs();
    const QList<core::CampaignToday> today = campaignsToday(*m_cache, m_ledger.get(), now).valueOr({});
    QList<CampaignRow> rows;
    for (const CampaignVersion &v : newest.value()) {
        CampaignRow row;
        row.newest = v;
        for (const core::CampaignToday &t : today)
            if (t.campaignId == v.spec.id)
                row.today = t;
        row.status = statusOf(v, m_store->lastPlatformVersion(v.spec.id).valueOr(0) > 0, now);
        if (row.status == CampaignStatus::Live || row.status == CampaignStatus::Ended) {
            auto soFar = campaigns::rehearse(*m_cache, v.spec, {v.spec.startsMs, std::min(now, v.spec.endsMs), 0, {}});
            if (soFar) {
                row.costSoFarFen = soFar.value().discounted.discountFen;
                row.ordersSoFar = soFar.value().discounted.orders;
            }
        }
        rows.append(row);
    }
    Q_EMIT listed(rows);
}

void CampaignDesk::save(const CampaignSpec &spec, const QString &author)
{
    if (!open())
        return;
    auto version = m_store->save(spec, author);
    if (!version)
        return Q_EMIT failed(version.error().toString());
    Q_EMIT saved(spec.id, version.value());
    refresh();
    loadVersions(spec.id);
}

void CampaignDesk::rollback(const QString &campaignId, int version, const QString &author)
{
    if (!open())
        return;
    auto saved = m_store->rollback(campaignId, version, author);
    if (!saved)
        return Q_EMIT failed(saved.error().toString());
    Q_EMIT this->saved(campaignId, saved.value());
    refresh();
    loadVersions(campaignId);
}

void CampaignDesk::loadVersions(const QString &campaignId)
{
    if (!open())
        return;
    auto versions = m_store->versions(campaignId);
    if (!versions)
        return Q_EMIT failed(versions.error().toString());
    Q_EMIT versionsLoaded(campaignId, versions.value());
}

void CampaignDesk::check(const CampaignSpec &spec, quint64 ticket)
{
    if (!open())
        return;
    Q_EMIT checked(ticket, validate(spec, context()));
}

void CampaignDesk::loadChoices()
{
    if (!open())
        return;
    auto choices = readCampaignChoices(*m_cache);
    if (!choices)
        return Q_EMIT failed(choices.error().toString());
    Q_EMIT choicesLoaded(choices.value());
}

void CampaignDesk::rehearse(const CampaignSpec &spec, qint64 fromMs, qint64 toMs)
{
    if (!open())
        return;
    m_cancel = false;
    RehearsalOptions options{fromMs, toMs, 10, [this](std::int64_t) { return !m_cancel.load(); }};
    auto result = campaigns::rehearse(*m_cache, spec, options);
    if (!result)
        return Q_EMIT failed(result.error().message);
    Q_EMIT rehearsed(result.value());
}

} // namespace mc::campaigns
