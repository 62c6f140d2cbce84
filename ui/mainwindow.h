// The main window: navigation between pages, menus and the status bar.
#pragma once

#include "ui/statussnapshot.h"

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace mc::ui {

class CatalogPage;
class CounterPage;
class OrdersPage;
class ReconcilePage;
class CampaignsPage;
class StockPage;
class DashboardPage;
class ErrorBanner;
class StatusIndicators;
struct PageEntry;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // dataFolder: where the databases live, shown on the Settings page.
    explicit MainWindow(const QString &dataFolder, QWidget *parent = nullptr);
    ~MainWindow() override;

    DashboardPage *dashboard() const { return m_dashboard; }
    CounterPage *counter() const { return m_counter; }
    OrdersPage *orders() const { return m_orders; }
    CatalogPage *catalog() const { return m_catalog; }
    StockPage *stock() const { return m_stock; }
    ReconcilePage *reconciliation() const { return m_reconciliation; }
    CampaignsPage *campaigns() const { return m_campaigns; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }

public Q_SLOTS:
    void setStatus(const mc::ui::StatusSnapshot &status);
    void setRedemptionsToUpload(int count);
    // A failure the user should see: a banner over the pages, never a modal box.
    void showError(const QString &message);
    void showAbout();

Q_SIGNALS:
    // Settings -> "Rebuild cache", confirmed: the composition root restarts the services on
    // a fresh cache.
    void rebuildCacheRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createSidebar();
    void showPage(const QString &key);
    QWidget *createPage(const PageEntry &entry, const QString &dataFolder);
    void setFullScreen(bool fullScreen);

    QWidget *m_sidebar = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    StatusIndicators *m_status = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_leaveFullScreen = nullptr;
    DashboardPage *m_dashboard = nullptr;
    CounterPage *m_counter = nullptr;
    OrdersPage *m_orders = nullptr;
    CatalogPage *m_catalog = nullptr;
    StockPage *m_stock = nullptr;
    ReconcilePage *m_reconciliation = nullptr;
    CampaignsPage *m_campaigns = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
};

} // namespace mc::ui
