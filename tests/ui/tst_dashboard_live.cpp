// The real wiring of the desktop app, headless: app/console/desktopapplication.cpp's options and
// connections, a ConsoleRuntime in demo mode (embedded sandbox, sync and metrics threads)
// and the main window. The dashboard must come alive with GMV > 0, follow a scope change
// through the runtime, and show the sync as connected.
#include "app/console/desktopapplication.h"
#include "tests/support/testdata.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/gmvcounter.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDashboardLive : public QObject
{
    Q_OBJECT

private:
    mc::test::IsolatedSettings m_settings;

private Q_SLOTS:
    void options()
    {
        int exitCode = -1;
        auto demo = mc::console::parseDesktopOptions({u"mc"_s, u"--data-dir"_s, m_settings.folder()}, exitCode);
        QVERIFY(demo);
        QVERIFY(demo->services.demo.has_value()); // the default without --endpoint
        QCOMPARE(demo->services.runtime.dataDir, m_settings.folder());
        QCOMPARE(demo->services.runtime.storeId, 0);
        QVERIFY(!demo->fullScreen);

        auto manager =
            mc::console::parseDesktopOptions({u"mc"_s, u"--data-dir"_s, m_settings.folder(), u"--store"_s, u"11"_s,
                                          u"--demo-speed"_s, u"60"_s, u"--lang"_s, u"zh_CN"_s, u"--full-screen"_s},
                                         exitCode);
        QVERIFY(manager);
        QCOMPARE(manager->services.runtime.storeId, 11);
        QCOMPARE(manager->services.demo->speed, 60.0);
        QVERIFY(manager->fullScreen);

        auto platform =
            mc::console::parseDesktopOptions({u"mc"_s, u"--data-dir"_s, m_settings.folder(), u"--endpoint"_s,
                                          u"https://gw.example/router/rest"_s, u"--credentials"_s, u"c.json"_s},
                                         exitCode);
        QVERIFY(platform);
        QVERIFY(!platform->services.demo);
        QCOMPARE(platform->services.platform.url, u"https://gw.example/router/rest"_s);

        QVERIFY(!mc::console::parseDesktopOptions({u"mc"_s, u"--endpoint"_s, u"https://gw.example"_s}, exitCode));
        QCOMPARE(exitCode, 2);
        QVERIFY(!mc::console::parseDesktopOptions({u"mc"_s, u"--store"_s, u"shop"_s}, exitCode));
        QVERIFY(!mc::console::parseDesktopOptions({u"mc"_s, u"--demo-rate"_s, u"-1"_s}, exitCode));

        // Without --demo, --endpoint or --data-dir: a profile, or the welcome screen.
        auto ask = mc::console::parseDesktopOptions({u"mc"_s}, exitCode);
        QVERIFY(ask && ask->chooseAtStart && ask->profile.isEmpty());
        QVERIFY(ask->services.runtime.dataDir.endsWith(u"/demo"_s)); // if the demo is chosen
        auto named = mc::console::parseDesktopOptions({u"mc"_s, u"--profile"_s, u"Flagship"_s}, exitCode);
        QVERIFY(named && named->chooseAtStart);
        QCOMPARE(named->profile, u"Flagship"_s);
        QVERIFY(!mc::console::parseDesktopOptions({u"mc"_s, u"--profile"_s, u"Flagship"_s, u"--demo"_s}, exitCode));
        QCOMPARE(exitCode, 2);
        QVERIFY(!demo->chooseAtStart);
    }

    void statusConversions()
    {
        mc::core::SyncStatus status;
        status.state = mc::core::ConnectionState::Retrying;
        status.lastSyncMs = 1'731'254'400'000;
        status.pendingPushes = 3;
        status.behindMs = 5'000;
        status.budgetRemaining = 7;
        const mc::ui::StatusSnapshot bar = mc::console::statusSnapshotOf(status);
        QCOMPARE(bar.connection, mc::ui::ConnectionState::Offline);
        QCOMPARE(bar.lastSync.toMSecsSinceEpoch(), status.lastSyncMs);
        QCOMPARE(bar.unsyncedChanges, 3);
        const mc::core::ManualClock system;
        const mc::core::ScaledClock demo(system, 0, 30.0);
        const mc::ui::DataFreshness f = mc::console::freshnessOf(status, demo);
        QCOMPARE(f.state, mc::ui::DataFreshness::State::Retrying);
        QCOMPARE(f.behindMs, 5'000);
        QCOMPARE(f.budgetRemaining, 7);
        QCOMPARE(f.platformSpeed, 30.0);
        QCOMPARE(mc::console::freshnessOf(status, system).platformSpeed, 1.0);

        status.state = mc::core::ConnectionState::Live;
        status.polling = true;
        QVERIFY(mc::console::freshnessOf(status, system).polling);
        status.state = mc::core::ConnectionState::Failed;
        status.credentialsRefused = true;
        QCOMPARE(mc::console::statusSnapshotOf(status).connection, mc::ui::ConnectionState::CredentialsRefused);
        QVERIFY(mc::console::freshnessOf(status, system).credentialsRefused);
        // A plain http:// endpoint on another computer is refused before the window opens.
        int exitCode = -1;
        QVERIFY(!mc::console::parseDesktopOptions(
            {u"mc"_s, u"--endpoint"_s, u"http://gw.example/router/rest"_s, u"--credentials"_s, u"c.json"_s}, exitCode));
        QCOMPARE(exitCode, 2);
    }

    void demoRuntimeFeedsTheDashboard()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        mc::console::ServiceOptions options;
        options.runtime.dataDir = data.path();
        options.runtime.historyDays = 3;
        options.demo = mc::console::DemoOptions{60, 40, 500};
        mc::console::ConsoleServices services(options);
        mc::ui::MainWindow window(data.path());
        mc::console::connectRuntime(services.runtime(), window);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        services.start();

        auto *counter = window.findChild<mc::ui::GmvCounter *>(u"gmv.counter"_s);
        QVERIFY(counter);
        QTRY_VERIFY_WITH_TIMEOUT(counter->targetFen() > 0, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(u"status.connection"_s)->text(), u"Platform: Connected"_s,
                                  30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboard()->isStale(), 30'000);

        // A scope change travels to the metrics thread and back: online only has no store sales.
        auto *scope = window.findChild<QComboBox *>(u"dashboard.scope"_s);
        QTRY_VERIFY_WITH_TIMEOUT(scope->count() > 2, 30'000); // the stores arrived
        scope->setCurrentIndex(scope->findText(u"Online"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"split.inStore"_s)->text().contains(u"· 0%"_s), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(counter->targetFen() > 0, 30'000);
        QVERIFY(window.grab().save(mc::test::outputPath(u"ui/dashboard-live.png"_s)));
        QVERIFY(!window.findChild<QWidget *>(u"errorBanner"_s)->isVisible());
        services.stop();
    }
};

QTEST_MAIN(TestDashboardLive)
#include "tst_dashboard_live.moc"
