// The page's platform calls on the sync thread: publisher and voucher issuer over the engine's
// ledger connection and client, the campaign's versions from the same ledger.
#include "app/campaigns/campaignplatformdesk.h"

#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaignwire.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "app/sync/ledgerstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace mc::campaigns {

namespace {
constexpr int kRetryEveryMs = 30'000;
} // namespace

CampaignPlatformDesk::CampaignPlatformDesk(QString dataDir, const core::Clock &clock, platform::PlatformClient &client,
                                           sync::LedgerStore &ledger, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock), m_client(client), m_ledger(ledger)
{
    qRegisterMetaType<CampaignConflict>();
    qRegisterMetaType<QList<IssuedVoucher>>();
    m_store = std::make_unique<CampaignStore>(m_ledger.database(), m_clock);
    m_issuer = new VoucherIssuer(m_client, m_ledger.database(), this);
    connect(m_issuer, &VoucherIssuer::progress, this,
            [this](int issued, int planned) { Q_EMIT voucherState(m_issuing, issued, planned, true); });
    connect(m_issuer, &VoucherIssuer::finished, this, [this](int issued, int planned, bool cancelled) {
        const QString id = std::exchange(m_issuing, QString());
        Q_EMIT voucherState(id, issued, planned, false);
        Q_EMIT vouchersFinished(id, issued, planned, cancelled);
    });
    connect(m_issuer, &VoucherIssuer::failed, this, [this](const QString &message) {
        const QString id = std::exchange(m_issuing, QString());
        const auto n = m_issuer->counts(id).valueOr({0, 0});
        Q_EMIT voucherState(id, n.first, n.second, false);
        Q_EMIT failed(
            id, QCoreApplication::translate("mc::campaigns::CampaignPlatformDesk",
                                            "Issuing stopped: %1. Issue again to resume; no voucher is issued twice.")
                    .arg(message));
    });
}

CampaignPlatformDesk::~CampaignPlatformDesk() = default;

bool CampaignPlatformDesk::open(const QString &campaignId)
{
    if (m_publisher)
        return true;
    auto cache = storage::openReader(m_dataDir, storage::DatabaseRole::Cache);
    if (!cache) {
        if (!campaignId.isEmpty())
            Q_EMIT failed(campaignId, cache.error().toString());
        return false;
    }
    m_cache = std::move(cache).value();
    m_publisher = new CampaignPublisher(m_client, m_ledger, *m_store, *m_cache, this);
    connect(m_publisher, &CampaignPublisher::published, this, &CampaignPlatformDesk::published);
    connect(m_publisher, &CampaignPublisher::conflict, this, &CampaignPlatformDesk::conflict);
    connect(m_publisher, &CampaignPublisher::rejected, this, &CampaignPlatformDesk::rejected);
    // A publication the platform did not answer is retried (the outbox schedules it).
    auto *retry = new QTimer(this);
    retry->setInterval(kRetryEveryMs);
    connect(retry, &QTimer::timeout, m_publisher, &CampaignPublisher::pushDue);
    retry->start();
    return true;
}

void CampaignPlatformDesk::resumePublishing()
{
    if (open({}))
        m_publisher->pushDue();
}

void CampaignPlatformDesk::publish(const QString &campaignId, const QString &author)
{
    if (!open(campaignId))
        return;
    auto id = m_publisher->publish(campaignId, 0, author);
    if (!id)
        return Q_EMIT failed(campaignId, id.error().toString());
    Q_EMIT publishRecorded(campaignId, id.value());
}

void CampaignPlatformDesk::keepMine(const CampaignConflict &c, const QString &author)
{
    if (!open(c.campaignId))
        return;
    auto id = m_publisher->publish(c.campaignId, c.localVersion, author, c.platformVersion);
    if (!id)
        return Q_EMIT failed(c.campaignId, id.error().toString());
    Q_EMIT publishRecorded(c.campaignId, id.value());
}

void CampaignPlatformDesk::takeTheirs(const CampaignConflict &c, const QString &author)
{
    if (!open(c.campaignId))
        return;
    auto version = m_publisher->takeTheirs(c, author);
    if (!version)
        return Q_EMIT failed(c.campaignId, version.error().toString());
    Q_EMIT published(c.campaignId, version.value(), c.platformVersion);
}

void CampaignPlatformDesk::issueVouchers(const QString &campaignId)
{
    if (!open(campaignId))
        return;
    if (!m_issuing.isEmpty())
        return Q_EMIT failed(campaignId, QCoreApplication::translate(
                                             "mc::campaigns::CampaignPlatformDesk",
                                             "Vouchers of another campaign are being issued; wait or cancel them."));
    auto newest = m_store->version(campaignId, 0);
    if (!newest)
        return Q_EMIT failed(campaignId, newest.error().toString());
    auto scope = resolveWireScope(*m_cache, newest.value().spec);
    if (!scope)
        return Q_EMIT failed(campaignId, scope.error().toString());
    if (auto planned = m_issuer->plan(newest.value().spec, scope.value().storeIds); !planned)
        return Q_EMIT failed(campaignId, planned.error().toString());
    m_issuing = campaignId;
    const auto n = m_issuer->counts(campaignId).valueOr({0, 0});
    Q_EMIT voucherState(campaignId, n.first, n.second, true);
    m_issuer->run(campaignId);
}

void CampaignPlatformDesk::loadVoucherState(const QString &campaignId)
{
    if (!open(campaignId))
        return;
    auto n = m_issuer->counts(campaignId);
    if (!n)
        return Q_EMIT failed(campaignId, n.error().toString());
    Q_EMIT voucherState(campaignId, n.value().first, n.value().second, m_issuing == campaignId);
}

void CampaignPlatformDesk::listVouchers(const QString &campaignId)
{
    if (!open(campaignId))
        return;
    auto all = m_issuer->issued(campaignId);
    if (!all)
        return Q_EMIT failed(campaignId, all.error().toString());
    Q_EMIT vouchersListed(campaignId, all.value());
}

void CampaignPlatformDesk::cancelVouchers()
{
    if (m_issuer)
        m_issuer->cancel();
}

} // namespace mc::campaigns
