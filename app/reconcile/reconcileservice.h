// ReconcileService: day close as the Reconciliation page sees it. It lives on the sync
// thread; the page calls its slots with queued calls and renders what its signals carry
// (value types only: no SQL, no HTTP on the GUI thread).
#pragma once

#include "app/reconcile/dayreport.h"

#include <QMetaType>
#include <QObject>

#include <optional>

namespace mc::reconcile {

class ReconcileService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileService)

public:
    using QObject::QObject;
    ~ReconcileService() override = default;

public Q_SLOTS:
    // The report of a store's day (storeId 0: every store), fetched from the platform first
    // when `fetch`; reportReady() or failed() follows. `till`: the till's lines, when imported.
    virtual void requestReport(qint64 storeId, const QDate &day, bool fetch,
                               const std::optional<QList<mc::reconcile::TillRow>> &till) = 0;
    // Each records one entry in the ledger's day-close chain, then answers actionFinished()
    // and a fresh reportReady().
    virtual void resolve(qint64 storeId, const QDate &day, const QString &itemKey, const QString &kind,
                         const QString &note, const QString &manager) = 0;
    virtual void signOff(qint64 storeId, const QDate &day, const QString &manager) = 0;
    virtual void reopen(qint64 storeId, const QDate &day, const QString &manager, const QString &reason) = 0;

Q_SIGNALS:
    void reportReady(const mc::reconcile::DayReport &report);
    void failed(const QString &message);
    void actionFinished(bool ok, const QString &message);
};

void registerReconcileMetaTypes();

} // namespace mc::reconcile

Q_DECLARE_METATYPE(mc::reconcile::DayReport)
Q_DECLARE_METATYPE(std::optional<QList<mc::reconcile::TillRow>>)
