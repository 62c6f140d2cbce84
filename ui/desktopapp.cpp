// Application identity and language set-up, called once a QApplication exists.
#include "ui/desktopapp.h"

#include "ui/settingskeys.h"
#include "ui/uilanguage.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace mc::ui {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"Merchant Console"_s);
    QCoreApplication::setOrganizationName(u"MerchantConsole"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    // Wayland compositors find the window's icon and name through the desktop entry's name.
    QGuiApplication::setDesktopFileName(u"merchant-console"_s);
}

QLocale applyUiLanguage(const QStringList &arguments)
{
    const QLocale locale = chooseUiLocale(arguments, readSetting(settings::kLanguage));
    QLocale::setDefault(locale);
    installTranslators(locale);
    return locale;
}

} // namespace mc::ui
