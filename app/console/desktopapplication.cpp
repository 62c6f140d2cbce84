// Desktop composition: options -> RuntimeOptions, ConsoleRuntime signals -> MainWindow and
// its dashboard (status bar, freshness, snapshots, locations, error banner), the
// dashboard's scope -> ConsoleRuntime, the counter service (when there is one) -> the Counter page,
// the day-close service -> the Reconciliation page.
#include "app/console/desktopapplication.h"

#include "app/console/commands/commandline.h"
#include "app/platform/credentials.h"
#include "app/platform/transportguard.h"
#include "app/profiles/keychainsecretstore.h"
#include "app/profiles/profile.h"
#include "app/console/profilemenu.h"
#include "app/console/sessionchooser.h"
#include "app/storage/datafolder.h"
#include "ui/catalog/catalogpage.h"
#include "ui/counter/counterpage.h"
#include "ui/reconcile/reconcilepage.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/orders/orderspage.h"
#include "ui/stock/stockpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace mc::console {

std::optional<DesktopOptions> parseDesktopOptions(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Merchant Console: sales war room, catalog, stock and orders."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  u"Run against the embedded platform sandbox (default without --endpoint)."_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Folder of the local databases (default: the per-user app data folder)."_s, u"dir"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, u"The platform's gateway, https://<host>/router/rest."_s,
                                      u"url"_s);
    const QCommandLineOption credentials(u"credentials"_s, u"Credentials file for --endpoint."_s, u"file"_s);
    const QCommandLineOption tlsSha256(u"tls-sha256"_s, u"Pin the platform's certificate by its SHA-256 (hex)."_s,
                                       u"hex"_s);
    const QCommandLineOption store(u"store"_s, u"Sign in as the manager of this store (its location id)."_s, u"id"_s);
    const QCommandLineOption counterStore(
        u"counter-store"_s, u"Run the voucher counter for this store with the owner's sign-in (head office)."_s,
        u"id"_s);
    const QCommandLineOption lang(
        u"lang"_s, u"Interface language: en or zh_CN (default: saved setting, then system)."_s, u"code"_s);
    const QCommandLineOption demoSpeed(u"demo-speed"_s, u"Demo: simulated seconds per real second (default 30)."_s,
                                       u"factor"_s);
    const QCommandLineOption fullScreen(u"full-screen"_s,
                                        u"Start in big-screen mode, for a wall display (F11 or Esc leaves)."_s);
    const QCommandLineOption demoRate(
        u"demo-rate"_s, u"Demo: orders per simulated second at the 11.11 peak (default 40)."_s, u"orders"_s);
    // For the cold-start benchmark (tests/bench/bench_cold_start.cpp); not a user feature.
    QCommandLineOption measureStartup(u"measure-startup"_s,
                                      u"Print when the dashboard first painted cached figures, then quit."_s);
    measureStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption profile(
        u"profile"_s, u"Open this profile (a shop or store connected from the welcome screen)."_s, u"name"_s);
    const QCommandLineOption welcome(u"welcome"_s,
                                     u"Show the welcome screen (demo or connect a shop) even with a profile."_s);
    parser.addOptions({demo, dataDir, endpoint, credentials, tlsSha256, store, counterStore, lang, fullScreen,
                       demoSpeed, demoRate, profile, welcome, measureStartup});
    if (!commands::parseOrExplain(parser, arguments)) {
        exitCode = parser.isSet(u"help"_s) ? commands::kExitOk : commands::kExitUsage;
        return std::nullopt;
    }
    if (parser.isSet(u"version"_s))
        parser.showVersion(); // exits

    DesktopOptions desktop;
    desktop.fullScreen = parser.isSet(fullScreen);
    desktop.measureStartup = parser.isSet(measureStartup);
    ServiceOptions &services = desktop.services;
    runtime::RuntimeOptions &options = services.runtime;
    auto fail = [&](const QString &message) {
        QTextStream(stderr) << message << '\n';
        exitCode = commands::kExitUsage;
        return std::nullopt;
    };
    desktop.profile = parser.value(profile);
    desktop.welcome = parser.isSet(welcome);
    desktop.dataDirGiven = parser.isSet(dataDir);
    if ((parser.isSet(profile) || desktop.welcome) && (parser.isSet(demo) || parser.isSet(endpoint)))
        return fail(u"--profile and --welcome choose what to open: not with --demo or --endpoint"_s);
    desktop.chooseAtStart = parser.isSet(profile) || desktop.welcome ||
                            !(parser.isSet(demo) || parser.isSet(endpoint) || parser.isSet(dataDir));
    if (parser.isSet(demo) || !parser.isSet(endpoint)) {
        services.demo = DemoOptions{};
    } else {
        if (!parser.isSet(credentials))
            return fail(u"--endpoint needs --credentials FILE"_s);
        services.platform.url = parser.value(endpoint);
        if (core::Status s = platform::checkEndpoint(QUrl(services.platform.url)); !s)
            return fail(u"--endpoint: "_s + s.error().toString());
        services.platform.credentialsPath = parser.value(credentials);
        services.platform.tlsSha256 = parser.value(tlsSha256).toLatin1();
    }
    // The demo's orders live in a folder of their own, never in the one a shop will use.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : services.demo ? profiles::demoDataDir(appData) : appData;
    if (!QDir().mkpath(options.dataDir))
        return fail(u"cannot create the data folder "_s + options.dataDir);
    if (parser.isSet(store)) {
        bool ok = false;
        options.storeId = parser.value(store).toLongLong(&ok);
        if (!ok || options.storeId <= 0)
            return fail(u"--store needs a location id"_s);
    }
    if (parser.isSet(counterStore)) {
        bool ok = false;
        options.counterStoreId = parser.value(counterStore).toLongLong(&ok);
        if (!ok || options.counterStoreId <= 0)
            return fail(u"--counter-store needs a location id"_s);
        if (options.storeId != 0 && options.counterStoreId != options.storeId)
            return fail(u"--counter-store: a store manager's counter is its own store (--store)"_s);
    }
    DemoOptions ignored; // --demo-speed and --demo-rate are checked even without demo mode
    DemoOptions &demoOptions = services.demo ? *services.demo : ignored;
    for (const auto &[option, target] :
         {std::pair{&demoSpeed, &demoOptions.speed}, std::pair{&demoRate, &demoOptions.ordersPerSecond}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toDouble(&ok);
        if (!ok || *target <= 0)
            return fail(u"--%1 needs a positive number"_s.arg(option->names().constFirst()));
    }
    return desktop;
}

