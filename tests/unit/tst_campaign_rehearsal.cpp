// The rehearsal on a real cache.sqlite, compared with a brute-force computation over the same
// orders: every order read whole, filtered and priced in memory, without the rehearsal's SQL
// or its pricing code. Several campaign shapes, limits that bite, and impossible lines that
// must be set aside. Each shape runs against every state of the order digest (cache migration
// 0010): every order pending, all digested, changed after digesting (partly rebuilt), and
// half the window still waiting for the backfill; the answer must not depend on it.
#include "app/campaigns/digestbuilder.h"
#include "app/campaigns/orderdigest.h"
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
    static void addRows(const char *name, const CampaignSpec &c)
    {
        for (const char *state : {"pending", "digested", "changed", "backfilling"})
            QTest::addRow("%s, digest %s", name, state) << c << QString::fromLatin1(state);
    }

    QTemporaryDir m_dir;
    int m_changes = 0;
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

    // Puts the digest in `state` (see the file's comment); the orders change in "changed".
    void prepareDigest(const QString &state)
    {
        DigestBuilder builder(*m_db);
        if (state == u"pending"_s) {
            QVERIFY(m_db->exec(u"DELETE FROM order_digest; INSERT OR IGNORE INTO digest_pending SELECT tid FROM orders; "
                               u"UPDATE sync_cursors SET value = '0' WHERE name = 'digest.backfill_below'"_s));
            return;
        }
        auto built = builder.buildAll();
        QVERIFY(built.ok());
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM digest_pending"_s).value(), 0);
        if (state == u"changed"_s) {
            // Closed, refunded, moved in time, moved to another store, a line gone: each queues
            // its order again; one small batch rebuilds some, the rest stay pending.
            m_changes += 1;
            const QString k = QString::number(m_changes);
            QVERIFY(m_db->exec(u"UPDATE orders SET status = 'TRADE_CLOSED' WHERE tid % 97 = "_s + k));
            QVERIFY(m_db->exec(u"UPDATE order_lines SET refund_status = 'SUCCESS' WHERE oid % 89 = "_s + k));
            QVERIFY(m_db->exec(u"UPDATE orders SET created_ms = created_ms + 600000 WHERE tid % 101 = "_s + k));
            QVERIFY(m_db->exec(u"UPDATE orders SET location_id = 0, channel = 'online' WHERE tid % 103 = "_s + k));
            QVERIFY(m_db->exec(u"DELETE FROM order_lines WHERE oid IN (SELECT max(oid) FROM order_lines GROUP BY tid "
                               u"HAVING count(*) > 1 AND tid % 107 = "_s + k + u')'));
            QVERIFY(m_db->queryInt(u"SELECT count(*) FROM digest_pending"_s).value() > 300);
            QVERIFY(builder.buildBatch(100).ok());
            QVERIFY(m_db->queryInt(u"SELECT count(*) FROM digest_pending"_s).value() > 200);
        } else if (state == u"backfilling"_s) {
            // As right after the migration on a full cache: the older half has no digest yet.
            const QString mark = QString::number(kBase + 90 * 60'000);
            QVERIFY(m_db->exec(u"DELETE FROM order_digest WHERE created_ms < "_s + mark +
                               u"; UPDATE sync_cursors SET value = '" + mark + u"' WHERE name = 'digest.backfill_below'"));
        }
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<CampaignSpec>("campaign");
        QTest::addColumn<QString>("digest");
        CampaignSpec c;
        c.id = u"t"_s;
        c.name = u"t"_s;
        c.thresholdFen = 30'000;
        c.amountFen = 4'000;
        addRows("300 minus 40, everywhere", c);
        c.budgetFen = 5'000'000;
        c.perBuyerLimit = 2;
        addRows("300 minus 40, budget and per-buyer limit", c);
        c = CampaignSpec{};
        c.type = CampaignType::PercentOff;
        c.basisPoints = 1'250;
        c.reach = Reach::InStore;
        c.storesBy = StoreSelection::City;
        c.cities = {u"杭州"_s};
        c.products = ProductScope::Categories;
        c.categories = {u"美妆"_s, u"数码"_s};
        c.excludedSkuIds = {7001, 7005};
        addRows("12.5 % off in Hangzhou stores, two categories", c);
        c = CampaignSpec{};
        c.type = CampaignType::FixedPrice;
        c.fixedPriceFen = 9'900;
        c.reach = Reach::Online;
        c.products = ProductScope::Skus;
        c.skuIds = {7003, 7010, 7011, 7024, 7047};
        addRows("fixed 99.00 online on five SKUs", c);
        c = CampaignSpec{};
        c.type = CampaignType::Voucher;
        c.faceValueFen = 5'000;
        c.thresholdFen = 20'000;
        c.voucherQuantity = 900;
        c.storesBy = StoreSelection::Province;
        c.provinces = {u"上海市"_s};
        addRows("50.00 vouchers, 900 of them, online and Shanghai stores", c);
    }

    void matchesBruteForce()
    {
        QFETCH(CampaignSpec, campaign);
        QFETCH(QString, digest);
        prepareDigest(digest);
        if (QTest::currentTestFailed())
            return;
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

    void digestLinesRoundTripAndGarbageIsRefused()
    {
        const std::vector<DigestLine> lines{{7001, 3, 29'900, 4, false},
                                            {-5, 1'000'000, 1'000'000'000'000, 0, true},
                                            {INT64_MAX, 1, 0, 123'456, false}};
        QByteArray blob;
        encodeDigestLines(lines, blob);
        std::vector<DigestLine> back;
        QVERIFY(decodeDigestLines(blob, back));
        QVERIFY(back == lines);
        for (int cut = 1; cut < blob.size(); ++cut) // every truncation is refused or shorter
            if (decodeDigestLines(QByteArrayView(blob).first(cut), back))
                QVERIFY(back.size() < lines.size());
        QVERIFY(!decodeDigestLines(QByteArray(), back));                 // no lines
        QVERIFY(!decodeDigestLines(QByteArray(11, '\xff'), back));        // a varint of 11 bytes
        QVERIFY(!decodeDigestLines(QByteArray::fromHex("0200000000"), back)); // 0 units
        QVERIFY(buyerKeyHash("nick:a") != buyerKeyHash("nick:b"));
    }

    void aCorruptDigestRowIsSetAsideNotCounted()
    {
        DigestBuilder builder(*m_db);
        QVERIFY(builder.buildAll().ok());
        const std::int64_t tid =
            m_db->queryInt(u"SELECT tid FROM order_digest WHERE flags & 2 = 0 ORDER BY created_ms LIMIT 1 OFFSET 500"_s)
                .value();
        CampaignSpec c;
        c.thresholdFen = 100;
        c.amountFen = 1;
        RehearsalOptions options{kBase - 3'600'000, kBase + 86'400'000, 10, {}};
        auto before = rehearse(*m_db, c, options);
        QVERIFY(before.ok());
        QVERIFY(m_db->exec(u"UPDATE order_digest SET lines = x'ff' WHERE tid = "_s + QString::number(tid)));
        auto after = rehearse(*m_db, c, options);
        QVERIFY(after.ok());
        QCOMPARE(after.value().setAsideCount, before.value().setAsideCount + 1);
        QCOMPARE(after.value().ordersScanned, before.value().ordersScanned - 1);
        const bool listed = std::any_of(after.value().setAside.cbegin(), after.value().setAside.cend(),
                                        [tid](const SetAsideOrder &s) {
                                            return s.tid == tid && s.reason.startsWith(u"bad-digest"_s);
                                        });
        QVERIFY(listed || after.value().setAside.size() == 100);
        // Rebuilt (as the keeper does when the order changes), it counts again.
        QVERIFY(m_db->exec(u"INSERT INTO digest_pending VALUES ("_s + QString::number(tid) + u')'));
        QVERIFY(builder.buildAll().ok());
        QCOMPARE(rehearse(*m_db, c, options).value().ordersScanned, before.value().ordersScanned);
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
