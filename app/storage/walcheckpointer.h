// WalCheckpointer: copies a writer's WAL back into the database file on a thread of its
// own (its own connection, PASSIVE checkpoints), so the writer's commits no longer pay for
// it. Measured on a 300,000-order history sync: the automatic checkpoint (copy + fdatasync)
// inside the commits was 18 % of the sync thread.
//
// A passive checkpoint never blocks the writer; but the WAL restarts from its beginning only
// when it has been copied completely before the writer's next transaction, which a busy
// writer rarely allows. So once the WAL holds `catchUpPages`, the writer copies the few
// frames the background has not yet copied itself (after a commit, from its wal hook), and
// the WAL restarts: its size stays bounded.
#pragma once

#include "app/storage/database.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace mc::storage {

class WalCheckpointer
{
public:
    // Takes over the writer's automatic checkpoints (restored on destruction).
    WalCheckpointer(Database &writer, int startPages, int catchUpPages);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    int backgroundCheckpoints() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    Database &m_writer;
    const int m_startPages;
    const int m_catchUpPages;
    // Held for one checkpoint pass: the writer's catch-up waits for the background's pass to
    // end instead of finding the checkpoint lock taken (SQLITE_BUSY) and the WAL growing.
    // The background never waits for the writer (passive, no busy timeout): no deadlock.
    std::mutex m_pass;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    int m_done = 0;
    std::thread m_thread;
};

} // namespace mc::storage
