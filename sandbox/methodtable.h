// The methods the sandbox serves: who may call each, which thread answers it, and which
// parameter ties a store-manager credential to its store.
#pragma once

#include <QByteArrayView>

namespace mc::sandbox {

enum class MethodId {
    LocationsGet,
    ItemsOnsaleGet,
    ItemSellerGet,
    StockLevelsGet,
    TradesIncrementGet,
    TradeFullinfoGet,
    ItemQuantityUpdate,
    SkusQuantityUpdate,
    TmcMessagesConsume,
    TmcMessagesConfirm,
    EticketConsume,
    VoucherKeysGet,
    VouchersIssue,
    RedemptionsGet,
    VoucherRevocationsGet,
    CampaignSave,
    CampaignsGet,
    StateDigest,
    AdminFaultsSet,
    AdminFaultsGet,
    AdminRateLimitSet,
    AdminStatsGet,
    AdminVoucherRevoke,
    SettlementsGet,
    AdminSettlementSet,
};

enum class Access {
    Anyone,      // owner and store managers (read-only views, filtered where it matters)
    StoreScoped, // store managers only for their own store, named by MethodInfo::storeParam
    OwnerOnly,
};

enum class Runner {
    Reader, // a worker thread with a read-only connection
    Writer, // the state thread, which owns the only writer connection
};

struct MethodInfo
{
    QByteArrayView name;
    MethodId id;
    Access access;
    Runner runner;
    bool needsSession = true;
    // StoreScoped: the parameter naming the store; when a store manager leaves it out it means
    // "my store" if defaultsToCallerStore, otherwise the call is refused (it would act elsewhere).
    const char *storeParam = nullptr;
    bool defaultsToCallerStore = false;
};

const MethodInfo *findMethod(QByteArrayView name);

} // namespace mc::sandbox
