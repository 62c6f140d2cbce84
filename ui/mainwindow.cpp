// Main window shell.
#include "ui/mainwindow.h"

namespace mc::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Merchant Console"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

} // namespace mc::ui
