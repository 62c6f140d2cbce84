// StockDesk: the Stock page's writes (workspace::StockService) beside the sync engine, on
// the sync thread: changes go to the engine's ledger outbox and pusher, thresholds to the
// ledger, and the pusher's answers come back as the page's signals.
#pragma once

#include "app/workspace/stockservice.h"

namespace mc::sync {
class SyncEngine;
}

namespace mc::runtime {

class StockDesk final : public workspace::StockService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockDesk)

public:
    // A child of the engine: it moves and dies with it.
    explicit StockDesk(sync::SyncEngine *engine);

    void requestChanges(const QList<mc::core::StockChange> &changes, const QString &actor) override;
    void setThreshold(qint64 skuId, qint64 threshold, const QString &actor) override;

private:
    sync::SyncEngine *m_engine;
};

} // namespace mc::runtime
