// Running the merchant-console executable's headless commands from tests, and checks on
// the cache it leaves behind.
#pragma once

#include "tests/support/sandboxprocess.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace mc::test {

struct CommandResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs `merchant-console ARGS...` to completion (or kills it after timeoutMs).
CommandResult runConsole(const QStringList &args, int timeoutMs = 120'000);

// `sync --once` of dataDir against a running sandbox (owner credential), plus extra args.
CommandResult syncOnce(const SandboxProcess &sandbox, const QString &dataDir, const QStringList &extra = {},
                       int timeoutMs = 120'000);
QStringList syncArgs(const SandboxProcess &sandbox, const QString &dataDir);

// `merchant-console digest --data-dir DIR` (empty on failure).
QByteArray consoleDigest(const QString &dataDir);

// Empty when the cache's rollups equal direct aggregates over its orders and lines, and
// `PRAGMA integrity_check` says ok; otherwise what differs.
QString checkCacheConsistency(const QString &dataDir);

} // namespace mc::test
