// DashboardService: owns a read-only cache connection on its own thread, loads the day's
// figures from rollups, folds live change summaries in, and publishes snapshots to the GUI
// at a fixed rate (only when something changed). The GUI renders; it never queries.
#pragma once

#include "app/core/clock.h"
#include "app/core/location.h"
#include "app/metrics/livesales.h"
#include "app/metrics/salesscope.h"
#include "app/storage/database.h"

#include <QObject>

#include <memory>

class QTimer;

namespace mc::metrics {

class SalesQueries;

class DashboardService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardService)

public:
    DashboardService(QString dataDir, const core::Clock &clock, QObject *parent = nullptr);
    ~DashboardService() override;

    static constexpr int kPublishIntervalMs = 200; // 5 Hz
    static constexpr int kSlowRefreshMs = 10'000;  // buyers, stock-out risk

public Q_SLOTS:
    void start();
    void setScope(const mc::metrics::SalesScope &scope);
    void applyChanges(const mc::core::ChangeSummary &summary);
    void reload();

Q_SIGNALS:
    void snapshotReady(const mc::metrics::DaySnapshot &snapshot);
    // The warehouse(s) and stores, for a scope selector; sent on every reload.
    void locationsLoaded(const QList<mc::core::Location> &locations);
    void failed(const QString &message);

private:
    bool ensureOpen();
    void publish();
    void refreshSlow();
    void refreshCampaigns(std::int64_t nowMs);

    QString m_dataDir;
    const core::Clock &m_clock;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::Database> m_ledger; // campaign budgets and windows; null until it exists
    std::unique_ptr<SalesQueries> m_queries;
    LiveSales m_live;
    SalesScope m_scope;
    QList<core::Location> m_locations;
    QTimer *m_publishTimer = nullptr;
    QTimer *m_slowTimer = nullptr;
    bool m_dirty = false;
    std::int64_t m_lastPublishedMs = 0;
    bool m_loaded = false;
    QList<core::CampaignToday> m_campaigns;
    bool m_campaignsDirty = true;
    std::int64_t m_campaignsQueriedMs = 0;
};

} // namespace mc::metrics

Q_DECLARE_METATYPE(mc::metrics::DaySnapshot)
Q_DECLARE_METATYPE(mc::metrics::SalesScope)
Q_DECLARE_METATYPE(mc::core::Location)
