// `merchant-console digest --data-dir DIR`: the canonical digest of the local cache, in
// exactly the sandbox's format, so scripts and tests can compare both sides.
#pragma once

#include <QStringList>

namespace mc::commands {

int runDigest(const QStringList &arguments);

} // namespace mc::commands
