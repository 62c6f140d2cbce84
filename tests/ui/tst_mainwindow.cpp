// Main window smoke test: every page is reachable through the navigation, the status bar
// shows its defaults and what it is fed, About opens and closes, settings are saved, full
// screen is the big-screen dashboard, failures show in a banner. Saves a screenshot per
// page (and a dark-palette pair) to test-output/ui/.
#include "app/buildinfo/buildinfo.h"
#include "tests/support/testdata.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/palettes.h"
#include "ui/aboutdialog.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;
using mc::ui::MainWindow;

namespace {
const QStringList kPageKeys{u"dashboard"_s, u"orders"_s,   u"catalog"_s,        u"stock"_s,
                            u"campaigns"_s, u"vouchers"_s, u"reconciliation"_s, u"settings"_s};

QString labelText(const QWidget *window, const QString &name)
{
    const auto *label = window->findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QListWidget *navigation() const { return m_window->findChild<QListWidget *>(u"navigation"_s); }
    QStackedWidget *pages() const { return m_window->findChild<QStackedWidget *>(u"pages"_s); }

    void clickPage(const QString &key)
    {
        QListWidget *list = navigation();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == key) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
                return;
            }
        }
        QFAIL(qPrintable(u"no navigation entry for "_s + key));
    }

    mc::test::IsolatedSettings m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        m_window = std::make_unique<MainWindow>(m_settings.folder() + u"/data"_s);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void navigationListsEveryPage()
    {
        QStringList keys;
        for (int row = 0; row < navigation()->count(); ++row)
            keys << navigation()->item(row)->data(Qt::UserRole).toString();
        QCOMPARE(keys, kPageKeys);
        QCOMPARE(pages()->count(), kPageKeys.size());
    }

    void clickingNavigationShowsPage_data()
    {
        QTest::addColumn<QString>("key");
        // Backwards, so every click changes the page (the dashboard is current at start).
        for (auto it = kPageKeys.crbegin(); it != kPageKeys.crend(); ++it)
            QTest::newRow(qPrintable(*it)) << *it;
    }

    // Every page gives way on a 1024x680 screen (a store's counter PC, a small laptop): none
    // may set the window's minimum width past it (the sidebar and frame need ~30 pixels).
    void fitsA1024PixelScreen()
    {
        QVERIFY2(m_window->minimumSizeHint().width() <= 990,
                 qPrintable(u"minimum width %1"_s.arg(m_window->minimumSizeHint().width())));
        QVERIFY(m_window->minimumSizeHint().height() <= 650);
    }

    void clickingNavigationShowsPage()
    {
        QFETCH(QString, key);
        clickPage(key);
        QWidget *current = pages()->currentWidget();
        QCOMPARE(current->objectName(), u"page."_s + key);
        QVERIFY(current->isVisible());
        QVERIFY(!labelText(current, u"page.title"_s).isEmpty());
        // Unbuilt pages say so instead of showing made-up data.
        static const QStringList real{u"settings"_s, u"dashboard"_s, u"vouchers"_s, u"orders"_s, u"catalog"_s, u"stock"_s,
                                      u"reconciliation"_s, u"campaigns"_s};
        const bool unavailable = current->findChild<QLabel *>(u"unavailable.heading"_s) != nullptr;
        QCOMPARE(unavailable, !real.contains(key));
        QVERIFY(m_window->grab().save(mc::test::outputPath(u"ui/%1.png"_s.arg(key))));
    }

    void arrowKeysMoveThroughPages()
    {
        clickPage(u"dashboard"_s);
        navigation()->setFocus();
        QTest::keyClick(navigation(), Qt::Key_Down);
        QCOMPARE(pages()->currentWidget()->objectName(), u"page.orders"_s);
        QTest::keyClick(navigation(), Qt::Key_End);
        QCOMPARE(pages()->currentWidget()->objectName(), u"page.settings"_s);
    }

    void statusBarShowsDefaultsUntilFed()
    {
        MainWindow fresh(m_settings.folder());
        QCOMPARE(labelText(&fresh, u"status.connection"_s), u"Platform: Not connected"_s);
        QCOMPARE(labelText(&fresh, u"status.lastSync"_s), u"Last sync: Never"_s);
        QCOMPARE(labelText(&fresh, u"status.unsynced"_s), u"Unsynced changes: 0"_s);
    }

    void statusBarShowsSnapshot()
    {
        const QDateTime synced(QDate(2024, 11, 11), QTime(0, 0, 5));
        m_window->setStatus({mc::ui::ConnectionState::Connected, synced, 1234});
        QCOMPARE(labelText(m_window.get(), u"status.connection"_s), u"Platform: Connected"_s);
        // Shown in Beijing time whatever the computer's time zone, as the dashboard's times are.
        const QDateTime beijing(QDate(2024, 11, 11), QTime(8, 0, 5), Qt::OffsetFromUTC, 8 * 3600);
        const QDateTime syncedUtc = beijing.toUTC();
        m_window->setStatus({mc::ui::ConnectionState::Connected, syncedUtc, 1234});
        QCOMPARE(labelText(m_window.get(), u"status.lastSync"_s),
                 u"Last sync: "_s + QLocale().toString(beijing, QLocale::ShortFormat));
        QCOMPARE(labelText(m_window.get(), u"status.unsynced"_s), u"Unsynced changes: "_s + QLocale().toString(1234));
        m_window->setStatus({mc::ui::ConnectionState::Offline, synced, 0});
        QCOMPARE(labelText(m_window.get(), u"status.connection"_s), u"Platform: Offline"_s);
        m_window->setStatus({});
    }

    void statusBarCountsVouchersToUploadOnceACounterRuns()
    {
        auto *label = m_window->findChild<QLabel *>(u"status.redemptions"_s);
        QVERIFY(label);
        m_window->show();
        QVERIFY(!label->isVisible()); // no counter on this console
        m_window->setRedemptionsToUpload(3);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), u"Vouchers to upload: 3"_s);
        m_window->setRedemptionsToUpload(-1);
        QVERIFY(!label->isVisible());
    }

    void aboutOpensAndCloses()
    {
        auto *about = m_window->findChild<QAction *>(u"action.about"_s);
        QVERIFY(about);
        about->trigger();
        mc::ui::AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<mc::ui::AboutDialog *>()) && dialog->isVisible());
        QVERIFY(labelText(dialog, u"about.version"_s).contains(QStringLiteral(MC_VERSION)));
        QVERIFY(labelText(dialog, u"about.qt"_s).contains(QString::fromLatin1(qVersion())));
        QVERIFY(labelText(dialog, u"about.sqlite"_s).contains(QString::fromLatin1(sqlite3_libversion())));
        QVERIFY(labelText(dialog, u"about.openssl"_s)
                    .contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))));
        // The commit as `git describe` gave it when CMake configured, or "unknown" outside a checkout.
        QCOMPARE(labelText(dialog, u"about.commit"_s), mc::buildinfo::commit().isEmpty()
                                                           ? u"Commit: unknown (not built from a git checkout)"_s
                                                           : u"Commit "_s + mc::buildinfo::commit());
        QVERIFY(dialog->grab().save(mc::test::outputPath(u"ui/about.png"_s)));

        QPushButton *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<mc::ui::AboutDialog *>());
    }

    void fullScreenToggles()
    {
        auto *fullScreen = m_window->findChild<QAction *>(u"action.fullScreen"_s);
        QVERIFY(fullScreen);
        QCOMPARE(fullScreen->shortcut(), QKeySequence(Qt::Key_F11));
        clickPage(u"settings"_s);
        fullScreen->trigger();
        QTRY_VERIFY(m_window->isFullScreen());
        QVERIFY(fullScreen->isChecked());
        // The war room on the wall: the dashboard in large type, no sidebar or menus.
        QCOMPARE(pages()->currentWidget()->objectName(), u"page.dashboard"_s);
        QVERIFY(m_window->dashboard()->isBigScreen());
        QVERIFY(!m_window->findChild<QWidget *>(u"sidebar"_s)->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        fullScreen->trigger();
        QTRY_VERIFY(!m_window->isFullScreen());
        QVERIFY(!fullScreen->isChecked());
        QVERIFY(!m_window->dashboard()->isBigScreen());
        QVERIFY(m_window->findChild<QWidget *>(u"sidebar"_s)->isVisible());

        // The page's own button asks for it too, and Escape leaves.
        QTest::mouseClick(m_window->findChild<QToolButton *>(u"dashboard.bigScreen"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->isFullScreen());
        QVERIFY(m_window->dashboard()->isBigScreen());
        auto *leave = m_window->findChild<QAction *>(u"action.leaveFullScreen"_s);
        QVERIFY(leave->isEnabled());
        QCOMPARE(leave->shortcut(), QKeySequence(Qt::Key_Escape));
        leave->trigger();
        QTRY_VERIFY(!m_window->isFullScreen());
        QVERIFY(!leave->isEnabled());
    }

    void failuresShowInABanner()
    {
        auto *banner = m_window->errorBanner();
        QVERIFY(!banner->isVisible());
        m_window->showError(u"The platform refused the credentials."_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(labelText(banner, u"errorBanner.text"_s), u"The platform refused the credentials."_s);
        m_window->showError(u"Still refused."_s);
        QCOMPARE(banner->count(), 2);
        QVERIFY(labelText(banner, u"errorBanner.text"_s).startsWith(u"Still refused."_s));
        QVERIFY(m_window->grab().save(mc::test::outputPath(u"ui/error-banner.png"_s)));
        QTest::mouseClick(banner->findChild<QPushButton *>(u"errorBanner.dismiss"_s), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(QApplication::activeModalWidget() == nullptr); // never a modal box
    }

    void settingsSaveLanguageAndShowDataFolder()
    {
        clickPage(u"settings"_s);
        auto *language = m_window->findChild<QComboBox *>(u"settings.language"_s);
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QString()); // follows the system by default
        language->setCurrentIndex(language->findData(u"zh_CN"_s));
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
        language->setCurrentIndex(0);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), QString());

        auto *folder = m_window->findChild<QLineEdit *>(u"settings.dataFolder"_s);
        QVERIFY(folder && folder->isReadOnly());
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), m_settings.folder() + u"/data"_s);
    }

    // Settings -> Rebuild cache asks first; only "Rebuild" reaches the composition root.
    void rebuildCacheAsksBeforeItIsRequested()
    {
        clickPage(u"settings"_s);
        QSignalSpy requested(m_window.get(), &mc::ui::MainWindow::rebuildCacheRequested);
        auto *button = m_window->findChild<QPushButton *>(u"settings.rebuildCache"_s);
        QVERIFY(button && button->isVisible());
        for (const bool confirm : {false, true}) {
            button->click();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"settings.rebuildCache.confirm"_s)) != nullptr);
            QAbstractButton *answer = confirm ? box->buttons().constFirst() : box->button(QMessageBox::Cancel);
            if (confirm)
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        answer = b;
            answer->click();
            QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"settings.rebuildCache.confirm"_s));
            QCOMPARE(requested.count(), confirm ? 1 : 0);
        }
    }

    void pagesFollowADarkPalette()
    {
        const QPalette light = QApplication::palette();
        const QPalette dark = mc::test::darkPalette(light);
        QApplication::setPalette(dark);
        QCoreApplication::processEvents(); // the change reaches widgets through posted events
        for (const QString &key : {u"dashboard"_s, u"settings"_s}) {
            clickPage(key);
            const QImage shot = m_window->grab().toImage();
            QVERIFY(shot.save(mc::test::outputPath(u"ui/dark-%1.png"_s.arg(key))));
            // Top-left corner of the page area: page background, which must follow the palette.
            const QPoint corner = pages()->mapTo(m_window.get(), QPoint(4, 4)) * shot.devicePixelRatio();
            QCOMPARE(shot.pixelColor(corner), dark.color(QPalette::Base));
        }
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
