// merchant-console redemptions --data-dir DIR --store ID
//     [--endpoint URL --credentials FILE [--tls-sha256 HEX] [--timeout-ms MS]]
// The counter's redemptions as the ledger keeps them, one JSON line each (pending first).
// With an endpoint, every pending redemption is uploaded first (same serial, so never twice),
// e.g. after a crash or a day offline. Exit 0 when nothing is left pending, 1 otherwise.
#pragma once

#include <QStringList>

namespace mc::commands {

int runRedemptions(const QStringList &arguments);

} // namespace mc::commands
