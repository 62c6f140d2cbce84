// merchant-console: the executable of the composition root (mc::console). Without a sub-command it opens the desktop
// app; sub-commands run headless for scripts, tests and benchmarks:
//   sync     synchronise the local cache with a platform endpoint
//   digest   print the canonical digest of the local cache
//   rebuild-cache, verify-ledger, restore-ledger   care of the data folder
//   voucher verify, redeem   the store counter: verify codes offline, redeem one
//   reconcile   day close: counter, platform, settlement (and till) for a store's day
//   version  print the version
#include "app/console/commands/digestcommand.h"
#include "app/console/commands/maintenancecommands.h"
#include "app/console/commands/reconcilecommand.h"
#include "app/console/commands/synccommand.h"
#include "app/console/commands/vouchercommands.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef MC_WITH_UI
#include "app/console/desktopapplication.h"

#include <QGuiApplication>
#endif

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    static const QStringList kHeadless{u"version"_s,       u"--version"_s,     u"sync"_s,          u"digest"_s,
                                       u"rebuild-cache"_s, u"verify-ledger"_s, u"restore-ledger"_s,
                                       u"voucher"_s,       u"redeem"_s};
    if (command == u"reconcile") {
#ifdef MC_WITH_UI
        // The PDF needs fonts, hence a QGuiApplication; no window is ever shown.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
#else
        QCoreApplication app(argc, argv);
#endif
        QCoreApplication::setApplicationName(QStringLiteral("merchant-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
        return mc::commands::runReconcile(QCoreApplication::arguments());
    }
    if (kHeadless.contains(command)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("merchant-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
        if (command == u"sync")
            return mc::commands::runSync(QCoreApplication::arguments());
        if (command == u"digest")
            return mc::commands::runDigest(QCoreApplication::arguments());
        if (command == u"voucher")
            return mc::commands::runVoucher(QCoreApplication::arguments());
        if (command == u"redeem")
            return mc::commands::runRedeem(QCoreApplication::arguments());
        if (command == u"rebuild-cache")
            return mc::commands::runRebuildCache(QCoreApplication::arguments());
        if (command == u"verify-ledger")
            return mc::commands::runVerifyLedger(QCoreApplication::arguments());
        if (command == u"restore-ledger")
            return mc::commands::runRestoreLedger(QCoreApplication::arguments());
        QTextStream(stdout) << "merchant-console " << MC_VERSION << '\n';
        return 0;
    }
#ifdef MC_WITH_UI
    return mc::console::runDesktopApplication(argc, argv);
#else
    std::fputs("merchant-console was built without its user interface (MC_BUILD_UI=OFF).\n"
               "Headless commands: sync, digest, rebuild-cache, verify-ledger, restore-ledger, voucher, redeem, reconcile, "
               "version\n",
               stderr);
    return 2;
#endif
}
