// DayCloseDesk: the ReconcileService of one data folder, on the sync thread: a DayClose
// (opened on the first request, so its chain walk resumes between reports) and, when a
// platform client is given, a PlatformDayFetcher sharing the sync engine's client and budget.
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/reconcile/reconcileservice.h"

#include <QPointer>

#include <memory>

namespace mc::platform {
class PlatformClient;
}

namespace mc::reconcile {

class DayClose;
class PlatformDayFetcher;

class DayCloseDesk final : public ReconcileService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayCloseDesk)

public:
    DayCloseDesk(QString dataDir, const core::Clock &clock, platform::PlatformClient *client,
                 QObject *parent = nullptr);
    ~DayCloseDesk() override;

public Q_SLOTS:
    void requestReport(qint64 storeId, const QDate &day, bool fetch,
                       const std::optional<QList<mc::reconcile::TillRow>> &till) override;
    void resolve(qint64 storeId, const QDate &day, const QString &itemKey, const QString &kind, const QString &note,
                 const QString &manager) override;
    void signOff(qint64 storeId, const QDate &day, const QString &manager) override;
    void reopen(qint64 storeId, const QDate &day, const QString &manager, const QString &reason) override;

private:
    bool ensureOpen();
    void report(const DayScope &scope);
    void finishAction(const core::Status &status, const DayScope &scope);

    QString m_dataDir;
    const core::Clock &m_clock;
    QPointer<platform::PlatformClient> m_client;
    std::unique_ptr<DayClose> m_close;
    PlatformDayFetcher *m_fetcher = nullptr;
    std::optional<QList<TillRow>> m_till; // of the scope last asked for
    bool m_fetchAgain = false;
    DayScope m_scope;
};

} // namespace mc::reconcile
