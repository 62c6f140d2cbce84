// StockService: the Stock page's writes, as the page sees them. It lives on the sync thread
// (the ledger's writer is there, and the pusher that sends changes to the platform); the page
// calls its slots with queued calls and follows its signals (value types only).
#pragma once

#include "app/core/stock.h"

#include <QList>
#include <QObject>

namespace mc::workspace {

class StockService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockService)

public:
    using QObject::QObject;
    ~StockService() override = default;

public Q_SLOTS:
    // Records the changes in the ledger (all or none), then sends them to the platform with
    // compare-and-set; changesRecorded() follows, then changeSettled() for each.
    virtual void requestChanges(const QList<mc::core::StockChange> &changes, const QString &actor) = 0;
    // The low-stock threshold of a SKU (skuId 0: the default for SKUs without their own).
    virtual void setThreshold(qint64 skuId, qint64 threshold, const QString &actor) = 0;

Q_SIGNALS:
    void changesRecorded(bool ok, int count, const QString &message);
    // The platform answered one change: state "acked", "conflict" or "rejected".
    void changeSettled(const QString &id, const QString &state, const QString &message);
    void conflict(const mc::core::StockConflict &conflict);
    void thresholdSaved(bool ok, const QString &message);
};

} // namespace mc::workspace

Q_DECLARE_METATYPE(QList<mc::core::StockChange>)
