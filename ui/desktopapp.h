// What the desktop app sets up before its first window, for the composition root
// (app/console/desktopapplication.cpp): the application's names and the interface language.
#pragma once

#include <QLocale>
#include <QStringList>

namespace mc::ui {

// Organisation, application name and version: QSettings and QStandardPaths derive from them.
void setApplicationIdentity();

// --lang, else the saved setting, else the system: made the default locale (numbers and
// dates follow it, not only the words) with our and Qt's translations installed.
QLocale applyUiLanguage(const QStringList &arguments);

} // namespace mc::ui
