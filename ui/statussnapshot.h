// What the status bar shows about synchronisation: a plain value the sync engine (or the
// composition root on its behalf) hands to MainWindow::setStatus().
#pragma once

#include <QDateTime>

namespace mc::ui {

enum class ConnectionState { NotConnected, Connecting, Connected, Offline, CredentialsRefused };

struct StatusSnapshot
{
    ConnectionState connection = ConnectionState::NotConnected;
    QDateTime lastSync;      // invalid: never synced
    int unsyncedChanges = 0; // local changes not yet acknowledged by the platform
    int quarantinedTrades = 0; // trades that failed validation: set aside, in no figure
};

} // namespace mc::ui
