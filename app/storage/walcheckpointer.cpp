// Background WAL checkpoints on a second connection.
#include "app/storage/walcheckpointer.h"

#include <QByteArray>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "mc.storage.checkpoint")

namespace mc::storage {

WalCheckpointer::WalCheckpointer(Database &writer, int startPages, int catchUpPages)
    : m_writer(writer), m_startPages(startPages), m_catchUpPages(std::max(startPages, catchUpPages))
{
    sqlite3_wal_hook(m_writer.handle(), &WalCheckpointer::onCommit, this); // replaces the automatic one
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer.handle(), m_startPages); // automatic again
}

int WalCheckpointer::backgroundCheckpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

// On the writer's thread, after each commit, with the WAL's size in pages.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    if (pages >= me->m_catchUpPages) {
        // Mostly copied already by the background: the rest is quick, and the WAL restarts.
        const std::lock_guard pass(me->m_pass);
        (void)sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= me->m_startPages) {
        {
            const std::lock_guard lock(me->m_mutex);
            me->m_due = true;
        }
        me->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray path = QFileInfo(m_writer.path()).absoluteFilePath().toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        qCWarning(lcCheckpoint).noquote() << "no background checkpoints:" << sqlite3_errmsg(db);
        sqlite3_close_v2(db);
        db = nullptr; // the writer's catch-up checkpoints still bound the WAL
    }
    if (db) {
        sqlite3_busy_timeout(db, 0); // passive: never wait for anyone
        sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_due; });
        if (m_stop)
            break;
        m_due = false;
        if (!db)
            continue;
        lock.unlock();
        int walPages = 0;
        int copied = 0;
        int rc = SQLITE_OK;
        {
            const std::lock_guard pass(m_pass);
            rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walPages, &copied);
        }
        lock.lock();
        if (rc == SQLITE_OK)
            ++m_done;
        else if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            qCWarning(lcCheckpoint).noquote() << "background checkpoint failed:" << sqlite3_errstr(rc);
    }
    lock.unlock();
    sqlite3_close_v2(db);
}

} // namespace mc::storage
