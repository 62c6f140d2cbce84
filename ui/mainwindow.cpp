// Main window shell: sidebar navigation driving a stack of pages, menus, status indicators.
#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"
#include "ui/navigationdelegate.h"
#include "ui/page.h"
#include "ui/pagedirectory.h"
#include "ui/settingskeys.h"
#include "ui/settingspage.h"
#include "ui/statusindicators.h"
#include "ui/unavailablepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

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

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    layout->addWidget(m_pages, 1);
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

    resize(1180, 760);
    restoreGeometry(readSetting(settings::kWindowGeometry));
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
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
    if (entry.id == PageId::Settings)
        page = new SettingsPage(entry.title, entry.summary, dataFolder);
    else
        page = new UnavailablePage(entry.title, entry.summary, entry.upcoming);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Merchant Console"), this, &MainWindow::showAbout);
    about->setObjectName(u"action.about"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setStatus(const StatusSnapshot &status)
{
    m_status->setStatus(status);
}

void MainWindow::showAbout()
{
    // Window-modal and asynchronous: the GUI thread never runs a nested event loop.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setFullScreen(bool fullScreen)
{
    // Toggling only the full-screen flag brings a maximised window back maximised.
    setWindowState(fullScreen ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_fullScreen)
        m_fullScreen->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSetting(settings::kWindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace mc::ui
