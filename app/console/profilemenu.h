// The Profile menu of the main window: the demo, each connected shop or store, and "Connect a
// shop…". Choosing one starts the app again with it (each has its own data folder, cache
// and ledger; the open one is released first).
#pragma once

#include <QStringList>

#include <functional>

class QMainWindow;

namespace mc::console {

// `current`: the open profile's name, empty for the demo or a command-line endpoint; `demo`:
// the demo is open. `restartWith`: the arguments to start merchant-console with after this
// window closes.
void addProfileMenu(QMainWindow &window, const QString &current, bool demo,
                    const std::function<void(const QStringList &arguments)> &restartWith);

} // namespace mc::console
