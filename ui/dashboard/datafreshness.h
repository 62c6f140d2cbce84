// How current the dashboard's figures are: the sync connection's state and lag, as plain
// values the composition root fills from the sync engine's status.
#pragma once

#include <QString>

#include <cstdint>

namespace mc::ui {

struct DataFreshness
{
    enum class State { NotConnected, Connecting, CatchingUp, Live, Retrying, Failed };
    State state = State::NotConnected;
    QString message;                // the sync engine's last error or activity, plain words
    std::int64_t lastSyncMs = 0;    // platform time of the last committed platform data; 0: never
    std::int64_t lastMessageMs = 0; // platform time of the newest applied order message; 0: none
    std::int64_t behindMs = -1;     // platform now minus the newest data we hold; -1: unknown
    int budgetRemaining = -1;       // requests we may still send right now; -1: unknown
    std::int64_t bannedUntilMs = 0; // the platform refuses our requests until then
    // Platform milliseconds per real millisecond: 1, or the demo's fast-forward factor.
    // Lag thresholds are in real time, so the demo's 30x clock does not make it look late.
    double platformSpeed = 1.0;
    bool polling = false;            // live through the increment poll alone (no message feed)
    bool credentialsRefused = false; // Failed: the platform refused the credentials
};

enum class FreshnessLevel { Live, Delayed, Stale };

} // namespace mc::ui
