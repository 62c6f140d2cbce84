// The main window in Simplified Chinese: the translators load, the navigation, menus and
// status bar speak Chinese. Screenshots go to test-output/ui/zh_CN-*.png.
#include "tests/support/testdata.h"
#include "tests/ui/hantext.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/mainwindow.h"
#include "ui/uilanguage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using mc::test::hasHan;

class TestMainWindowChinese : public QObject
{
    Q_OBJECT

private:
    mc::test::IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        const QLocale chinese(u"zh_CN"_s);
        QLocale::setDefault(chinese);
        QStringList names;
        for (const QString &file : mc::ui::installTranslators(chinese))
            names << QFileInfo(file).fileName();
        QCOMPARE(names, QStringList({u"merchant-console_zh_CN.qm"_s, u"qtbase_zh_CN.qm"_s}));
    }

    void navigationSpeaksChinese()
    {
        mc::ui::MainWindow window(m_settings.folder());
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation && navigation->count() == 8);
        QCOMPARE(navigation->item(1)->text(), u"订单"_s);
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY2(hasHan(navigation->item(row)->text()), qPrintable(navigation->item(row)->text()));
        for (const QAction *menu : window.menuBar()->actions())
            QVERIFY2(hasHan(menu->text()), qPrintable(menu->text()));
        QVERIFY(hasHan(window.findChild<QLabel *>(u"status.connection"_s)->text()));

        for (const QString &key : {u"dashboard"_s, u"vouchers"_s, u"settings"_s}) {
            const QList<QListWidgetItem *> items = navigation->findItems(QString(), Qt::MatchContains);
            const auto item = std::find_if(items.cbegin(), items.cend(),
                                           [&](QListWidgetItem *i) { return i->data(Qt::UserRole) == key; });
            QVERIFY(item != items.cend());
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(*item).center());
            QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName(), u"page."_s + key);
            QVERIFY(window.grab().save(mc::test::outputPath(u"ui/zh_CN-%1.png"_s.arg(key))));
        }
    }
};

QTEST_MAIN(TestMainWindowChinese)
#include "tst_mainwindow_zh.moc"
