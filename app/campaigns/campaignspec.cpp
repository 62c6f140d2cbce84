#include "app/campaigns/campaignspec.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

template<typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name.toString();
    return {};
}

template<typename E, std::size_t N>
bool parseName(const std::array<std::pair<E, QStringView>, N> &table, const QString &name, E &out)
{
    for (const auto &[e, n] : table)
        if (n == name) {
            out = e;
            return true;
        }
    return false;
}

constexpr std::array kTypes{std::pair{CampaignType::ThresholdOff, QStringView(u"threshold_off")},
                            std::pair{CampaignType::PercentOff, QStringView(u"percent_off")},
                            std::pair{CampaignType::FixedPrice, QStringView(u"fixed_price")},
                            std::pair{CampaignType::Voucher, QStringView(u"voucher")}};
constexpr std::array kReaches{std::pair{Reach::Online, QStringView(u"online")},
                              std::pair{Reach::InStore, QStringView(u"in_store")},
                              std::pair{Reach::Both, QStringView(u"omnichannel")}};
constexpr std::array kSelections{std::pair{StoreSelection::All, QStringView(u"all")},
                                 std::pair{StoreSelection::List, QStringView(u"list")},
                                 std::pair{StoreSelection::City, QStringView(u"city")},
                                 std::pair{StoreSelection::Province, QStringView(u"province")}};
constexpr std::array kScopes{std::pair{ProductScope::All, QStringView(u"all")},
                             std::pair{ProductScope::Categories, QStringView(u"categories")},
                             std::pair{ProductScope::Skus, QStringView(u"skus")}};

} // namespace

QString typeName(CampaignType type) { return nameOf(kTypes, type); }
QString reachName(Reach reach) { return nameOf(kReaches, reach); }
QString storeSelectionName(StoreSelection selection) { return nameOf(kSelections, selection); }
QString productScopeName(ProductScope scope) { return nameOf(kScopes, scope); }
bool parseType(const QString &name, CampaignType &out) { return parseName(kTypes, name, out); }
bool parseReach(const QString &name, Reach &out) { return parseName(kReaches, name, out); }
bool parseStoreSelection(const QString &name, StoreSelection &out) { return parseName(kSelections, name, out); }
bool parseProductScope(const QString &name, ProductScope &out) { return parseName(kScopes, name, out); }

} // namespace mc::campaigns
