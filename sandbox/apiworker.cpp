// Read calls and admin settings.
#include "sandbox/apiworker.h"

#include "app/protocol/errors.h"
#include "sandbox/campaignbook.h"
#include "sandbox/catalogqueries.h"
#include "sandbox/envelope.h"
#include "sandbox/faultplan.h"
#include "sandbox/paramreader.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/settlementdesk.h"
#include "sandbox/statedatabase.h"
#include "sandbox/statedigest.h"
#include "sandbox/tradequeries.h"
#include "sandbox/voucherdesk.h"
#include "sandbox/voucherrevocations.h"

namespace mc::sandbox {

ApiWorker::ApiWorker(QString dataDir, FaultPlan &faults, RateLimiter &limiter, QByteArray ownerAppKey)
    : m_dataDir(std::move(dataDir)), m_faults(faults), m_limiter(limiter), m_ownerAppKey(std::move(ownerAppKey))
{}

ApiWorker::~ApiWorker() = default;

core::Status ApiWorker::open()
{
    auto db = openStateReader(m_dataDir);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    auto catalog = CatalogQueries::create(*m_db);
    if (!catalog)
        return catalog.error();
    m_catalog = std::move(catalog).value();
    auto trades = TradeQueries::create(*m_db);
    if (!trades)
        return trades.error();
    m_trades = std::move(trades).value();
    m_vouchers = std::make_unique<VoucherDesk>(*m_db);
    m_revocations = std::make_unique<VoucherRevocations>(*m_db);
    m_settlements = std::make_unique<SettlementDesk>(*m_db, SettlementTerms{}); // lists only
    m_campaigns = std::make_unique<CampaignBook>(*m_db);
    auto messages = MessageRenderer::create(*m_db, m_ownerAppKey);
    if (!messages)
        return messages.error();
    m_messages.emplace(std::move(messages).value());
    return {};
}

ApiReply ApiWorker::renderMessages(const ApiCall &call, const std::vector<TmcMessage> &batch)
{
    if (!m_messages)
        return errorReply({protocol::errc::kServiceUnavailable, protocol::subc::kServiceUnavailable, {}}, call.requestId);
    return m_messages->render(call, batch);
}

ApiReply ApiWorker::execute(const ApiCall &call, MethodId id)
{
    if (!m_db)
        return errorReply({protocol::errc::kServiceUnavailable, protocol::subc::kServiceUnavailable, {}}, call.requestId);
    switch (id) {
    case MethodId::LocationsGet:
        return m_catalog->locationsGet(call);
    case MethodId::ItemsOnsaleGet:
        return m_catalog->itemsOnsaleGet(call);
    case MethodId::ItemSellerGet:
        return m_catalog->itemSellerGet(call);
    case MethodId::StockLevelsGet:
        return m_catalog->stockLevelsGet(call);
    case MethodId::TradesIncrementGet:
        return m_trades->incrementGet(call);
    case MethodId::TradeFullinfoGet:
        return m_trades->fullinfoGet(call);
    case MethodId::VoucherKeysGet:
        return m_vouchers->keys(call);
    case MethodId::RedemptionsGet:
        return m_vouchers->redemptions(call);
    case MethodId::VoucherRevocationsGet:
        return m_revocations->list(call);
    case MethodId::SettlementsGet:
        return m_settlements->list(call);
    case MethodId::CampaignsGet:
        return m_campaigns->list(call);
    case MethodId::StateDigest:
        return digest(call);
    case MethodId::AdminFaultsSet:
        return setFaults(call);
    case MethodId::AdminFaultsGet:
        return getFaults(call);
    case MethodId::AdminRateLimitSet:
        return setRateLimits(call);
    default:
        return errorReply({protocol::errc::kInvalidMethod, {}, "not served by a reader"}, call.requestId);
    }
}

ApiReply ApiWorker::digest(const ApiCall &call)
{
    // The digest's entries are the response's fields (docs/wire-contract.md).
    SuccessEnvelope envelope(call.method, call.requestId);
    if (!StateDigest::writeEntries(*m_db, envelope.writer()))
        return storageFailure(call);
    return envelope.finish();
}

ApiReply ApiWorker::setFaults(const ApiCall &call)
{
    ParamReader p(call);
    const QByteArray spec = p.text("faults", 4000);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    if (core::Status s = m_faults.set(QString::fromUtf8(spec)); !s)
        return errorReply(invalidParameter("faults", s.error().detail.toUtf8()), call.requestId);
    return getFaults(call);
}

ApiReply ApiWorker::getFaults(const ApiCall &call)
{
    SuccessEnvelope envelope(call.method, call.requestId);
    envelope.writer().field("faults", m_faults.spec()).field("rate_limit", m_limiter.limits().toString());
    return envelope.finish();
}

ApiReply ApiWorker::setRateLimits(const ApiCall &call)
{
    ParamReader p(call);
    const QByteArray spec = p.requiredText("rate_limit", 200);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    auto limits = RateLimits::parse(QString::fromUtf8(spec));
    if (!limits)
        return errorReply(invalidParameter("rate_limit", limits.error().detail.toUtf8()), call.requestId);
    m_limiter.setLimits(limits.value());
    return getFaults(call);
}

} // namespace mc::sandbox