ui::StatusSnapshot statusSnapshotOf(const core::SyncStatus &s)
{
    ui::StatusSnapshot out;
    switch (s.state) {
    case core::ConnectionState::Offline:
        out.connection = ui::ConnectionState::NotConnected;
        break;
    case core::ConnectionState::Connecting:
        out.connection = ui::ConnectionState::Connecting;
        break;
    case core::ConnectionState::InitialSync:
    case core::ConnectionState::Live:
        out.connection = ui::ConnectionState::Connected;
        break;
    case core::ConnectionState::Retrying:
    case core::ConnectionState::Failed:
        out.connection = s.credentialsRefused ? ui::ConnectionState::CredentialsRefused : ui::ConnectionState::Offline;
        break;
    }
    if (s.lastSyncMs > 0)
        out.lastSync = QDateTime::fromMSecsSinceEpoch(s.lastSyncMs, Qt::UTC);
    out.unsyncedChanges = s.pendingPushes;
    out.quarantinedTrades = s.quarantinedTrades;
    return out;
}

ui::DataFreshness freshnessOf(const core::SyncStatus &s, const core::Clock &platformClock)
{
    using State = ui::DataFreshness::State;
    ui::DataFreshness out;
    switch (s.state) {
    case core::ConnectionState::Offline:
        out.state = State::NotConnected;
        break;
    case core::ConnectionState::Connecting:
        out.state = State::Connecting;
        break;
    case core::ConnectionState::InitialSync:
        out.state = State::CatchingUp;
        break;
    case core::ConnectionState::Live:
        out.state = State::Live;
        break;
    case core::ConnectionState::Retrying:
        out.state = State::Retrying;
        break;
    case core::ConnectionState::Failed:
        out.state = State::Failed;
        break;
    }
    out.message = s.message;
    out.lastSyncMs = s.lastSyncMs;
    out.lastMessageMs = s.lastMessageMs;
    out.behindMs = s.behindMs;
    out.budgetRemaining = s.budgetRemaining;
    out.bannedUntilMs = s.bannedUntilMs;
    out.polling = s.polling;
    out.credentialsRefused = s.credentialsRefused;
    if (const auto *scaled = dynamic_cast<const core::ScaledClock *>(&platformClock))
        out.platformSpeed = scaled->factor(); // the demo's fast-forwarded day
    return out;
}

