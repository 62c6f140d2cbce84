// StockPusher: sends stock adjustments from the ledger outbox to the platform with their
// idempotency key and an expected-quantity precondition, until acknowledged. A conflict
// (someone else changed the stock first) is surfaced to the user, never overwritten.
#pragma once

#include "app/platform/platformclient.h"
#include "app/core/stock.h"
#include "app/sync/ledgerstore.h"

#include <QObject>

#include <functional>

namespace mc::sync {

using StockConflict = core::StockConflict;

inline const QString kStockAdjustKind = QStringLiteral("stock.adjust");

class StockPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPusher)

public:
    // Writes an acknowledged level into the cache right away (the feed confirms it too); the
    // engine owns the cache connection, so it does the writing.
    using MirrorToCache = std::function<void(const core::StockLevel &level)>;

    StockPusher(platform::PlatformClient &client, LedgerStore &ledger, const core::Clock &clock, MirrorToCache mirror,
                QObject *parent = nullptr);

    // Sends what is due, one entry at a time, oldest first.
    void pushDue();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void acknowledged(const QString &id, const mc::core::StockLevel &level);
    void conflict(const mc::core::StockConflict &conflict);
    void rejected(const QString &id, const QString &reason);
    void pendingChanged(int pending);

private:
    void sendNext(QList<OutboxEntry> queue);
    void onAnswer(const OutboxEntry &entry, const platform::CallOutcome &outcome, QList<OutboxEntry> queue);
    void finishEntry(const OutboxEntry &entry, const QString &state, const QString &note);

    platform::PlatformClient &m_client;
    LedgerStore &m_ledger;
    const core::Clock &m_clock;
    MirrorToCache m_mirror;
    bool m_busy = false;
};

} // namespace mc::sync
