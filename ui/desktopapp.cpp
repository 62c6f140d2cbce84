// Creates the QApplication, picks the interface language, loads translations and shows the
// main window.
#include "ui/desktopapp.h"

#include "ui/mainwindow.h"
#include "ui/settingskeys.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mc::ui {

int runDesktopApp(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Merchant Console"_s);
    QApplication::setOrganizationName(u"MerchantConsole"_s);
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    const QLocale locale = chooseUiLocale(QApplication::arguments(), readSetting(settings::kLanguage));
    // Numbers and dates follow the chosen language, not only the words.
    QLocale::setDefault(locale);
    installTranslators(locale);

    // Until the composition root owns the data folder, it is the platform's per-user app data.
    MainWindow window(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    window.show();
    return QApplication::exec();
}

} // namespace mc::ui