void connectRuntime(runtime::ConsoleRuntime &runtime, ui::MainWindow &window, bool demo)
{
    ui::DashboardPage *dashboard = window.dashboard();
    dashboard->setPlatformClock([&runtime] { return runtime.clock().nowMs(); });
    dashboard->setStoreManager(runtime.options().storeId);
    QObject::connect(&runtime, &runtime::ConsoleRuntime::statusChanged, &window,
                     [&runtime, &window, dashboard](const core::SyncStatus &status) {
                         window.setStatus(statusSnapshotOf(status));
                         dashboard->setFreshness(freshnessOf(status, runtime.clock()));
                     });
    QObject::connect(&runtime, &runtime::ConsoleRuntime::snapshotReady, dashboard, &ui::DashboardPage::showSnapshot);
    QObject::connect(&runtime, &runtime::ConsoleRuntime::locationsLoaded, dashboard, &ui::DashboardPage::setLocations);
    QObject::connect(&runtime, &runtime::ConsoleRuntime::failed, &window, &ui::MainWindow::showError);
    QObject::connect(dashboard, &ui::DashboardPage::scopeChanged, &runtime, &runtime::ConsoleRuntime::setScope);

    ui::CounterPage *counter = window.counter();
    QObject::connect(&runtime, &runtime::ConsoleRuntime::locationsLoaded, counter, &ui::CounterPage::setLocations);
    // The counter runs for a store: the store manager's own, the one head office chose with
    // --counter-store, or the demo's first store. Without any, the page says so.
    ui::OrdersPage *orders = window.orders();
    orders->setClock([&runtime] { return runtime.clock().nowMs(); });
    QObject::connect(&runtime, &runtime::ConsoleRuntime::locationsLoaded, orders, &ui::OrdersPage::setLocations);
    orders->setBrowser(runtime.orderBrowser());
    QObject::connect(&runtime, &runtime::ConsoleRuntime::ordersReady, orders, &ui::OrdersPage::setBrowser);

    ui::CatalogPage *catalog = window.catalog();
    ui::StockPage *stock = window.stock();
    catalog->setBrowser(runtime.catalogBrowser());
    stock->setServices(runtime.catalogBrowser(), runtime.stockService());
    QObject::connect(&runtime, &runtime::ConsoleRuntime::catalogReady, &window,
                     [catalog, stock](workspace::CatalogBrowser *browser, workspace::StockService *service) {
                         catalog->setBrowser(browser);
                         stock->setServices(browser, service);
                     });

    auto showCounter = [&window, counter](vouchers::CounterService *service) {
        counter->setCounterService(service);
        window.setRedemptionsToUpload(service ? 0 : -1);
        if (service)
            QObject::connect(service, &vouchers::CounterService::queueChanged, &window,
                             [&window](const QList<vouchers::RedemptionRecord> &, int pending) {
                                 window.setRedemptionsToUpload(pending);
                             });
    };
    showCounter(runtime.counterService());
    QObject::connect(&runtime, &runtime::ConsoleRuntime::counterReady, &window, showCounter);

    // Day close: a store manager's console sees its store only.
    ui::ReconcilePage *reconciliation = window.reconciliation();
    reconciliation->lockToStore(runtime.options().storeId);
    // The day to close, on the platform's clock once the runtime runs on it: yesterday; in the
    // demo, the 11.11 it lives.
    auto dayOnce = std::make_shared<QMetaObject::Connection>();
    *dayOnce = QObject::connect(&runtime, &runtime::ConsoleRuntime::statusChanged, reconciliation,
                                [&runtime, reconciliation, demo, dayOnce] {
                                    QObject::disconnect(*dayOnce);
                                    const QDate today = QDateTime::fromMSecsSinceEpoch(runtime.clock().nowMs(),
                                                                                      QTimeZone(8 * 3600))
                                                            .date();
                                    // The demo starts two minutes before its 11.11 begins.
                                    reconciliation->setDay(demo ? QDate(today.year(), 11, 11) : today.addDays(-1));
                                });
    QObject::connect(&runtime, &runtime::ConsoleRuntime::locationsLoaded, reconciliation,
                     &ui::ReconcilePage::setLocations);
    reconciliation->setReconcileService(runtime.reconcileService());
    QObject::connect(&runtime, &runtime::ConsoleRuntime::reconcileReady, reconciliation,
                     &ui::ReconcilePage::setReconcileService);

    // Campaigns: a desk on a thread of its own (the ledger's versions, a cache reader), made
    // once the runtime has created the data folder's databases (a first start of the demo
    // begins with an empty folder) and runs on the platform's clock (the demo's 11.11: made
    // earlier, the desk kept the computer's clock and called the demo's campaigns past).
    const auto attachCampaignDesk = [&window, &runtime] {
        auto *campaignThread = new QThread(&window);
        auto *desk = new campaigns::CampaignDesk(runtime.options().dataDir, runtime.clock());
        desk->moveToThread(campaignThread);
        campaignThread->start();
        QObject::connect(&window, &QObject::destroyed, [campaignThread, desk] {
            desk->cancelRehearsal();
            campaignThread->quit();
            campaignThread->wait();
            delete desk;
        });
        window.campaigns()->setDesk(desk);
        // The runtime runs on the platform's clock by now: the 11.11 presets follow it.
        window.campaigns()->setClock([&runtime] { return runtime.clock().nowMs(); });
    };
    // Publishing and vouchers: on the sync thread, with the engine's client and ledger.
    window.campaigns()->setPlatformDesk(runtime.campaignPlatform());
    QObject::connect(&runtime, &runtime::ConsoleRuntime::campaignPlatformReady, &window,
                     [&window](campaigns::CampaignPlatformDesk *platformDesk) {
                         window.campaigns()->setPlatformDesk(platformDesk);
                     });
    if (runtime.catalogBrowser()) {
        attachCampaignDesk();
    } else {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&runtime, &runtime::ConsoleRuntime::catalogReady, &window, [attachCampaignDesk, once] {
            QObject::disconnect(*once);
            attachCampaignDesk();
        });
    }
}

