// The method table.
#include "sandbox/methodtable.h"

namespace mc::sandbox {

namespace {
using A = Access;
using R = Runner;
constexpr MethodInfo kMethods[] = {
    {"mc.locations.get", MethodId::LocationsGet, A::Anyone, R::Reader},
    {"taobao.items.onsale.get", MethodId::ItemsOnsaleGet, A::Anyone, R::Reader},
    {"taobao.item.seller.get", MethodId::ItemSellerGet, A::Anyone, R::Reader},
    {"mc.stock.levels.get", MethodId::StockLevelsGet, A::StoreScoped, R::Reader, true, "location_id", true},
    {"taobao.trades.sold.increment.get", MethodId::TradesIncrementGet, A::Anyone, R::Reader},
    {"taobao.trade.fullinfo.get", MethodId::TradeFullinfoGet, A::Anyone, R::Reader},
    {"taobao.item.quantity.update", MethodId::ItemQuantityUpdate, A::StoreScoped, R::Writer, true, "location_id",
     false},
    {"taobao.skus.quantity.update", MethodId::SkusQuantityUpdate, A::StoreScoped, R::Writer, true, "location_id",
     false},
    {"taobao.tmc.messages.consume", MethodId::TmcMessagesConsume, A::OwnerOnly, R::Writer, false},
    {"taobao.tmc.messages.confirm", MethodId::TmcMessagesConfirm, A::OwnerOnly, R::Writer, false},
    {"taobao.vmarket.eticket.auth.consume", MethodId::EticketConsume, A::StoreScoped, R::Writer, true, "storeid",
     false},
    {"mc.voucher.keys.get", MethodId::VoucherKeysGet, A::Anyone, R::Reader},
    {"mc.vouchers.issue", MethodId::VouchersIssue, A::OwnerOnly, R::Writer},
    {"mc.redemptions.get", MethodId::RedemptionsGet, A::StoreScoped, R::Reader, true, "store_id", true},
    {"mc.voucher.revocations.get", MethodId::VoucherRevocationsGet, A::Anyone, R::Reader},
    {"mc.campaign.save", MethodId::CampaignSave, A::OwnerOnly, R::Writer},
    {"mc.campaigns.get", MethodId::CampaignsGet, A::Anyone, R::Reader},
    {"mc.state.digest", MethodId::StateDigest, A::OwnerOnly, R::Reader},
    {"mc.admin.faults.set", MethodId::AdminFaultsSet, A::OwnerOnly, R::Reader},
    {"mc.admin.faults.get", MethodId::AdminFaultsGet, A::OwnerOnly, R::Reader},
    {"mc.admin.ratelimit.set", MethodId::AdminRateLimitSet, A::OwnerOnly, R::Reader},
    {"mc.admin.stats.get", MethodId::AdminStatsGet, A::OwnerOnly, R::Writer},
    {"mc.admin.voucher.revoke", MethodId::AdminVoucherRevoke, A::OwnerOnly, R::Writer},
    {"mc.settlements.get", MethodId::SettlementsGet, A::StoreScoped, R::Reader, true, "store_id", true},
    {"mc.admin.settlement.set", MethodId::AdminSettlementSet, A::OwnerOnly, R::Writer},
};
} // namespace

const MethodInfo *findMethod(QByteArrayView name)
{
    for (const MethodInfo &m : kMethods)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace mc::sandbox
