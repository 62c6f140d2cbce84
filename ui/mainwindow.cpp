// Main window shell: sidebar navigation driving a stack of pages, menus, status indicators,
// an error banner over the pages; full screen shows the dashboard in big-screen mode.
#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"
#include "ui/catalog/catalogpage.h"
#include "ui/counter/counterpage.h"
#include "ui/reconcile/reconcilepage.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/errorbanner.h"
#include "ui/navigationdelegate.h"
#include "ui/orders/orderspage.h"
#include "ui/page.h"
#include "ui/pagedirectory.h"
#include "ui/settingskeys.h"
#include "ui/settingspage.h"
#include "ui/statusindicators.h"
#include "ui/stock/stockpage.h"
#include "ui/unavailablepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::ui {

MainWindow::MainWindow(const QString &dataFolder, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Merchant Console"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setBackgroundRole(QPalette::Base);
    m_pages->setAutoFillBackground(true);

    m_errorBanner = new ErrorBanner(this);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    pageColumn->addWidget(m_errorBanner);
    pageColumn->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);

    for (const PageEntry &entry : PageDirectory::entries()) {
        auto *item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.key);
        m_pages->addWidget(createPage(entry, dataFolder));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_status = new StatusIndicators(this);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->setSizeGripEnabled(false);
    createMenus();

    // A first start fills most of the screen: the dashboard wants room.
    const QSize available = screen()->availableSize();
    resize(std::min(1440, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    restoreGeometry(readSetting(settings::kWindowGeometry));
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    m_sidebar = sidebar;
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setBackgroundRole(QPalette::Window);
    sidebar->setAutoFillBackground(true);
    sidebar->setFixedWidth(208);

    auto *appName = new QLabel(tr("Merchant Console"), sidebar);
    appName->setContentsMargins(NavigationDelegate::kPadding, 0, 0, 0);
    scaleFont(appName, 1.15, true);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setMouseTracking(true); // hover highlight
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(12, 20, 12, 12);
    layout->setSpacing(16);
    layout->addWidget(appName);
    layout->addWidget(m_navigation, 1);
    return sidebar;
}

QWidget *MainWindow::createPage(const PageEntry &entry, const QString &dataFolder)
{
    QWidget *page = nullptr;
    if (entry.id == PageId::Settings) {
        auto *settingsPage = new SettingsPage(entry.title, entry.summary, dataFolder);
        connect(settingsPage, &SettingsPage::rebuildCacheRequested, this, &MainWindow::rebuildCacheRequested);
        page = settingsPage;
    } else if (entry.id == PageId::Dashboard) {
        m_dashboard = new DashboardPage(entry.title, entry.summary);
        connect(m_dashboard, &DashboardPage::bigScreenRequested, this, &MainWindow::setFullScreen);
        page = m_dashboard;
    } else if (entry.id == PageId::Orders) {
        m_orders = new OrdersPage(entry.title, entry.summary); // without a service until the runtime sets one
        page = m_orders;
    } else if (entry.id == PageId::Catalog) {
        m_catalog = new CatalogPage(entry.title, entry.summary); // without a service until the runtime sets one
        page = m_catalog;
    } else if (entry.id == PageId::Stock) {
        m_stock = new StockPage(entry.title, entry.summary); // without services until the runtime sets them
        page = m_stock;
    } else if (entry.id == PageId::Vouchers) {
        m_counter = new CounterPage(entry.title, entry.summary); // without a service until the runtime sets one
        page = m_counter;
    } else if (entry.id == PageId::Reconciliation) {
        m_reconciliation = new ReconcilePage(entry.title, entry.summary); // without a service until the runtime sets one
        page = m_reconciliation;
    } else if (entry.id == PageId::Campaigns) {
        m_campaigns = new CampaignsPage(entry.title, entry.summary); // without a desk until the app sets one
        page = m_campaigns;
    } else {
        page = new UnavailablePage(entry.title, entry.summary, entry.upcoming);
    }
    page->setObjectName(u"page."_s + entry.key);
    return page;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"action.quit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_fullScreen = view->addAction(tr("&Full Screen"), this, &MainWindow::setFullScreen);
    m_fullScreen->setObjectName(u"action.fullScreen"_s);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setStatusTip(tr("The dashboard on the whole screen in large type, for a wall display"));
    // Added to the window too: its shortcut must work while the menu bar is hidden.
    addAction(m_fullScreen);
    m_leaveFullScreen = new QAction(tr("Leave Full Screen"), this);
    m_leaveFullScreen->setObjectName(u"action.leaveFullScreen"_s);
    m_leaveFullScreen->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveFullScreen->setEnabled(false);
    connect(m_leaveFullScreen, &QAction::triggered, this, [this] { setFullScreen(false); });
    addAction(m_leaveFullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Merchant Console"), this, &MainWindow::showAbout);
    about->setObjectName(u"action.about"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setStatus(const StatusSnapshot &status)
{
    m_status->setStatus(status);
}

void MainWindow::setRedemptionsToUpload(int count)
{
    m_status->setRedemptionsToUpload(count);
}

void MainWindow::showError(const QString &message)
{
    m_errorBanner->showMessage(message);
}

void MainWindow::showAbout()
{
    // Window-modal and asynchronous: the GUI thread never runs a nested event loop.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPage(const QString &key)
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == key)
            m_navigation->setCurrentRow(row);
}

void MainWindow::setFullScreen(bool fullScreen)
{
    // Full screen is the war room on the wall: the dashboard, without sidebar and menus.
    if (fullScreen)
        showPage(u"dashboard"_s);
    // Toggling only the full-screen flag brings a maximised window back maximised.
    setWindowState(fullScreen ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_fullScreen) {
        const bool fullScreen = isFullScreen();
        m_fullScreen->setChecked(fullScreen);
        m_leaveFullScreen->setEnabled(fullScreen);
        m_sidebar->setVisible(!fullScreen);
        menuBar()->setVisible(!fullScreen);
        m_dashboard->setBigScreen(fullScreen);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSetting(settings::kWindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace mc::ui
