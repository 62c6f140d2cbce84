// merchant-console: the executable of the composition root (mc::console). Without a sub-command it opens the desktop app;
// sub-commands run headless for scripts, tests and benchmarks:
//   sync     synchronise the local cache with a platform endpoint
//   digest   print the canonical digest of the local cache
//   version  print the version
#include "app/console/commands/digestcommand.h"
#include "app/console/commands/synccommand.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef MC_WITH_UI
#include "app/console/desktopapplication.h"
#endif

#include <cstdio>

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"version" || command == u"--version" || command == u"sync" || command == u"digest") {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("merchant-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
        if (command == u"sync")
            return mc::commands::runSync(QCoreApplication::arguments());
        if (command == u"digest")
            return mc::commands::runDigest(QCoreApplication::arguments());
        QTextStream(stdout) << "merchant-console " << MC_VERSION << '\n';
        return 0;
    }
#ifdef MC_WITH_UI
    return mc::console::runDesktopApplication(argc, argv);
#else
    std::fputs("merchant-console was built without its user interface (MC_BUILD_UI=OFF).\n"
               "Headless commands: sync, digest, version\n",
               stderr);
    return 2;
#endif
}
