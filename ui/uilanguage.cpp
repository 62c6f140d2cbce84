// Language choice and translator loading: our catalogue from ":/i18n", Qt's from its
// installation (qtbase_<lang>.qm, from the qt6-translations-l10n package on Debian).
#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mc::ui {

QList<UiLanguage> supportedLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = u"--lang"_s;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QLocale chooseUiLocale(const QStringList &arguments, const QString &savedLanguage)
{
    const QString requested = languageArgument(arguments);
    if (!requested.isEmpty())
        return QLocale(requested);
    if (!savedLanguage.isEmpty())
        return QLocale(savedLanguage);
    return QLocale::system();
}

namespace {
// Loads "<name>_<lang>.qm" from the folder; the translator belongs to the application.
QString installTranslator(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, folder) && QCoreApplication::installTranslator(translator))
        return translator->filePath();
    delete translator;
    return {};
}
} // namespace

QStringList installTranslators(const QLocale &locale)
{
    QStringList loaded;
    for (const QString &file :
         {installTranslator(locale, u"merchant-console"_s, u":/i18n"_s),
          installTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))}) {
        if (!file.isEmpty())
            loaded << file;
    }
    return loaded;
}

} // namespace mc::ui
