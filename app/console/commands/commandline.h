// Small helpers shared by the headless sub-commands: option parsing and exit codes.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace mc::storage {
class DataFolder;
}

namespace mc::commands {

enum ExitCode {
    kExitOk = 0,
    kExitFailed = 1,     // the operation failed (platform refused, network gave up)
    kExitUsage = 2,      // bad command line
    kExitStorage = 3,    // the local database cannot be used (corrupt, too new, locked)
    kExitAuth = 4,       // credentials refused
    kExitRefused = 5,    // a voucher was refused (here or by the platform)
};

// Parses `arguments` (program name first); prints the error and returns false on failure.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments);
// What a command returns when parseOrExplain() said no: 0 after --help, else kExitUsage.
int usageExit(const QCommandLineParser &parser);
// Prints "COMMAND: MESSAGE" on stderr and returns kExitUsage.
int usageError(const QString &command, const QString &message);
// The sub-command must be the only positional argument; otherwise prints why and returns false.
bool noExtraArguments(const QCommandLineParser &parser, const QString &command);

// Strict numbers: `option`'s value as an integer in [min, max], or a finite number in
// (0, max]; `fallback` when the option is not given. Anything else (letters, trailing
// characters, out of range) prints "COMMAND: --OPTION needs ..., got 'VALUE'" and gives nullopt.
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &command, const QString &option,
                                    qint64 min, qint64 max, qint64 fallback);
std::optional<double> positiveNumberOption(const QCommandLineParser &parser, const QString &command,
                                           const QString &option, double max, double fallback);

// Takes the data folder's lock (one console per folder); prints why and gives null when
// another process holds it or the folder cannot be used (the command exits kExitStorage).
std::unique_ptr<storage::DataFolder> lockDataFolder(const QString &command, const QString &dataDir);

// Peak resident memory of this process in KiB (Linux), or -1.
long peakRssKiB();

} // namespace mc::commands
