// The data folder of one console: a lock so that one process at a time uses it, a note of
// whether the previous process ended cleanly, the cache's health check and its rebuild, and
// the ledger's backup. Files here are private to the user (0700 folder, 0600 files).
#pragma once

#include "app/storage/error.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace mc::storage {

class DataFolder
{
public:
    // Creates the folder if needed and takes its lock. Fails with codes::kLocked and a
    // message naming the process that holds it when another copy is running.
    static Result<std::unique_ptr<DataFolder>> acquire(const QString &path);
    ~DataFolder(); // a clean exit: the lock is released

    DataFolder(const DataFolder &) = delete;
    DataFolder &operator=(const DataFolder &) = delete;

    const QString &path() const { return m_path; }
    // The previous process using this folder died without releasing the lock (crash, kill -9,
    // power cut): check the databases before trusting them.
    bool previousRunCrashed() const { return m_previousRunCrashed; }

    // Whose data this folder holds: the demo, or one shop (endpoint, app key, store), noted in
    // owner.json on first use. A folder that holds another owner's data is refused
    // (codes::kOtherOwner, the message names both), so demo orders never mix with a shop's
    // and two shops never share a cache. `owner` is a stable description, not a secret.
    Status claimFor(const QString &owner);

private:
    DataFolder(QString path, std::unique_ptr<QLockFile> lock, bool crashed);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_previousRunCrashed = false;
};

// Makes a file readable and writable by its owner only.
Status restrictToOwner(const QString &filePath);

// PRAGMA quick_check on cache.sqlite (and that it opens at all). OK when there is no cache
// yet. Damage is codes::kCorrupt with SQLite's findings in the detail.
Status checkCache(const QString &dataDir);

// Moves cache.sqlite and its -wal/-shm files aside (cache.sqlite.damaged-<time>), so the
// next start syncs a fresh cache from the platform. Never touches ledger.sqlite. Returns the
// new name of the old cache (empty when there was none).
Result<QString> setCacheAside(const QString &dataDir);

// ledger.sqlite -> ledger.sqlite.bak through SQLite's online backup API (consistent while
// the writer is open), file private to the owner.
Status backupLedger(const QString &dataDir);
// Puts ledger.sqlite.bak in place of ledger.sqlite; the current ledger is kept as
// ledger.sqlite.replaced-<time>, never deleted. Returns that name.
Result<QString> restoreLedger(const QString &dataDir);
QString ledgerBackupPath(const QString &dataDir);

} // namespace mc::storage
