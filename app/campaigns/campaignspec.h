// A campaign as the merchant configures it: what discount, for which products, online or in
// which stores, in which window, within which budget. Money is integer fen. The platform's
// mc.campaign.save carries a subset (campaignwire.h); the rest is kept locally with every
// version (campaignstore.h) and in the JSON export (campaignjson.h).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace mc::campaigns {

enum class CampaignType {
    ThresholdOff, // every thresholdFen of qualifying spend, amountFen off ("every 300 yuan minus 40", 满减)
    PercentOff,   // basisPoints off qualifying spend (1500 = 15 % off)
    FixedPrice,   // each qualifying unit sells at fixedPriceFen (never above what it cost)
    Voucher,      // a voucher of faceValueFen on orders of at least thresholdFen (0: any)
};
enum class Reach { Online, InStore, Both };
enum class StoreSelection { All, List, City, Province }; // which stores, for in-store reach
enum class ProductScope { All, Categories, Skus };

struct CampaignSpec
{
    QString id;   // chosen by the console (UUIDv7 text)
    QString name;
    CampaignType type = CampaignType::ThresholdOff;
    std::int64_t thresholdFen = 0;  // ThresholdOff: the step; Voucher: minimum spend
    std::int64_t amountFen = 0;     // ThresholdOff: off per step
    int basisPoints = 0;            // PercentOff
    std::int64_t fixedPriceFen = 0; // FixedPrice: per unit
    std::int64_t faceValueFen = 0;  // Voucher

    Reach reach = Reach::Both;
    StoreSelection storesBy = StoreSelection::All;
    QList<std::int64_t> storeIds; // StoreSelection::List
    QStringList cities;           // StoreSelection::City
    QStringList provinces;        // StoreSelection::Province

    ProductScope products = ProductScope::All;
    QStringList categories;          // ProductScope::Categories
    QList<std::int64_t> skuIds;      // ProductScope::Skus
    QList<std::int64_t> excludedSkuIds; // never discounted, whatever the scope

    std::int64_t startsMs = 0; // [startsMs, endsMs)
    std::int64_t endsMs = 0;
    std::int64_t budgetFen = 0;   // 0: no cap
    int perBuyerLimit = 0;        // discounted orders per buyer; 0: no limit
    int voucherQuantity = 0;      // Voucher: how many codes to issue

    friend bool operator==(const CampaignSpec &, const CampaignSpec &) = default;
};

// Stable wire/JSON names ("threshold_off", "in_store", "province", "categories", ...).
QString typeName(CampaignType type);
QString reachName(Reach reach);
QString storeSelectionName(StoreSelection selection);
QString productScopeName(ProductScope scope);
bool parseType(const QString &name, CampaignType &out);
bool parseReach(const QString &name, Reach &out);
bool parseStoreSelection(const QString &name, StoreSelection &out);
bool parseProductScope(const QString &name, ProductScope &out);

} // namespace mc::campaigns
