#include "app/reconcile/dayclosedesk.h"

#include "app/platform/platformclient.h"
#include "app/reconcile/dayclose.h"
#include "app/reconcile/platformdayfetcher.h"

#include <QCoreApplication>

namespace mc::reconcile {

void registerReconcileMetaTypes()
{
    qRegisterMetaType<DayReport>();
    qRegisterMetaType<std::optional<QList<TillRow>>>();
}

DayCloseDesk::DayCloseDesk(QString dataDir, const core::Clock &clock, platform::PlatformClient *client,
                           QObject *parent)
    : ReconcileService(parent), m_dataDir(std::move(dataDir)), m_clock(clock), m_client(client)
{
    registerReconcileMetaTypes();
}

DayCloseDesk::~DayCloseDesk() = default;

bool DayCloseDesk::ensureOpen()
{
    if (m_close)
        return true;
    auto close = DayClose::open(m_dataDir, m_clock);
    if (!close) {
        Q_EMIT failed(close.error().toString());
        return false;
    }
    m_close = std::move(close).value();
    if (m_client) {
        m_fetcher = new PlatformDayFetcher(m_close->cache(), *m_client, this);
        connect(m_fetcher, &PlatformDayFetcher::finished, this, [this](bool ok, const QString &message, bool) {
            if (!ok)
                Q_EMIT failed(QCoreApplication::translate("mc::reconcile::DayCloseDesk",
                                                          "The platform could not be asked (%1); the report shows "
                                                          "what was fetched before.")
                                  .arg(message));
            if (m_fetchAgain) { // another scope was asked for meanwhile
                m_fetchAgain = false;
                return m_fetcher->fetch(m_scope);
            }
            report(m_scope);
        });
    }
    return true;
}

void DayCloseDesk::report(const DayScope &scope)
{
    // The first walk of the ledger's chain reads every redemption of every day: the day's
    // figures go out first, the same report with the chains' verdict right after.
    const bool walkLater = !m_close->chainWalked();
    auto made = m_close->report(scope, m_till,
                                walkLater ? DayClose::ChainCheck::Later : DayClose::ChainCheck::Now);
    if (!made) {
        Q_EMIT failed(made.error().toString());
        return;
    }
    Q_EMIT reportReady(made.value());
    if (!walkLater)
        return;
    QMetaObject::invokeMethod(this, [this, scope, figures = made.value()]() mutable {
        if (!m_close || !(m_scope == scope))
            return; // closed, or the manager asked for another day meanwhile (it walks then)
        if (core::Status s = m_close->verifyChains(figures.chain); !s) {
            Q_EMIT failed(s.error().toString());
            return;
        }
        Q_EMIT reportReady(figures);
    }, Qt::QueuedConnection);
}

void DayCloseDesk::requestReport(qint64 storeId, const QDate &day, bool fetch,
                                 const std::optional<QList<TillRow>> &till)
{
    if (!ensureOpen())
        return;
    m_scope = DayScope{storeId, day};
    m_till = till;
    if (fetch && m_fetcher) {
        if (m_fetcher->isRunning())
            m_fetchAgain = true; // the running fetch may be for another scope: fetch again after it
        else
            m_fetcher->fetch(m_scope);
        return;
    }
    report(m_scope);
}

void DayCloseDesk::finishAction(const core::Status &status, const DayScope &scope)
{
    Q_EMIT actionFinished(status.ok(), status ? QString() : status.error().message);
    m_scope = scope;
    report(scope);
}

void DayCloseDesk::resolve(qint64 storeId, const QDate &day, const QString &itemKey, const QString &kind,
                           const QString &note, const QString &manager)
{
    if (ensureOpen())
        finishAction(m_close->book().resolve(storeId, day, itemKey, kind, note, manager), {storeId, day});
}

void DayCloseDesk::signOff(qint64 storeId, const QDate &day, const QString &manager)
{
    if (!ensureOpen())
        return;
    auto current = m_close->report({storeId, day}, m_scope == DayScope{storeId, day} ? m_till : std::nullopt);
    if (!current) {
        Q_EMIT actionFinished(false, current.error().message);
        return;
    }
    finishAction(m_close->book().signOff(storeId, day, manager, figuresFingerprint(current.value())), {storeId, day});
}

void DayCloseDesk::reopen(qint64 storeId, const QDate &day, const QString &manager, const QString &reason)
{
    if (ensureOpen())
        finishAction(m_close->book().reopen(storeId, day, manager, reason), {storeId, day});
}

} // namespace mc::reconcile
