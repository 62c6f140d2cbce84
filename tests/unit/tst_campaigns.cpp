// Campaign rules without I/O: what a campaign takes off an order, validation messages, JSON.
#include "app/campaigns/campaignjson.h"
#include "app/campaigns/campaignpricing.h"
#include "app/campaigns/campaignvalidation.h"
#include "app/protocol/toptime.h"

#include <QTest>

#include <numeric>
#include <vector>

using namespace mc::campaigns;
using namespace Qt::StringLiterals;

namespace {

std::int64_t at(const char *beijing) { return *mc::protocol::parseTopTime(QByteArrayView(beijing)); }

CampaignSpec elevenEleven()
{
    CampaignSpec c;
    c.id = u"c-1111"_s;
    c.name = u"双11 每满300减40"_s;
    c.type = CampaignType::ThresholdOff;
    c.thresholdFen = 30'000;
    c.amountFen = 4'000;
    c.startsMs = at("2027-11-11 00:00:00");
    c.endsMs = at("2027-11-12 00:00:00");
    c.budgetFen = 1'000'000;
    return c;
}

std::int64_t discountOf(const CampaignSpec &c, std::vector<QualifyingLine> lines, std::vector<std::int64_t> *shares = nullptr)
{
    std::vector<std::int64_t> perLine(lines.size(), -1);
    const std::int64_t d = orderDiscount(c, lines, perLine);
    if (shares)
        *shares = perLine;
    return d;
}

QStringList codes(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out.append(i.code);
    return out;
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdOffStacksPerStep()
    {
        const CampaignSpec c = elevenEleven();
        QCOMPARE(discountOf(c, {{1, 29'999}}), 0);
        QCOMPARE(discountOf(c, {{1, 30'000}}), 4'000);
        QCOMPARE(discountOf(c, {{2, 45'000}, {1, 15'000}}), 8'000); // 600.00: two steps
        QCOMPARE(discountOf(c, {{1, 89'999}}), 8'000);
    }

    void sharesAddUpToTheDiscount()
    {
        CampaignSpec c = elevenEleven();
        c.type = CampaignType::PercentOff;
        c.basisPoints = 1'500;
        std::vector<std::int64_t> shares;
        const std::int64_t d = discountOf(c, {{1, 333}, {3, 1'001}, {1, 7}}, &shares);
        QCOMPARE(d, (1'341 * 1'500 + 5'000) / 10'000); // 201.15 -> 201 fen
        QCOMPARE(std::accumulate(shares.begin(), shares.end(), std::int64_t(0)), d);
        for (std::int64_t s : shares)
            QVERIFY(s >= 0);
    }

    void fixedPriceNeverRaisesAPrice()
    {
        CampaignSpec c = elevenEleven();
        c.type = CampaignType::FixedPrice;
        c.fixedPriceFen = 9'900;
        std::vector<std::int64_t> shares;
        QCOMPARE(discountOf(c, {{2, 30'000}, {1, 5'000}}, &shares), 30'000 - 19'800);
        QCOMPARE(shares[1], 0); // 50.00 is already below 99.00
    }

    void voucherNeedsTheMinimumSpendAndNeverExceedsIt()
    {
        CampaignSpec c = elevenEleven();
        c.type = CampaignType::Voucher;
        c.faceValueFen = 5'000;
        c.thresholdFen = 20'000;
        QCOMPARE(discountOf(c, {{1, 19'999}}), 0);
        QCOMPARE(discountOf(c, {{1, 20'000}}), 5'000);
        c.thresholdFen = 0;
        QCOMPARE(discountOf(c, {{1, 3'000}}), 3'000); // capped at what was spent
    }

    void validCampaignHasNoIssues()
    {
        ValidationContext ctx;
        ctx.nowMs = at("2027-10-01 00:00:00");
        QVERIFY2(validate(elevenEleven(), ctx).isEmpty(), qPrintable(codes(validate(elevenEleven(), ctx)).join(u',')));
    }

    void validationNamesEachProblem()
    {
        ValidationContext ctx;
        ctx.nowMs = at("2027-10-01 00:00:00");
        CampaignSpec c = elevenEleven();
        c.amountFen = 30'000; // 300 off every 300
        QVERIFY(codes(validate(c, ctx)).contains(u"discount-above-price"_s));

        c = elevenEleven();
        ctx.nowMs = at("2027-11-13 00:00:00");
        QVERIFY(codes(validate(c, ctx)).contains(u"window-past"_s));
        ctx.nowMs = at("2027-10-01 00:00:00");

        c = elevenEleven();
        c.budgetFen = 3'999; // below one use of 40.00
        QVERIFY(codes(validate(c, ctx)).contains(u"budget-below-use"_s));

        c = elevenEleven();
        c.type = CampaignType::FixedPrice;
        c.fixedPriceFen = 20'000;
        c.products = ProductScope::Skus;
        c.skuIds = {7001};
        ctx.skus.insert(7001, {15'000, u"美妆"_s});
        QVERIFY(codes(validate(c, ctx)).contains(u"discount-above-price"_s));
    }

    void overlapNeedsSameSkuReachAndWindow()
    {
        ValidationContext ctx;
        ctx.nowMs = at("2027-10-01 00:00:00");
        ctx.skus.insert(7001, {15'000, u"美妆"_s});
        ctx.skus.insert(7002, {15'000, u"数码"_s});
        ctx.stores.insert(1001, {u"杭州"_s, u"浙江省"_s});
        ctx.stores.insert(1005, {u"上海"_s, u"上海市"_s});
        CampaignSpec a = elevenEleven();
        a.reach = Reach::InStore;
        a.storesBy = StoreSelection::City;
        a.cities = {u"杭州"_s};
        a.products = ProductScope::Categories;
        a.categories = {u"美妆"_s};
        CampaignSpec b = a;
        b.id = u"c-other"_s;
        b.name = u"other"_s;
        b.storesBy = StoreSelection::Province;
        b.provinces = {u"上海市"_s};
        QVERIFY(!overlaps(a, b, ctx, nullptr)); // different stores
        b.provinces = {u"浙江省"_s};
        std::int64_t sku = 0;
        QVERIFY(overlaps(a, b, ctx, &sku));
        QCOMPARE(sku, 7001);
        b.excludedSkuIds = {7001};
        QVERIFY(!overlaps(a, b, ctx, nullptr)); // excluded: no shared SKU left
        b.excludedSkuIds.clear();
        b.reach = Reach::Online;
        QVERIFY(!overlaps(a, b, ctx, nullptr)); // online vs in store
        b.reach = Reach::Both;
        b.startsMs = a.endsMs;
        b.endsMs = a.endsMs + 3'600'000;
        QVERIFY(!overlaps(a, b, ctx, nullptr)); // back to back windows
        b.startsMs = a.startsMs;
        ctx.others = {b};
        const auto issues = validate(a, ctx);
        QVERIFY(codes(issues).contains(u"overlap"_s));
        QVERIFY(issues.last().message.contains(u"7001"_s));
    }

    void jsonRoundTripsEveryField()
    {
        CampaignSpec c = elevenEleven();
        c.type = CampaignType::Voucher;
        c.faceValueFen = 5'050;
        c.basisPoints = 1'234;
        c.fixedPriceFen = 1;
        c.reach = Reach::InStore;
        c.storesBy = StoreSelection::List;
        c.storeIds = {1001, 1002};
        c.cities = {u"杭州"_s};
        c.provinces = {u"浙江省"_s};
        c.products = ProductScope::Categories;
        c.categories = {u"美妆"_s, u"母婴"_s};
        c.skuIds = {7001};
        c.excludedSkuIds = {7002, 7003};
        c.perBuyerLimit = 2;
        c.voucherQuantity = 10'000;
        auto back = campaignFromJson(toJson(c));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), c);
        QCOMPARE(toJson(c).value(u"threshold"_s).toString(), u"300.00"_s);
    }

    void jsonRefusesWhatItCannotRead()
    {
        QJsonObject o = toJson(elevenEleven());
        o.insert(u"threshold"_s, u"300.001"_s);
        auto r = campaignFromJson(o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"threshold"_s));
        o = toJson(elevenEleven());
        o.insert(u"reach"_s, u"everywhere"_s);
        QVERIFY(!campaignFromJson(o).ok());
        o = toJson(elevenEleven());
        o.remove(u"ends"_s);
        QVERIFY(!campaignFromJson(o).ok());
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