namespace {

// --measure-startup: once the first snapshot (the cached figures) is on the dashboard, paint
// the window synchronously, print how long that took, and quit.
void quitWhenPainted(runtime::ConsoleRuntime &runtime, ui::MainWindow &window, const QElapsedTimer &sinceStart)
{
    auto *once = new QObject(&window); // the connection's lifetime: one snapshot
    QObject::connect(&runtime, &runtime::ConsoleRuntime::snapshotReady, once,
                     [once, &window, sinceStart](const metrics::DaySnapshot &snapshot) {
                         window.repaint();
                         QTextStream(stdout) << "painted " << sinceStart.elapsed() << " ms after QApplication; "
                                             << snapshot.total.orders << " paid orders today, GMV "
                                             << snapshot.total.gmvFen << " fen" << Qt::endl;
                         once->deleteLater();
                         QApplication::quit();
                     });
}

} // namespace

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("DesktopApplication", source);
}

// Whose data the folder is for: the demo, or the shop (and store) of the credentials. When
// the credentials cannot be read the runtime says why; the folder is not claimed then.
QString dataOwnerOf(const ServiceOptions &services)
{
    if (services.demo)
        return QString::fromLatin1(platform::kDemoOwner);
    if (services.platform.credentials) // a profile's, from the keychain
        return platform::dataOwner(*services.platform.credentials);
    auto credentials = platform::loadCredentialsFile(services.platform.credentialsPath, services.runtime.storeId);
    return credentials ? platform::dataOwner(credentials.value()) : QString();
}

