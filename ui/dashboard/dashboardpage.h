// The live war room: today's sales for the chosen scope, redrawn from each DaySnapshot the
// dashboard service publishes, with how fresh the figures are. Big-screen mode (large type,
// for the wall) and a privacy mask over every money amount.
#pragma once

#include "app/core/location.h"
#include "app/metrics/daysnapshot.h"
#include "app/metrics/salesscope.h"
#include "ui/dashboard/datafreshness.h"
#include "ui/page.h"

#include <QTimer>

#include <functional>

class QAction;
class QToolButton;

namespace mc::ui {

class CampaignsTile;
class FigureFormat;
class FreshnessBadge;
class RankingTables;
class SalesCharts;
class SalesHeadline;
class ScopeSelector;

class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr qreal kBigScreenScale = 1.3;
    static constexpr int kFreshnessRefreshMs = 1000;

    DashboardPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The platform's clock (simulated in demo mode), for ages and bans; the system clock by default.
    void setPlatformClock(std::function<std::int64_t()> nowMs);
    metrics::SalesScope scope() const;
    bool isBigScreen() const { return m_bigScreen; }
    bool moneyMasked() const { return m_masked; }
    bool isStale() const;

public Q_SLOTS:
    // Snapshots for another scope than the selected one (still in flight) are ignored.
    void showSnapshot(const mc::metrics::DaySnapshot &snapshot);
    void setLocations(const QList<mc::core::Location> &locations);
    void setFreshness(const mc::ui::DataFreshness &freshness);
    // A store manager's credential: the scope is locked to that store (0: owner, unlocked).
    void setStoreManager(std::int64_t storeId);
    void setBigScreen(bool bigScreen);
    void setMoneyMasked(bool masked);

Q_SIGNALS:
    void scopeChanged(const mc::metrics::SalesScope &scope);
    // The page's big-screen button: the window should go full screen (or leave it).
    void bigScreenRequested(bool bigScreen);

private:
    QWidget *createToolbar();
    void render(bool animate);
    void refreshFreshness();
    FigureFormat format() const;

    ScopeSelector *m_scope = nullptr;
    FreshnessBadge *m_freshness = nullptr;
    QAction *m_maskAction = nullptr;
    QToolButton *m_bigScreenButton = nullptr;
    QList<QToolButton *> m_buttons;
    SalesHeadline *m_headline = nullptr;
    SalesCharts *m_charts = nullptr;
    RankingTables *m_tables = nullptr;
    CampaignsTile *m_campaigns = nullptr;
    QTimer m_freshnessTimer;
    std::function<std::int64_t()> m_nowMs;

    metrics::DaySnapshot m_snapshot;
    bool m_hasSnapshot = false;
    DataFreshness m_freshnessState;
    bool m_bigScreen = false;
    bool m_masked = false;
};

} // namespace mc::ui
