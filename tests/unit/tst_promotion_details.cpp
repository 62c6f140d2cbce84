// The platform side of live campaigns: the sandbox's own pricing (it may not link the
// console's) agrees with the console's on every campaign type, and seeded trades created
// while published campaigns run carry the right promotion_details, line payments and payment
// (recomputed here with the console's pricing from the catalog), never a draft's.
#include "app/campaigns/campaignpricing.h"
#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "sandbox/catalogsnapshot.h"
#include "sandbox/historyseeder.h"
#include "sandbox/merchantseed.h"
#include "sandbox/promotionpricing.h"
#include "sandbox/rows.h"
#include "sandbox/statedatabase.h"
#include "sandbox/traderenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

// A sandbox campaign rule and the same campaign as the console configures it.
struct Pair
{
    sandbox::PromotionRule rule;
    campaigns::CampaignSpec spec;
};

Pair campaignPair(QByteArrayView discount, std::int64_t bp, std::int64_t amount, std::int64_t threshold)
{
    Pair p{{discount, bp, amount, threshold}, {}};
    if (discount == "threshold_off") {
        p.spec.type = campaigns::CampaignType::ThresholdOff;
        p.spec.thresholdFen = threshold;
        p.spec.amountFen = amount;
    } else if (discount == "percent_off") {
        p.spec.type = campaigns::CampaignType::PercentOff;
        p.spec.basisPoints = int(bp);
    } else if (discount == "fixed_price") {
        p.spec.type = campaigns::CampaignType::FixedPrice;
        p.spec.fixedPriceFen = amount;
    } else {
        p.spec.type = campaigns::CampaignType::Voucher;
        p.spec.faceValueFen = amount;
        p.spec.thresholdFen = threshold;
    }
    return p;
}

} // namespace

class TestPromotionDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxPricingAgreesWithTheConsole_data()
    {
        QTest::addColumn<QByteArray>("discount");
        for (const char *d : {"threshold_off", "percent_off", "fixed_price", "amount_off"})
            QTest::newRow(d) << QByteArray(d);
    }

    void sandboxPricingAgreesWithTheConsole()
    {
        QFETCH(QByteArray, discount);
        QRandomGenerator rng(1111);
        int discounted = 0;
        for (int round = 0; round < 5000; ++round) {
            const Pair p = campaignPair(discount, rng.bounded(0, 10'001), rng.bounded(1, 50'000),
                                        rng.bounded(0, 80'000));
            const int n = rng.bounded(1, 5);
            std::vector<sandbox::PricedLine> lines;
            std::vector<campaigns::QualifyingLine> same;
            for (int i = 0; i < n; ++i) {
                const std::int64_t units = rng.bounded(1, 4);
                const std::int64_t payment = rng.bounded(0, 60'000) * units;
                lines.push_back({units, payment});
                same.push_back({units, payment});
            }
            std::vector<std::int64_t> ours(lines.size()), theirs(lines.size());
            const std::int64_t a = sandbox::promotionDiscount(p.rule, lines, ours);
            const std::int64_t b = campaigns::orderDiscount(p.spec, same, theirs);
            QCOMPARE(a, b);
            if (a > 0) // the console leaves shares of a zero discount unset
                QCOMPARE(ours, theirs);
            discounted += a > 0 ? 1 : 0;
        }
        QVERIFY2(discounted > 1000, "the cases exercise real discounts");
    }

    void seededTradesCarryTheirPromotions()
    {
        QTemporaryDir dir;
        auto opened = sandbox::openStateWriter(dir.path());
        QVERIFY(opened.ok());
        storage::Database &db = *opened.value();
        const std::int64_t now = *protocol::parseTopTime(QByteArrayView("2025-11-10 23:58:00"));
        QVERIFY(sandbox::MerchantSeed::populate(db, 1111, now));
        auto catalog = sandbox::CatalogSnapshot::load(db);
        QVERIFY(catalog.ok());
        const auto &skus = catalog.value().skus();
        const auto &stores = catalog.value().stores();
        QVERIFY(skus.size() > 40 && stores.size() > 2);

        // A: every 100 yuan minus 12 on 40 SKUs, online; B: 12 % off in two stores;
        // C: a draft (never applied); D: published, but its window is over.
        QByteArray someSkus;
        for (std::size_t i = 0; i < 40; ++i)
            someSkus += (i ? QByteArray(",") : QByteArray()) + QByteArray::number(skus[i * 2 % skus.size()].skuId);
        const QByteArray twoStores = QByteArray::number(stores[0].id) + ',' + QByteArray::number(stores[1].id);
        const std::int64_t from = now - 200LL * 86'400'000, to = now + 86'400'000;
        auto insert = db.prepare(u"INSERT INTO campaigns (campaign_id, version, name, reach, discount, basis_points, "
                                 u"amount_off_fen, threshold_fen, starts_ms, ends_ms, sku_ids, store_ids, state, "
                                 u"modified_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0)");
        QVERIFY(insert.ok());
        struct Row
        {
            const char *id;
            int version;
            const char *reach, *discount;
            int bp, amount, threshold;
            std::int64_t from, to;
            QByteArray skus, stores;
            const char *state;
        };
        const Row rows[] = {
            {"a-online", 3, "online", "threshold_off", 0, 1200, 10'000, from, to, someSkus, {}, "published"},
            {"b-stores", 1, "in_store", "percent_off", 1200, 0, 0, from, to, {}, twoStores, "published"},
            {"c-draft", 1, "omnichannel", "percent_off", 5000, 0, 0, from, to, {}, {}, "draft"},
            {"d-over", 1, "omnichannel", "percent_off", 5000, 0, 0, from - 86'400'000, from, {}, {}, "published"},
        };
        for (const Row &r : rows) {
            auto &s = insert.value();
            s.bindText(1, r.id).bind(2, r.version).bindText(3, QByteArray(r.id) + " name").bindText(4, r.reach);
            s.bindText(5, r.discount).bind(6, r.bp).bind(7, r.amount).bind(8, r.threshold).bind(9, r.from);
            s.bind(10, r.to).bindText(11, r.skus).bindText(12, r.stores).bindText(13, r.state);
            QVERIFY(s.run());
        }
        QCOMPARE(sandbox::HistorySeeder::seed(db, catalog.value(), 4000, 7, now).valueOr(0), 4000);

        // Recompute every order with the console's pricing from its lines before the campaigns.
        std::map<std::int64_t, const sandbox::SkuEntry *> bySku;
        for (const auto &s : skus)
            bySku[s.skuId] = &s;
        const Pair a = campaignPair("threshold_off", 0, 1200, 10'000), b = campaignPair("percent_off", 1200, 0, 0);
        const QList<QByteArray> aSkus = someSkus.split(',');
        auto orders = db.prepare(u"SELECT tid, channel, location_id, payment_fen, post_fee_fen FROM orders");
        auto lines = db.prepare(u"SELECT sku_id, num, payment_fen FROM order_lines WHERE tid = ?1 ORDER BY oid");
        auto promos = db.prepare(u"SELECT campaign_id, campaign_version, discount_fen FROM order_promotions "
                                 u"WHERE tid = ?1 ORDER BY campaign_id");
        QVERIFY(orders.ok() && lines.ok() && promos.ok());
        int withA = 0, withB = 0, checked = 0;
        std::int64_t promotedTid = 0;
        QVERIFY(sandbox::forEachRow(orders.value(), [&](storage::Statement &o) {
            if (QTest::currentTestFailed())
                return; // one failure is enough to read
            const std::int64_t tid = o.int64(0);
            const bool inStore = o.blob(1) == "store";
            std::vector<std::int64_t> skuIds, before, after, units;
            (void)sandbox::forEachRow(lines.value().bind(1, tid), [&](storage::Statement &l) {
                const sandbox::SkuEntry &sku = *bySku.at(l.int64(0));
                const std::int64_t gross = sku.priceFen * l.int64(1);
                skuIds.push_back(l.int64(0));
                units.push_back(l.int64(1));
                before.push_back(gross - gross * sku.discountPercent / 100);
                after.push_back(l.int64(2));
            });
            // Which campaign applies, and on which lines.
            const Pair *campaign = nullptr;
            std::vector<std::size_t> covered;
            const char *id = nullptr;
            if (!inStore) {
                campaign = &a;
                id = "a-online";
                for (std::size_t i = 0; i < skuIds.size(); ++i)
                    if (aSkus.contains(QByteArray::number(skuIds[i])))
                        covered.push_back(i);
            } else if (o.int64(2) == stores[0].id || o.int64(2) == stores[1].id) {
                campaign = &b;
                id = "b-stores";
                for (std::size_t i = 0; i < skuIds.size(); ++i)
                    covered.push_back(i);
            }
            std::vector<std::int64_t> expected = before;
            std::int64_t discount = 0;
            if (campaign && !covered.empty()) {
                std::vector<campaigns::QualifyingLine> q;
                for (std::size_t i : covered)
                    q.push_back({units[i], before[i]});
                std::vector<std::int64_t> shares(q.size());
                discount = campaigns::orderDiscount(campaign->spec, q, shares);
                for (std::size_t k = 0; k < covered.size() && discount > 0; ++k)
                    expected[covered[k]] -= shares[k];
            }
            if (expected != after)
                qWarning() << "trade" << tid;
            QCOMPARE(after, expected);
            std::int64_t sum = 0;
            for (std::int64_t p : after)
                sum += p;
            QCOMPARE(o.int64(3), sum + o.int64(4)); // payment = line payments + post fee
            QList<std::tuple<QByteArray, std::int64_t, std::int64_t>> recorded;
            (void)sandbox::forEachRow(promos.value().bind(1, tid), [&](storage::Statement &p) {
                recorded.append({p.blob(0), p.int64(1), p.int64(2)});
            });
            if (discount > 0) {
                QCOMPARE(recorded.size(), 1);
                QCOMPARE(std::get<0>(recorded[0]), QByteArray(id));
                QCOMPARE(std::get<1>(recorded[0]), std::int64_t(QByteArray(id) == "a-online" ? 3 : 1));
                QCOMPARE(std::get<2>(recorded[0]), discount);
                (QByteArray(id) == "a-online" ? withA : withB) += 1;
                promotedTid = promotedTid ? promotedTid : tid;
            } else {
                QCOMPARE(recorded.size(), 0);
            }
            ++checked;
        }));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(checked, 4000);
        QVERIFY2(withA > 100 && withB > 10, qPrintable(u"%1 online, %2 store trades discounted"_s.arg(withA).arg(withB)));

        // The trade as the platform sends it.
        auto renderer = sandbox::TradeRenderer::create(db);
        QVERIFY(renderer.ok());
        QByteArray json;
        sandbox::JsonWriter w(json);
        QVERIFY(renderer.value().writeByTid(promotedTid, w).valueOr(false));
        const QJsonObject trade = QJsonDocument::fromJson(w.finish()).object();
        const QJsonArray details = trade[u"promotion_details"][u"promotion_detail"].toArray();
        QCOMPARE(details.size(), 1);
        const QJsonObject d = details[0].toObject();
        QCOMPARE(d[u"id"].toInteger(), promotedTid);
        QCOMPARE(d[u"promotion_id"].toString(), u"a-online"_s);
        QCOMPARE(d[u"campaign_version"].toInteger(), 3);
        QCOMPARE(d[u"promotion_name"].toString(), u"a-online name"_s);
        const QString fee = d[u"discount_fee"].toString();
        QVERIFY2(fee.contains(u'.') && fee.section(u'.', 1).size() == 2, qPrintable(fee)); // "12.00"
        QCOMPARE(db.queryInt(u"SELECT discount_fen FROM order_promotions WHERE tid = "_s + QString::number(promotedTid))
                     .valueOr(-1),
                 core::Money::parse(QStringView(fee)).value().minor());
        // A trade without promotions has no promotion_details at all.
        json.clear();
        sandbox::JsonWriter plain(json);
        const std::int64_t none =
            db.queryInt(u"SELECT min(tid) FROM orders WHERE tid NOT IN (SELECT tid FROM order_promotions)"_s).valueOr(0);
        QVERIFY(renderer.value().writeByTid(none, plain).valueOr(false));
        QVERIFY(!QJsonDocument::fromJson(plain.finish()).object().contains(u"promotion_details"));
    }
};

QTEST_GUILESS_MAIN(TestPromotionDetails)
#include "tst_promotion_details.moc"
