// PlatformDayFetcher: brings one scope's day from the platform into cache.sqlite: its
// redemptions (mc.redemptions.get, into platform_redemptions) and its settlement statement
// (mc.settlements.get, into platform_settlements), page by page, each page committed as it
// comes. Lives on the thread of its platform client (the sync thread in the app).
#pragma once

#include "app/reconcile/dayrecords.h"

#include <QObject>
#include <QPointer>

namespace mc::platform {
class PlatformClient;
}
namespace mc::storage {
class Database;
}

namespace mc::reconcile {

class PlatformDayFetcher : public QObject
{
    Q_OBJECT

public:
    PlatformDayFetcher(storage::Database &cache, platform::PlatformClient &client, QObject *parent = nullptr);

    // Starts a fetch; finished() follows. A fetch already running is not started twice.
    void fetch(const DayScope &scope);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // ok false with the reason; `settlementsKnown` false when the platform has no statement
    // method (error 22), so "not yet settled" means "not known".
    void finished(bool ok, const QString &message, bool settlementsKnown);

private:
    void fetchRedemptions(int page);
    void fetchSettlements(int page);
    void done(bool ok, const QString &message, bool settlementsKnown = true);

    storage::Database &m_cache;
    QPointer<platform::PlatformClient> m_client;
    DayScope m_scope;
    bool m_running = false;
};

} // namespace mc::reconcile
