// The rehearsal on a real cache.sqlite, compared with a brute-force computation over the same
// orders: every order read whole, filtered and priced in memory, without the rehearsal's SQL
// or its pricing code. Several campaign shapes, limits that bite, and impossible lines that
// must be set aside.
#include "app/campaigns/rehearsal.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "tests/support/campaignorders.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <vector>

using namespace mc;
using namespace mc::campaigns;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kBase = 1'762'790'400'000; // 2025-11-11 00:00 Beijing
constexpr std::int64_t kOrders = 12'000;

struct BLine
{
    std::int64_t sku, units, payment;
    QString category;
    bool refunded;
};
struct BOrder
{
    std::int64_t tid, created;
    QString status, channel, buyer;
    std::int64_t location;
    std::vector<BLine> lines;
};

struct Expected
{
    std::int64_t scanned = 0, gmv = 0, qualifying = 0, orders = 0, discount = 0, discountedGmv = 0, setAside = 0;
    std::int64_t cutBuyer = 0, cutVoucher = 0, cutBudget = 0;
    std::map<std::int64_t, std::int64_t> storeDiscount;
    std::map<QString, std::int64_t> channelOrders;
    std::map<std::int64_t, std::int64_t> skuUnits;
};

Expected bruteForce(storage::Database &db, const CampaignSpec &c, std::int64_t from, std::int64_t to)
{
    std::map<std::int64_t, BOrder> orders;
    auto o = db.prepare(u"SELECT tid, created_ms, status, channel, location_id, buyer_open_uid, buyer_nick FROM orders");
    while (o.value().step().value())
        orders[o.value().int64(0)] = {o.value().int64(0), o.value().int64(1), o.value().text(2), o.value().text(3),
                                      o.value().text(5).isEmpty() ? u"nick:"_s + o.value().text(6) : o.value().text(5),
                                      o.value().int64(4), {}};
    auto l = db.prepare(u"SELECT tid, sku_id, num, payment_fen, category, refund_status FROM order_lines");
    while (l.value().step().value())
        orders[l.value().int64(0)].lines.push_back({l.value().int64(1), l.value().int64(2), l.value().int64(3),
                                                    l.value().text(4), l.value().text(5) == u"SUCCESS"});
    QHash<std::int64_t, std::pair<QString, QString>> places;
    auto s = db.prepare(u"SELECT location_id, city, province FROM locations WHERE kind = 'store'");
    while (s.value().step().value())
        places.insert(s.value().int64(0), {s.value().text(1), s.value().text(2)});

    std::vector<BOrder> window;
    for (auto &[tid, order] : orders)
        if (order.created >= from && order.created < to &&
            QStringList{u"WAIT_SELLER_SEND_GOODS"_s, u"WAIT_BUYER_CONFIRM_GOODS"_s, u"TRADE_FINISHED"_s}.contains(order.status))
            window.push_back(order);
    std::sort(window.begin(), window.end(), [](const BOrder &a, const BOrder &b) {
        return a.created != b.created ? a.created < b.created : a.tid < b.tid;
    });
    Expected e;
    QHash<QString, int> uses;
    for (const BOrder &order : window) {
        bool bad = false;
        std::int64_t gmv = 0, spend = 0, fixedOff = 0;
        for (const BLine &line : order.lines) {
            bad = bad || line.units <= 0 || line.payment < 0;
            gmv += line.payment;
        }
        if (bad) {
            ++e.setAside;
            continue;
        }
        ++e.scanned;
        e.gmv += gmv;
        bool reached = order.channel == u"online" ? c.reach != Reach::InStore : c.reach != Reach::Online;
        if (order.channel == u"store" && c.storesBy == StoreSelection::List)
            reached = reached && c.storeIds.contains(order.location);
        if (order.channel == u"store" && c.storesBy == StoreSelection::City)
            reached = reached && c.cities.contains(places.value(order.location).first);
        if (order.channel == u"store" && c.storesBy == StoreSelection::Province)
            reached = reached && c.provinces.contains(places.value(order.location).second);
        if (!reached)
            continue;
        std::vector<const BLine *> in;
        for (const BLine &line : order.lines) {
            bool scope = c.products == ProductScope::All || (c.products == ProductScope::Categories && c.categories.contains(line.category)) ||
                         (c.products == ProductScope::Skus && c.skuIds.contains(line.sku));
            if (scope && !line.refunded && !c.excludedSkuIds.contains(line.sku)) {
                in.push_back(&line);
                spend += line.payment;
                fixedOff += std::max<std::int64_t>(0, line.payment - c.fixedPriceFen * line.units);
            }
        }
        std::int64_t d = 0;
        if (c.type == CampaignType::ThresholdOff)
            d = spend / c.thresholdFen * c.amountFen;
        else if (c.type == CampaignType::PercentOff)
            d = (spend * c.basisPoints + 5'000) / 10'000;
        else if (c.type == CampaignType::FixedPrice)
            d = fixedOff;
        else
            d = spend > 0 && spend >= c.thresholdFen ? std::min(spend, c.faceValueFen) : 0;
        d = std::min(d, spend);
        if (in.empty() || d <= 0)
            continue;
        ++e.qualifying;
        if (c.perBuyerLimit > 0 && uses.value(order.buyer) >= c.perBuyerLimit) {
            ++e.cutBuyer;
            continue;
        }
        if (c.type == CampaignType::Voucher && c.voucherQuantity > 0 && e.orders >= c.voucherQuantity) {
            ++e.cutVoucher;
            continue;
        }
        if (c.budgetFen > 0 && e.discount + d > c.budgetFen) {
            ++e.cutBudget;
            continue;
        }
        ++uses[order.buyer];
        ++e.orders;
        e.discount += d;
        e.discountedGmv += gmv;
        e.storeDiscount[order.location] += d;
        ++e.channelOrders[order.channel];
        for (const BLine *line : in)
            e.skuUnits[line->sku] += line->units;
    }
    return e;
}

} // namespace

