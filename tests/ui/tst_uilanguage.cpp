// Choosing the interface language: --lang beats the saved setting, which beats the system.
#include "ui/uilanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        const QString app = u"merchant-console"_s;
        QTest::newRow("none") << QStringList{app} << QString();
        QTest::newRow("separate value") << QStringList{app, u"--lang"_s, u"zh_CN"_s} << u"zh_CN"_s;
        QTest::newRow("with equals") << QStringList{app, u"--lang=en"_s} << u"en"_s;
        QTest::newRow("among others") << QStringList{app, u"--demo"_s, u"--lang"_s, u"zh_CN"_s} << u"zh_CN"_s;
        QTest::newRow("missing value") << QStringList{app, u"--lang"_s} << QString();
        QTest::newRow("program name is not an option") << QStringList{u"--lang=en"_s} << QString();
    }

    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(mc::ui::languageArgument(arguments), language);
    }

    void chooseUiLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QLocale>("expected");
        const QString app = u"merchant-console"_s;
        QTest::newRow("argument beats setting")
            << QStringList{app, u"--lang"_s, u"zh_CN"_s} << u"en"_s << QLocale(QLocale::Chinese, QLocale::China);
        QTest::newRow("setting beats system")
            << QStringList{app} << u"zh_CN"_s << QLocale(QLocale::Chinese, QLocale::China);
        QTest::newRow("english setting") << QStringList{app} << u"en"_s << QLocale(QLocale::English);
        QTest::newRow("system") << QStringList{app} << QString() << QLocale::system();
    }

    void chooseUiLocale()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, saved);
        QFETCH(QLocale, expected);
        QCOMPARE(mc::ui::chooseUiLocale(arguments, saved), expected);
    }

    void supportedLanguagesAreNamedInThemselves()
    {
        const QList<mc::ui::UiLanguage> languages = mc::ui::supportedLanguages();
        QCOMPARE(languages.size(), 2);
        QCOMPARE(languages.at(0).code, u"en"_s);
        QCOMPARE(languages.at(1).code, u"zh_CN"_s);
        QCOMPARE(languages.at(1).nativeName, u"简体中文"_s);
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
