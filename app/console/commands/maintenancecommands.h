// Care of the data folder: rebuild a damaged cache, verify and restore the ledger.
#pragma once

#include <QStringList>

namespace mc::commands {

// rebuild-cache --data-dir DIR: the cache is set aside (cache.sqlite.damaged-<time>) so the
// next start syncs it again from the platform; ledger.sqlite is never touched.
int runRebuildCache(const QStringList &arguments);
// verify-ledger --data-dir DIR: re-computes the ledger's keyed chain; prints JSON with the
// first broken link. Exit 0 intact, 1 broken, 3 unreadable.
int runVerifyLedger(const QStringList &arguments);
// restore-ledger --data-dir DIR: puts ledger.sqlite.bak (made at every clean shutdown) in
// place, keeping the current ledger as ledger.sqlite.replaced-<time>.
int runRestoreLedger(const QStringList &arguments);

} // namespace mc::commands
