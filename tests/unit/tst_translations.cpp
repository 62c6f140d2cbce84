// Translation completeness: lupdate over app/ and ui/ into a copy of the zh_CN catalogue must
// leave no message unfinished or empty, so a new tr() string without Chinese fails here.
// Also checks the compiled catalogue (":/i18n", linked in through mc::ui) translates.
#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The same sources translations/CMakeLists.txt hands to update_translations.
QStringList translatableSources(const QString &root)
{
    QStringList files;
    for (const QString &folder : {u"app"_s, u"ui"_s}) {
        QDirIterator it(root + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.contains(u"/sandbox/"))
                files << file;
        }
    }
    files.sort();
    return files;
}

struct CatalogueCheck
{
    int messages = 0;
    QStringList problems;
};

// Every <message> must carry a finished, non-empty translation (all numerus forms filled).
CatalogueCheck checkCatalogue(QIODevice *ts)
{
    CatalogueCheck check;
    QXmlStreamReader xml(ts);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++check.messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            const bool empty = forms.isEmpty() || std::any_of(forms.cbegin(), forms.cend(), [](const QString &form) {
                                   return form.trimmed().isEmpty();
                               });
            if (!type.isEmpty() || empty)
                check.problems << u"%1: \"%2\"%3"_s.arg(context, source,
                                                        type.isEmpty() ? QString() : u" ("_s + type + u')');
        }
    }
    if (xml.hasError())
        check.problems << u"XML error: "_s + xml.errorString();
    return check;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySourceStringHasAChineseTranslation()
    {
        const QString root = qEnvironmentVariable("MC_SOURCE_DIR");
        QVERIFY2(!root.isEmpty(), "MC_SOURCE_DIR is not set (run through ctest)");
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString ts = temp.filePath(u"merchant-console_zh_CN.ts"_s);
        QVERIFY(QFile::copy(root + u"/translations/merchant-console_zh_CN.ts"_s, ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QFile list(temp.filePath(u"sources.lst"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(translatableSources(root).join(u'\n').toUtf8());
        list.close();

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // -I lets lupdate resolve "ui/x.h" includes, and with them the namespaced contexts.
        lupdate.start(QStringLiteral(MC_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, root,
                                                   u"@"_s + list.fileName(), u"-ts"_s, ts});
        QVERIFY2(lupdate.waitForFinished(150'000), qPrintable(lupdate.errorString()));
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());

        QFile updated(ts);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        const CatalogueCheck check = checkCatalogue(&updated);
        QVERIFY2(check.messages > 0, "lupdate found no messages at all");
        QVERIFY2(check.problems.isEmpty(),
                 qPrintable(
                     u"%1 message(s) lack a Chinese translation; run the update_translations target "
                     "and translate them in translations/merchant-console_zh_CN.ts:\n  "_s.arg(check.problems.size()) +
                     check.problems.join(u"\n  "_s)));
    }

    void compiledCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/merchant-console_zh_CN.qm"_s));
        QCOMPARE(translator.translate("mc::ui::MainWindow", "Merchant Console"), u"商家控制台"_s);
        QCOMPARE(translator.translate("PageDirectory", "Orders"), u"订单"_s);
        // What the app does at start-up: pick the catalogue by locale and install it.
        QVERIFY(!mc::ui::installTranslators(QLocale(u"zh_CN"_s)).isEmpty());
        QCOMPARE(QCoreApplication::translate("mc::ui::UnavailablePage", "Not available yet"), u"暂未开放"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
