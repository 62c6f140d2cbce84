// merchant-console: composition root. Without a sub-command it opens the desktop app;
// sub-commands (version, ...) run headless for scripts, tests and benchmarks.
#include "app/core/result.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef MC_WITH_UI
#include "ui/desktopapp.h"
#endif

#include <cstdio>

namespace {

int runVersion()
{
    QTextStream(stdout) << "merchant-console " << MC_VERSION << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"version" || command == u"--version") {
        QCoreApplication app(argc, argv);
        return runVersion();
    }
#ifdef MC_WITH_UI
    return mc::ui::runDesktopApp(argc, argv);
#else
    std::fputs("merchant-console was built without its user interface (MC_BUILD_UI=OFF).\n"
               "Headless commands: version\n",
               stderr);
    return 2;
#endif
}
