// merchant-console: the executable of the composition root (mc::console). Without a sub-command it opens the desktop
// app; sub-commands run headless for scripts, tests and benchmarks:
//   sync     synchronise the local cache with a platform endpoint
//   digest   print the canonical digest of the local cache
//   rebuild-cache, verify-ledger, restore-ledger   care of the data folder
//   voucher verify, redeem, redemptions   the store counter: verify codes offline, redeem
//            one, list (and upload) the ledger's redemptions
//   reconcile   day close: counter, platform, settlement (and till) for a store's day
//   export orders|catalog|stock   the cached orders that match, the SKUs, the stock, as CSV
//   campaign  rehearse a campaign on cached orders, import/export JSON, versions, publish
//   version  print the version, the git commit and the versions of Qt, SQLite and OpenSSL (also --version)
//   help     list the commands and the desktop app's options (also --help, -h; `help COMMAND` = `COMMAND --help`)
#include "app/buildinfo/buildinfo.h"
#include "app/console/commands/campaigncommand.h"
#include "app/console/commands/digestcommand.h"
#include "app/console/commands/exportcommand.h"
#include "app/console/commands/maintenancecommands.h"
#include "app/console/commands/reconcilecommand.h"
#include "app/console/commands/redemptionscommand.h"
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

namespace {

// `merchant-console --help`: headless, so it also answers on a server without a display.
int printHelp(const QStringList &arguments)
{
    QTextStream out(stdout);
    out << "Usage: merchant-console [OPTIONS]        open the desktop app\n"
           "       merchant-console COMMAND [OPTIONS] run a command without a window\n\n"
           "Commands (each answers --help with its own options):\n"
           "  sync            synchronise the local cache with the platform (--once or --follow)\n"
           "  digest          print the canonical digest of the local cache\n"
           "  voucher verify  verify voucher codes read from stdin, offline\n"
           "  redeem          verify and redeem one voucher code at a store's counter\n"
           "  redemptions     list the counter's redemptions; with --endpoint, upload the pending ones\n"
           "  reconcile       day close of a store (or all stores): counter, platform, settlement, till\n"
           "  export orders   the cached orders that match, as CSV for Excel and WPS\n"
           "  export catalog  the cached SKUs with price and stock in total, as CSV\n"
           "  export stock    one row per SKU and location (edit it and import it on the Stock page)\n"
           "  campaign        rehearse a campaign on the cached orders (simulate), import, export, versions, publish,\n"
           "                  vouchers (issue in batches; codes as CSV and as a PDF sheet of QR codes)\n"
           "  rebuild-cache   set a damaged cache aside; the next sync fetches it again\n"
           "  verify-ledger   re-compute the ledger's keyed chains (audit log, redemptions)\n"
           "  restore-ledger  put ledger.sqlite.bak back; the current ledger is kept aside\n"
           "  version         print the version, the git commit and the library versions (also --version)\n"
           "  help            this text (also --help, -h); help COMMAND is COMMAND --help\n\n"
           "Exit codes: 0 ok, 1 failed, 2 usage, 3 local database unusable, 4 credentials refused,\n"
           "5 voucher refused, 130/143 interrupted. See merchant-console(1).\n";
#ifdef MC_WITH_UI
    out << "\nThe desktop app:\n";
    out.flush();
    int exitCode = 0;
    mc::console::parseDesktopOptions({arguments.value(0), u"--help"_s}, exitCode); // prints its options
    return exitCode;
#else
    Q_UNUSED(arguments);
    out << "\nThis build has no desktop app (MC_BUILD_UI=OFF).\n";
    return 0;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    static const QStringList kHeadless{u"version"_s,        u"--version"_s,     u"sync"_s,        u"digest"_s,
                                       u"rebuild-cache"_s,  u"verify-ledger"_s, u"voucher"_s,     u"redeem"_s,
                                       u"redemptions"_s,    u"export"_s,        u"restore-ledger"_s, u"help"_s, u"campaign"_s,
                                       u"--help"_s,         u"-h"_s};
    // `help reconcile` is `reconcile --help`.
    const bool reconcileHelp = first == u"help" && argc > 2 && QString::fromLocal8Bit(argv[2]) == u"reconcile";
    // `campaign vouchers ... --pdf FILE` draws the QR sheet: fonts too.
    bool campaignPdf = false;
    for (int i = 2; first == u"campaign" && i < argc; ++i)
        campaignPdf = campaignPdf || QString::fromLocal8Bit(argv[i]).startsWith(u"--pdf"_s);
    if (first == u"reconcile" || reconcileHelp || campaignPdf) {
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
        QStringList arguments = QCoreApplication::arguments();
        if (reconcileHelp) {
            arguments.removeAt(1);
            arguments.append(u"--help"_s);
        }
        if (campaignPdf)
            return mc::commands::runCampaign(arguments);
        return mc::commands::runReconcile(arguments);
    }
    if (kHeadless.contains(first)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("merchant-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
        QStringList arguments = QCoreApplication::arguments();
        // help COMMAND [...] is COMMAND [...] --help.
        if (first == u"help" && arguments.size() > 2 && kHeadless.contains(arguments.at(2))) {
            arguments.removeAt(1);
            arguments.append(u"--help"_s);
        }
        const QString command = arguments.at(1);
        if (command == u"sync")
            return mc::commands::runSync(arguments);
        if (command == u"digest")
            return mc::commands::runDigest(arguments);
        if (command == u"voucher")
            return mc::commands::runVoucher(arguments);
        if (command == u"redeem")
            return mc::commands::runRedeem(arguments);
        if (command == u"export")
            return mc::commands::runExport(arguments);
        if (command == u"campaign")
            return mc::commands::runCampaign(arguments);
        if (command == u"redemptions")
            return mc::commands::runRedemptions(arguments);
        if (command == u"rebuild-cache")
            return mc::commands::runRebuildCache(arguments);
        if (command == u"verify-ledger")
            return mc::commands::runVerifyLedger(arguments);
        if (command == u"restore-ledger")
            return mc::commands::runRestoreLedger(arguments);
        if (command == u"help" || command == u"--help" || command == u"-h")
            return printHelp(arguments);
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            QTextStream(stdout) << "Usage: merchant-console version\n"
                                   "Prints the version, the git commit it was built from and the versions of Qt,\n"
                                   "SQLite and OpenSSL it runs with. The same as merchant-console --version.\n";
            return 0;
        }
        QTextStream(stdout) << mc::buildinfo::versionText(u"merchant-console"_s);
        return 0;
    }
#ifdef MC_WITH_UI
    return mc::console::runDesktopApplication(argc, argv);
#else
    std::fputs(
        "merchant-console was built without its user interface (MC_BUILD_UI=OFF).\n"
        "Headless commands: sync, digest, rebuild-cache, verify-ledger, restore-ledger, voucher, redeem, "
        "redemptions, reconcile, export, campaign, version, help\n",
        stderr);
    return 2;
#endif
}
