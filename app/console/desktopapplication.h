// The desktop app: parses the options, builds the console's services (demo platform or a
// real one, sync and metrics threads) and the main window, and connects them.
#pragma once

#include "app/console/consoleservices.h"
#include "ui/dashboard/datafreshness.h"
#include "ui/statussnapshot.h"

#include <QStringList>

#include <optional>

namespace mc::ui {
class MainWindow;
}

namespace mc::console {

// Runs the desktop app until its window closes; returns the exit code.
int runDesktopApplication(int &argc, char **argv);

struct DesktopOptions
{
    ServiceOptions services;
    bool fullScreen = false;     // start in big-screen mode
    bool measureStartup = false; // print when cached figures were first painted, then quit
    // Neither --demo nor --endpoint nor --data-dir: open --profile NAME, the profile used
    // last, or the welcome screen (sessionchooser.h). `services` then holds the demo's
    // defaults, used when the welcome screen's "Try the demo" is chosen.
    bool chooseAtStart = false;
    QString profile; // --profile NAME
    bool welcome = false; // --welcome: the welcome screen even with a profile configured
    bool dataDirGiven = false; // --data-dir: used for the profile chosen too
};

// The pieces, public for tests of the wiring:
// --demo, --data-dir, --endpoint, --credentials, --tls-sha256, --store, --lang,
// --full-screen, --demo-speed, --demo-rate, --profile, --welcome (and the hidden --measure-startup). nullopt after printing help or an error;
// exitCode says which.
std::optional<DesktopOptions> parseDesktopOptions(const QStringList &arguments, int &exitCode);
ui::StatusSnapshot statusSnapshotOf(const core::SyncStatus &status);
ui::DataFreshness freshnessOf(const core::SyncStatus &status, const core::Clock &platformClock);
// Runtime -> window (status bar, pages, error banner) and dashboard scope -> runtime. `demo`:
// the runtime follows the embedded sandbox's 11.11 (day close opens on that day).
void connectRuntime(runtime::ConsoleRuntime &runtime, ui::MainWindow &window, bool demo = false);

} // namespace mc::console
