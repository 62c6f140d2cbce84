// Which language the user interface speaks, and loading its translations.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace mc::ui {

struct UiLanguage
{
    QString code;       // as stored in settings and given to --lang: "en", "zh_CN"
    QString nativeName; // the language's name in itself, so anyone can find theirs
};

// The languages we ship translations for; English is the source language.
QList<UiLanguage> supportedLanguages();

// The value of "--lang xx" or "--lang=xx" in the arguments (argv[0] first), or empty.
QString languageArgument(const QStringList &arguments);

// --lang if given, else the saved setting, else the system locale.
QLocale chooseUiLocale(const QStringList &arguments, const QString &savedLanguage);

// Installs our translations and Qt's own for the locale (and the locale's fallbacks, see
// QLocale::uiLanguages()) on the application. Returns the files that were loaded; for a
// language we do not ship, none, and the English source text shows.
QStringList installTranslators(const QLocale &locale);

} // namespace mc::ui
