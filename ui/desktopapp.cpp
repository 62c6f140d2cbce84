// Creates the QApplication, loads translations and shows the main window.
#include "ui/desktopapp.h"

#include "ui/mainwindow.h"

#include <QApplication>

namespace mc::ui {

int runDesktopApp(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Merchant Console"));
    QApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace mc::ui
