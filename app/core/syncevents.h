// Value types the sync thread emits to the GUI thread (queued signals): progress per
// entity, coalesced change summaries, and the connection status for the status bar.
#pragma once

#include "app/core/stock.h"
#include "app/core/rollupdelta.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace mc::core {

struct EntityProgress
{
    QString entity;          // "locations", "catalog", "stock", "orders"
    std::int64_t done = 0;   // records written
    std::int64_t total = -1; // -1: not known yet
    double ratePerSecond = 0;
    std::int64_t etaSeconds = -1;
    bool finished = false;
};

struct ChangeSummary
{
    int ordersInserted = 0;
    int ordersUpdated = 0;
    int productsChanged = 0;
    int locationsChanged = 0;
    RollupDelta rollups;
    QList<core::StockLevel> stock;
    std::int64_t newestOrderModifiedMs = 0;
    // The earliest creation time of the orders inserted (0: none): a list built before knows
    // whether orders arrived inside it (history catching up) or only above it.
    std::int64_t oldestInsertedCreatedMs = 0;
    std::int64_t committedAtMs = 0;
    // The order commits summed up here, numbered as the cache's "commit.seq" cursor records
    // them (0: none). A reader that loaded its figures at sequence N skips what is <= N.
    std::int64_t firstCommitSeq = 0;
    std::int64_t lastCommitSeq = 0;

    bool isEmpty() const
    {
        return ordersInserted == 0 && ordersUpdated == 0 && productsChanged == 0 && locationsChanged == 0 &&
               stock.isEmpty() &&
               rollups.cells().isEmpty();
    }
    void merge(const ChangeSummary &other);
};

enum class ConnectionState { Offline, Connecting, InitialSync, Live, Retrying, Failed };

struct SyncStatus
{
    ConnectionState state = ConnectionState::Offline;
    QString message;                 // last error or what is happening, plain words
    std::int64_t lastSyncMs = 0;     // last successful commit of platform data
    std::int64_t lastMessageMs = 0;  // pub_time of the newest applied feed message
    std::int64_t behindMs = -1;      // platform now minus newest data we have; -1 unknown
    int pendingPushes = 0;           // local changes not yet acknowledged by the platform
    int budgetRemaining = 0;
    std::int64_t bannedUntilMs = 0;
    std::int64_t clockSkewMs = 0;
    // Live through the increment poll alone, without the message feed (a store manager's
    // credential may not consume it, or the feed is turned off).
    bool polling = false;
    // Failed because the platform refused the credentials (app key, app secret, session).
    bool credentialsRefused = false;
    // Figures you can trust (issue 10): trades set aside in the cache's quarantine because
    // they failed validation (never in the rollups), and cached orders whose status this
    // version does not know (kept, counted as not a sale).
    int quarantinedTrades = 0;
    int unknownStatusOrders = 0;
};

} // namespace mc::core

Q_DECLARE_METATYPE(mc::core::EntityProgress)
Q_DECLARE_METATYPE(mc::core::ChangeSummary)
Q_DECLARE_METATYPE(mc::core::SyncStatus)
