// DashboardPage: a toolbar (scope, freshness, privacy, big screen) above the headline
// figures, the charts and the lists, in a scroll area for small windows.
#include "ui/dashboard/dashboardpage.h"

#include "app/core/clock.h"
#include "ui/dashboard/campaignstile.h"
#include "ui/dashboard/figureformat.h"
#include "ui/dashboard/freshnessbadge.h"
#include "ui/dashboard/rankingtables.h"
#include "ui/dashboard/salescharts.h"
#include "ui/dashboard/salesheadline.h"
#include "ui/dashboard/scopeselector.h"

#include <QAction>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

DashboardPage::DashboardPage(const QString &title, const QString &summary, QWidget *parent)
    : Page(title, summary, parent), m_nowMs([] { return core::SystemClock::instance().nowMs(); })
{
    setCompactHeader(true);
    m_headline = new SalesHeadline;
    m_charts = new SalesCharts;
    m_tables = new RankingTables;
    m_campaigns = new CampaignsTile;

    auto *content = new QWidget;
    content->setObjectName(u"dashboard.content"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(createToolbar());
    layout->addWidget(m_headline);
    layout->addWidget(m_campaigns);
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_tables, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboard.scroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Base);
    scroll->viewport()->setBackgroundRole(QPalette::Base);
    scroll->setWidget(content);
    body()->addWidget(scroll, 1);

    m_freshnessTimer.setInterval(kFreshnessRefreshMs);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &DashboardPage::refreshFreshness);
    m_freshnessTimer.start();
    setBigScreen(false);
    render(false);
    refreshFreshness();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::createToolbar()
{
    auto *bar = new QWidget;
    bar->setObjectName(u"dashboard.toolbar"_s);
    m_scope = new ScopeSelector(bar);
    connect(m_scope, &ScopeSelector::scopeChanged, this, &DashboardPage::scopeChanged);
    m_freshness = new FreshnessBadge(bar);
    m_freshness->setObjectName(u"dashboard.freshness"_s);

    m_maskAction = new QAction(tr("Hide amounts"), this);
    m_maskAction->setObjectName(u"action.hideAmounts"_s);
    m_maskAction->setCheckable(true);
    m_maskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_maskAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_maskAction->setToolTip(tr("Mask every money amount, for a screen others can see (Ctrl+Shift+H)"));
    connect(m_maskAction, &QAction::toggled, this, &DashboardPage::setMoneyMasked);
    addAction(m_maskAction);
    auto *mask = new QToolButton(bar);
    mask->setObjectName(u"dashboard.hideAmounts"_s);
    mask->setDefaultAction(m_maskAction);

    m_bigScreenButton = new QToolButton(bar);
    m_bigScreenButton->setObjectName(u"dashboard.bigScreen"_s);
    m_bigScreenButton->setText(tr("Big screen"));
    m_bigScreenButton->setToolTip(tr("Full screen with large type, for a wall display (F11; Esc leaves)"));
    m_bigScreenButton->setCheckable(true);
    connect(m_bigScreenButton, &QToolButton::clicked, this, &DashboardPage::bigScreenRequested);
    m_buttons = {mask, m_bigScreenButton};

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_scope);
    layout->addWidget(m_freshness, 1);
    layout->addWidget(mask);
    layout->addWidget(m_bigScreenButton);
    return bar;
}

void DashboardPage::setPlatformClock(std::function<std::int64_t()> nowMs)
{
    m_nowMs = std::move(nowMs);
    refreshFreshness();
}

metrics::SalesScope DashboardPage::scope() const
{
    return m_scope->scope();
}

bool DashboardPage::isStale() const
{
    return m_freshness->level() == FreshnessLevel::Stale;
}

FigureFormat DashboardPage::format() const
{
    return FigureFormat(m_masked);
}

void DashboardPage::showSnapshot(const metrics::DaySnapshot &snapshot)
{
    if (snapshot.scope != m_scope->scope())
        return;
    // Growth counts up; a new day or scope is another figure and jumps.
    const bool animate =
        m_hasSnapshot && snapshot.dayStartMs == m_snapshot.dayStartMs && snapshot.scope == m_snapshot.scope;
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    render(animate);
    refreshFreshness();
}

void DashboardPage::render(bool animate)
{
    const FigureFormat f = format();
    m_headline->showSnapshot(m_snapshot, f, animate);
    m_charts->showSnapshot(m_snapshot, f);
    m_tables->showSnapshot(m_snapshot);
    m_campaigns->showCampaigns(m_snapshot.campaigns, f);
}

void DashboardPage::setLocations(const QList<core::Location> &locations)
{
    m_scope->setLocations(locations);
}

void DashboardPage::setStoreManager(std::int64_t storeId)
{
    m_scope->lockToStore(storeId);
}

void DashboardPage::setFreshness(const DataFreshness &freshness)
{
    m_freshnessState = freshness;
    refreshFreshness();
}

void DashboardPage::refreshFreshness()
{
    const FigureFormat f = format();
    m_freshness->setFreshness(m_freshnessState, m_nowMs(), f);
    const std::int64_t asOf = m_freshnessState.lastSyncMs > 0 ? m_freshnessState.lastSyncMs : m_snapshot.asOfMs;
    m_headline->setStale(isStale(), asOf > 0 ? f.beijingTime(asOf) : tr("never"));
}

void DashboardPage::setMoneyMasked(bool masked)
{
    m_masked = masked;
    m_maskAction->setChecked(masked);
    m_tables->setMoneyMasked(masked);
    render(true);
}

void DashboardPage::setBigScreen(bool bigScreen)
{
    m_bigScreen = bigScreen;
    m_bigScreenButton->setChecked(bigScreen);
    const qreal scale = bigScreen ? kBigScreenScale : 1.0;
    m_headline->setTypeScale(scale);
    m_charts->setTypeScale(scale);
    m_tables->setTypeScale(scale);
    m_campaigns->setTypeScale(scale);
    m_freshness->setTypeScale(scale);
    setFontScale(m_scope, scale, false);
    for (QToolButton *button : std::as_const(m_buttons))
        setFontScale(button, scale, false);
}

} // namespace mc::ui
