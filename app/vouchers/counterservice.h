// CounterService: the store counter's service. It verifies codes offline with the synced
// public keys, records each redemption in ledger.sqlite (fully synced, keyed hash chain)
// before it says "accepted", and uploads redemptions to the platform with their serial
// number until acknowledged, with backoff while offline. It lives on the sync thread; the
// Counter page talks to it through queued calls and these signals only.
#pragma once

#include "app/vouchers/redemptionrecord.h"
#include "app/vouchers/voucherverdict.h"

#include <QObject>

#include <cstdint>

namespace mc::vouchers {

class CounterService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterService)

public:
    using QObject::QObject;
    ~CounterService() override = default;

    // The store this counter redeems for; fixed for the service's life, so any thread may ask.
    virtual std::int64_t storeId() const = 0;

public Q_SLOTS:
    // Verifies without recording: verdictReady() follows.
    virtual void check(const QByteArray &code) = 0;
    // Verifies, records (durably) and answers redemptionFinished(); uploads at once when online.
    virtual void redeem(const QByteArray &code, const QString &operatorName) = 0;
    // Sends a pending or refused-by-network redemption again now.
    virtual void retryUpload(const QString &serial) = 0;
    // Re-emits queueChanged() with the current queue (pending first, then today's).
    virtual void refreshQueue() = 0;

Q_SIGNALS:
    void verdictReady(const mc::vouchers::VoucherVerdict &verdict);
    // accepted: recorded in the ledger (record is set); refused: verdict says why.
    void redemptionFinished(const mc::vouchers::VoucherVerdict &verdict, bool accepted,
                            const mc::vouchers::RedemptionRecord &record);
    // A redemption's upload state changed (confirmed, refused, conflict, retry scheduled).
    void redemptionUpdated(const mc::vouchers::RedemptionRecord &record);
    void queueChanged(const QList<mc::vouchers::RedemptionRecord> &records, int pendingCount);
    // Something the manager must see at once (a conflict: the same code used at another store).
    void alert(const QString &message);
};

} // namespace mc::vouchers
