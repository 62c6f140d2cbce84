// Small helpers shared by the headless sub-commands: option parsing and exit codes.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace mc::commands {

enum ExitCode {
    kExitOk = 0,
    kExitFailed = 1,     // the operation failed (platform refused, network gave up)
    kExitUsage = 2,      // bad command line
    kExitStorage = 3,    // the local database cannot be used (corrupt, too new, locked)
    kExitAuth = 4,       // credentials refused
};

// Parses `arguments` (program name first); prints the error and returns false on failure.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments);

// Peak resident memory of this process in KiB (Linux), or -1.
long peakRssKiB();

} // namespace mc::commands
