// A reader thread's object: its own read-only connection and the read calls it answers
// (catalog, stock, trades, redemptions, campaigns, digest) plus the live admin settings.
#pragma once

#include "sandbox/apicall.h"
#include "sandbox/messagerenderer.h"
#include "sandbox/methodtable.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mc::storage {
class Database;
}

namespace mc::sandbox {

class CatalogQueries;
class TradeQueries;
class VoucherDesk;
class VoucherRevocations;
class SettlementDesk;
class CampaignBook;
class FaultPlan;
class RateLimiter;

class ApiWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiWorker)

public:
    ApiWorker(QString dataDir, FaultPlan &faults, RateLimiter &limiter, QByteArray ownerAppKey);
    ~ApiWorker() override;

    // On the worker's thread: open the connection and prepare the statements.
    core::Status open();
    ApiReply execute(const ApiCall &call, MethodId id);
    // The reader's half of taobao.tmc.messages.consume: the messages the state thread handed
    // out, rendered from the state as committed (the writer stays free meanwhile).
    ApiReply renderMessages(const ApiCall &call, const std::vector<TmcMessage> &batch);

private:
    ApiReply digest(const ApiCall &call);
    ApiReply setFaults(const ApiCall &call);
    ApiReply getFaults(const ApiCall &call);
    ApiReply setRateLimits(const ApiCall &call);

    QString m_dataDir;
    FaultPlan &m_faults;
    RateLimiter &m_limiter;
    QByteArray m_ownerAppKey;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<CatalogQueries> m_catalog;
    std::unique_ptr<TradeQueries> m_trades;
    std::unique_ptr<VoucherDesk> m_vouchers;
    std::unique_ptr<VoucherRevocations> m_revocations;
    std::unique_ptr<SettlementDesk> m_settlements;
    std::unique_ptr<CampaignBook> m_campaigns;
    std::optional<MessageRenderer> m_messages;
};

} // namespace mc::sandbox