// One console per data folder, and a cache checked after a crash before it is trusted.
// nullptr after telling the user why the app cannot start.
std::unique_ptr<storage::DataFolder> takeDataFolder(const QString &dataDir)
{
    auto folder = storage::DataFolder::acquire(dataDir);
    if (!folder) {
        QMessageBox box(
            QMessageBox::Critical, text(QT_TRANSLATE_NOOP("DesktopApplication", "Merchant Console")),
            text(QT_TRANSLATE_NOOP("DesktopApplication", "Merchant Console is already open with this data folder.")),
            QMessageBox::Close);
        box.setInformativeText(
            text(QT_TRANSLATE_NOOP("DesktopApplication", "Switch to the open window, or close it and start again.")));
        box.setDetailedText(folder.error().toString());
        box.exec();
        return nullptr;
    }
    if (!folder.value()->previousRunCrashed())
        return std::move(folder).value();
    const core::Status health = storage::checkCache(dataDir);
    if (health)
        return std::move(folder).value();
    QMessageBox box(QMessageBox::Warning, text(QT_TRANSLATE_NOOP("DesktopApplication", "Merchant Console")),
                    text(QT_TRANSLATE_NOOP("DesktopApplication", "The local copy of your shop's data is damaged.")),
                    QMessageBox::NoButton);
    box.setInformativeText(text(QT_TRANSLATE_NOOP(
        "DesktopApplication", "Rebuild it from the platform? Your counter ledger (redemptions not yet uploaded) "
                              "is kept as it is. The damaged copy is set aside, not deleted.")));
    box.setDetailedText(health.error().toString());
    QPushButton *rebuild =
        box.addButton(text(QT_TRANSLATE_NOOP("DesktopApplication", "Rebuild cache")), QMessageBox::AcceptRole);
    box.addButton(text(QT_TRANSLATE_NOOP("DesktopApplication", "Quit")), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != rebuild)
        return nullptr;
    if (auto aside = storage::setCacheAside(dataDir); !aside) {
        QMessageBox::critical(nullptr, text(QT_TRANSLATE_NOOP("DesktopApplication", "Merchant Console")),
                              aside.error().toString());
        return nullptr;
    }
    return std::move(folder).value();
}

} // namespace

namespace {

// One data folder open in the window: its lock, the services syncing it, the window.
struct DesktopSession
{
    DesktopOptions options;
    std::unique_ptr<storage::DataFolder> folder;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<ui::MainWindow> window;

