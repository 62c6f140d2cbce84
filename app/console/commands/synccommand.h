// `merchant-console sync`: headless sync against a platform endpoint, for scripts,
// benchmarks and tests. Progress on stderr once a second; with --once a JSON summary on
// stdout after catching up.
#pragma once

#include <QStringList>

namespace mc::commands {

int runSync(const QStringList &arguments);

} // namespace mc::commands
