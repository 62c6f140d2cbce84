// DashboardService implementation.
#include "app/metrics/dashboardservice.h"

#include "app/campaigns/campaigntoday.h"
#include "app/metrics/salesqueries.h"
#include "app/storage/databases.h"

#include <QFileInfo>
#include <QTimer>

namespace mc::metrics {

namespace {
constexpr int kAllRows = 1'000'000; // the base snapshot keeps every row; views cut to top N
}

DashboardService::DashboardService(QString dataDir, const core::Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock)
{
}

DashboardService::~DashboardService() = default;

void DashboardService::start()
{
    if (!m_publishTimer) {
        m_publishTimer = new QTimer(this);
        m_publishTimer->setInterval(kPublishIntervalMs);
        connect(m_publishTimer, &QTimer::timeout, this, &DashboardService::publish);
        m_slowTimer = new QTimer(this);
        m_slowTimer->setInterval(kSlowRefreshMs);
        connect(m_slowTimer, &QTimer::timeout, this, &DashboardService::refreshSlow);
    }
    m_publishTimer->start();
    m_slowTimer->start();
    reload();
}

bool DashboardService::ensureOpen()
{
    if (m_db)
        return true;
    if (!QFileInfo::exists(m_dataDir + u"/cache.sqlite"))
        return false; // nothing synced yet: the first change summary retries
    auto db = storage::openReader(m_dataDir, storage::DatabaseRole::Cache);
    if (!db) {
        Q_EMIT failed(db.error().toString());
        return false;
    }
    m_db = std::move(db).value();
    m_queries = std::make_unique<SalesQueries>(*m_db);
    return true;
}

void DashboardService::setScope(const SalesScope &scope)
{
    if (scope == m_scope && m_loaded)
        return;
    m_scope = scope;
    reload();
}

void DashboardService::reload()
{
    if (!ensureOpen())
        return;
    const std::int64_t now = m_clock.nowMs();
    // Rollups only, so the figures are on screen at once; buyers and stock-out risk follow.
    auto day = m_queries->loadDay(m_scope, now, kAllRows, SalesQueries::SlowFigures::Later);
    auto warehouses = m_queries->warehouseIds();
    if (!day || !warehouses) {
        Q_EMIT failed(!day ? day.error().toString() : warehouses.error().toString());
        return;
    }
    m_live.reset(m_scope, warehouses.value(), day.value());
    if (auto locations = m_queries->locations(); locations && locations.value() != m_locations) {
        m_locations = locations.value();
        Q_EMIT locationsLoaded(m_locations);
    }
    m_loaded = true;
    m_dirty = true;
    m_campaignsDirty = true;
    m_campaignsQueriedMs = 0;
    publish();
    if (m_slowTimer)
        m_slowTimer->start(); // the next periodic refresh counts from now
    QMetaObject::invokeMethod(this, &DashboardService::refreshSlow, Qt::QueuedConnection);
}

void DashboardService::applyChanges(const core::ChangeSummary &summary)
{
    if (!m_loaded || summary.locationsChanged > 0 || m_live.overlapsLoad(summary)) {
        reload(); // first data, new stores for the scope selector, or commits straddling the load
        return;
    }
    const std::int64_t now = m_clock.nowMs();
    if (now >= m_live.dayStartMs() + 86'400'000) { // midnight in Beijing: a new day
        reload();
        return;
    }
    m_dirty = m_live.fold(summary, now) || m_dirty;
    m_campaignsDirty = true;
}

void DashboardService::publish()
{
    if (!m_loaded)
        return;
    const std::int64_t now = m_clock.nowMs();
    if (m_campaignsDirty && now - m_campaignsQueriedMs >= 1000)
        refreshCampaigns(now);
    // The per-second strip moves with time even without sales; publish at least once a second.
    if (!m_dirty && now - m_lastPublishedMs < 1000)
        return;
    if (const QList<std::int64_t> untitled = m_live.untitledSkus(); !untitled.isEmpty() && m_queries)
        if (auto titles = m_queries->skuTitles(untitled))
            m_live.setSkuTitles(titles.value());
    m_dirty = false;
    m_lastPublishedMs = now;
    DaySnapshot snapshot = m_live.snapshot(now);
    snapshot.campaigns = m_campaigns;
    Q_EMIT snapshotReady(snapshot);
}

// The Campaigns tile: campaign_days (kept by the cache writer's triggers) and the ledger's
// budgets, a few rows; at most once a second, after a sync commit or the slow refresh.
void DashboardService::refreshCampaigns(std::int64_t nowMs)
{
    m_campaignsDirty = false;
    m_campaignsQueriedMs = nowMs;
    if (!m_ledger && QFileInfo::exists(m_dataDir + u"/ledger.sqlite")) {
        if (auto ledger = storage::openReader(m_dataDir, storage::DatabaseRole::Ledger))
            m_ledger = std::move(ledger).value();
    }
    auto campaigns = campaigns::campaignsToday(*m_db, m_ledger.get(), nowMs);
    if (!campaigns) {
        Q_EMIT failed(campaigns.error().toString());
        return;
    }
    if (campaigns.value() != m_campaigns) {
        m_campaigns = std::move(campaigns).value();
        m_dirty = true;
    }
}

void DashboardService::refreshSlow()
{
    if (!m_loaded || !m_queries)
        return;
    DaySnapshot slow;
    slow.dayStartMs = m_live.dayStartMs();
    if (core::Status s = m_queries->refreshSlowFigures(m_scope, m_clock.nowMs(), slow); !s) {
        Q_EMIT failed(s.error().toString());
        return;
    }
    m_live.setSlowFigures(slow);
    m_dirty = true;
    m_campaignsDirty = true; // budgets edited, a campaign's window opening or closing
    publish();
}

} // namespace mc::metrics
