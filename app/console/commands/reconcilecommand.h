// merchant-console reconcile: a store's (or every store's) day close, headless.
#pragma once

#include <QStringList>

namespace mc::commands {

int runReconcile(const QStringList &arguments);

} // namespace mc::commands
