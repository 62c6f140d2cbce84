// The main window: navigation between pages, menus and the status bar.
#pragma once

#include <QMainWindow>

namespace mc::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace mc::ui