Q_DECLARE_METATYPE(mc::campaigns::CampaignSpec)

class TestCampaignRehearsal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(test::seedCampaignOrders(*m_db, {kOrders, kBase - 3'600'000, 1'000, true}));
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<CampaignSpec>("campaign");
        CampaignSpec c;
        c.id = u"t"_s;
        c.name = u"t"_s;
        c.thresholdFen = 30'000;
        c.amountFen = 4'000;
        QTest::newRow("300 minus 40, everywhere") << c;
        c.budgetFen = 5'000'000;
        c.perBuyerLimit = 2;
        QTest::newRow("300 minus 40, budget and per-buyer limit") << c;
        c = CampaignSpec{};
        c.type = CampaignType::PercentOff;
        c.basisPoints = 1'250;
        c.reach = Reach::InStore;
        c.storesBy = StoreSelection::City;
        c.cities = {u"杭州"_s};
        c.products = ProductScope::Categories;
        c.categories = {u"美妆"_s, u"数码"_s};
        c.excludedSkuIds = {7001, 7005};
        QTest::newRow("12.5 % off in Hangzhou stores, two categories") << c;
        c = CampaignSpec{};
        c.type = CampaignType::FixedPrice;
        c.fixedPriceFen = 9'900;
        c.reach = Reach::Online;
        c.products = ProductScope::Skus;
        c.skuIds = {7003, 7010, 7011, 7024, 7047};
        QTest::newRow("fixed 99.00 online on five SKUs") << c;
        c = CampaignSpec{};
        c.type = CampaignType::Voucher;
        c.faceValueFen = 5'000;
        c.thresholdFen = 20'000;
        c.voucherQuantity = 900;
        c.storesBy = StoreSelection::Province;
        c.provinces = {u"上海市"_s};
        QTest::newRow("50.00 vouchers, 900 of them, online and Shanghai stores") << c;
    }

    void matchesBruteForce()
    {
        QFETCH(CampaignSpec, campaign);
        const std::int64_t from = kBase, to = kBase + 3 * 3'600'000; // 3 of the 3.3 hours seeded
        RehearsalOptions options{from, to, 1'000, {}};
        auto result = rehearse(*m_db, campaign, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        const RehearsalResult &r = result.value();
        const Expected e = bruteForce(*m_db, campaign, from, to);
        QVERIFY(e.orders > 50); // the campaign does something on this data
        QCOMPARE(r.ordersScanned, e.scanned);
        QCOMPARE(r.gmvFen, e.gmv);
        QCOMPARE(r.setAsideCount, e.setAside);
        QVERIFY(e.setAside > 0);
        QCOMPARE(r.qualifyingOrders, e.qualifying);
        QCOMPARE(r.discounted.orders, e.orders);
        QCOMPARE(r.discounted.discountFen, e.discount);
        QCOMPARE(r.discounted.gmvFen, e.discountedGmv);
        QCOMPARE(r.cutByBuyerLimit, e.cutBuyer);
        QCOMPARE(r.cutByVoucherQuantity, e.cutVoucher);
        QCOMPARE(r.cutByBudget, e.cutBudget);
        if (campaign.budgetFen > 0) {
            QVERIFY(r.discounted.discountFen <= campaign.budgetFen);
            QVERIFY(e.cutBudget > 0);
        }
        std::map<std::int64_t, std::int64_t> stores;
        for (auto it = r.perStore.begin(); it != r.perStore.end(); ++it)
            stores[it.key()] = it->discountFen;
        QCOMPARE(stores, e.storeDiscount);
        for (auto &[channel, n] : e.channelOrders)
            QCOMPARE(r.perChannel.value(channel).orders, n);
        std::map<std::int64_t, std::int64_t> units;
        std::int64_t shares = 0;
        for (const SkuImpact &s : r.topSkus) {
            units[s.skuId] = s.units;
            shares += s.discountFen;
            QVERIFY(s.discountFen >= 0);
        }
        QCOMPARE(units, e.skuUnits);
        QCOMPARE(shares, e.discount); // the SKUs' shares add up to the total
        QCOMPARE(r.costShareBp(), (e.discount * 20'000 + e.gmv) / (2 * e.gmv));
    }

    void cancelStopsTheWalk()
    {
        CampaignSpec c;
        c.thresholdFen = 100;
        c.amountFen = 1;
        RehearsalOptions options{kBase - 3'600'000, kBase + 86'400'000, 10, [](std::int64_t) { return false; }};
        auto r = rehearse(*m_db, c, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"rehearsal.cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestCampaignRehearsal)
#include "tst_campaign_rehearsal.moc"