    ~DesktopSession()
    {
        window->hide();
        services->stop();
        if (core::Status backup = storage::backupLedger(options.services.runtime.dataDir); !backup)
            qWarning("ledger backup failed: %s", qPrintable(backup.error().toString()));
    }
};

// The folder taken and claimed, the services started, the window shown; nullptr after
// telling the user why not. `switchTo`: the arguments to start again with (Profile menu).
std::unique_ptr<DesktopSession> openSession(const DesktopOptions &options, const QElapsedTimer &sinceStart,
                                            const QString &profileName, QStringList &switchTo)
{
    const QString dataDir = options.services.runtime.dataDir;
    std::unique_ptr<storage::DataFolder> folder = takeDataFolder(dataDir);
    if (!folder)
        return nullptr;
    if (core::Status mine = folder->claimFor(dataOwnerOf(options.services)); !mine) {
        QMessageBox box(QMessageBox::Critical, text(QT_TRANSLATE_NOOP("DesktopApplication", "Merchant Console")),
                        text(QT_TRANSLATE_NOOP("DesktopApplication",
                                               "This data folder holds another shop's data (or the demo's).")),
                        QMessageBox::Close);
        box.setInformativeText(text(QT_TRANSLATE_NOOP(
            "DesktopApplication", "Start with another data folder (--data-dir), so that the two are never mixed.")));
        box.setDetailedText(mine.error().toString());
        box.exec();
        return nullptr;
    }
    auto session = std::make_unique<DesktopSession>();
    session->options = options;
    session->folder = std::move(folder);
    session->services = std::make_unique<ConsoleServices>(options.services);
    session->window = std::make_unique<ui::MainWindow>(dataDir);
    DesktopSession *s = session.get();
    ui::MainWindow &window = *s->window;
    connectRuntime(s->services->runtime(), window, s->services->isDemo());
    if (options.measureStartup)
        quitWhenPainted(s->services->runtime(), window, sinceStart);
    addProfileMenu(window, profileName, s->services->isDemo(), [&switchTo](const QStringList &args) {
        switchTo = args;
        QApplication::quit();
    });
    // Settings -> Rebuild cache: stop syncing, set the cache aside, start again on a fresh one.
    QObject::connect(&window, &ui::MainWindow::rebuildCacheRequested, &window, [s, dataDir] {
        s->services->stop();
        s->services.reset();
        if (auto aside = storage::setCacheAside(dataDir); !aside)
            s->window->showError(aside.error().toString());
        s->services = std::make_unique<ConsoleServices>(s->options.services);
        connectRuntime(s->services->runtime(), *s->window, s->services->isDemo());
        s->services->start();
    });
    if (options.fullScreen)
        window.showFullScreen();
    else
        window.show();
    s->services->start(); // after show(): the window paints while the sandbox starts
    return session;
}

// The options for a profile chosen at start: its own data folder (unless --data-dir), its
// credentials in memory only.
DesktopOptions profileOptions(DesktopOptions options, const profiles::Profile &profile,
                              const platform::Credentials &credentials, const QString &givenDataDir)
{
    options.services.demo.reset();
    options.services.platform.url = profile.endpoint;
    options.services.platform.credentials = credentials;
    options.services.platform.tlsSha256 = profile.tlsSha256;
    runtime::RuntimeOptions &runtime = options.services.runtime;
    runtime.storeId = profile.storeId;
    if (runtime.counterStoreId != 0 && profile.storeId != 0)
        runtime.counterStoreId = profile.storeId;
    runtime.dataDir = !givenDataDir.isEmpty()
                          ? givenDataDir
                          : profiles::profileDataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                                     profile.name);
    QDir().mkpath(runtime.dataDir);
    return options;
}

} // namespace

int runDesktopApplication(int &argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    ui::setApplicationIdentity();
    ui::applyUiLanguage(QApplication::arguments());
    int exitCode = commands::kExitOk;
    const std::optional<DesktopOptions> options = parseDesktopOptions(QApplication::arguments(), exitCode);
    if (!options)
        return exitCode;

    QStringList switchTo;
    std::unique_ptr<DesktopSession> session;
    profiles::KeychainSecretStore keychain;
    SessionChooser chooser(keychain);
    if (!options->chooseAtStart) {
        session = openSession(*options, sinceStart, QString(), switchTo);
        if (!session)
            return commands::kExitStorage;
    } else {
        auto open = [&](const DesktopOptions &chosen, const QString &profileName) {
            session = openSession(chosen, sinceStart, profileName, switchTo);
            if (!session)
                QApplication::exit(commands::kExitStorage);
        };
        const QString givenDataDir = options->dataDirGiven ? options->services.runtime.dataDir : QString();
        QObject::connect(&chooser, &SessionChooser::demoChosen, &chooser, [&] { open(*options, QString()); });
        QObject::connect(&chooser, &SessionChooser::profileChosen, &chooser,
                         [&](const profiles::Profile &profile, const platform::Credentials &credentials) {
                             open(profileOptions(*options, profile, credentials, givenDataDir), profile.name);
                         });
        QObject::connect(&chooser, &SessionChooser::failed, &chooser, [&](const QString &message) {
            QMessageBox::warning(nullptr, text(QT_TRANSLATE_NOOP("DesktopApplication", "Merchant Console")),
                                 message);
            chooser.choose(QString(), true);
        });
        QObject::connect(&chooser, &SessionChooser::cancelled, &chooser, [] { QApplication::exit(commands::kExitOk); });
        chooser.choose(options->profile, options->welcome);
    }
    const int code = QApplication::exec();
    session.reset();
    if (!switchTo.isEmpty())
        QProcess::startDetached(QApplication::applicationFilePath(), switchTo);
    return code;
}

} // namespace mc::console
