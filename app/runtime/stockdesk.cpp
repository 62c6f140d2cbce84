#include "app/runtime/stockdesk.h"

#include "app/sync/ledgerstore.h"
#include "app/sync/syncengine.h"

namespace mc::runtime {

StockDesk::StockDesk(sync::SyncEngine *engine) : workspace::StockService(engine), m_engine(engine)
{
    connect(engine, &sync::SyncEngine::stockChangeAcknowledged, this,
            [this](const QString &id) { Q_EMIT changeSettled(id, QStringLiteral("acked"), QString()); });
    connect(engine, &sync::SyncEngine::stockChangeRejected, this, [this](const QString &id, const QString &reason) {
        Q_EMIT changeSettled(id, QStringLiteral("rejected"), reason);
    });
    connect(engine, &sync::SyncEngine::stockChangeConflict, this, [this](const core::StockConflict &c) {
        Q_EMIT changeSettled(c.id, QStringLiteral("conflict"), QString());
        Q_EMIT conflict(c);
    });
}

void StockDesk::requestChanges(const QList<core::StockChange> &changes, const QString &actor)
{
    if (changes.isEmpty()) {
        Q_EMIT changesRecorded(true, 0, QString());
        return;
    }
    auto ids = m_engine->requestStockChanges(changes, actor);
    if (!ids)
        Q_EMIT changesRecorded(false, 0, ids.error().toString());
    else
        Q_EMIT changesRecorded(true, static_cast<int>(ids.value().size()), QString());
}

void StockDesk::setThreshold(qint64 skuId, qint64 threshold, const QString &actor)
{
    const core::Status s = m_engine->ledger().setStockThreshold(skuId, threshold, actor);
    Q_EMIT thresholdSaved(s.ok(), s.ok() ? QString() : s.error().toString());
}

} // namespace mc::runtime
