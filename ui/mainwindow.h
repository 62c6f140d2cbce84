// The main window: navigation between pages, menus and the status bar.
#pragma once

#include "ui/statussnapshot.h"

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace mc::ui {

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

public Q_SLOTS:
    void setStatus(const mc::ui::StatusSnapshot &status);
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createSidebar();
    QWidget *createPage(const PageEntry &entry, const QString &dataFolder);
    void setFullScreen(bool fullScreen);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    StatusIndicators *m_status = nullptr;
    QAction *m_fullScreen = nullptr;
};

} // namespace mc::ui
