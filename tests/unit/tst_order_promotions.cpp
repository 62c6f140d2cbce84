// promotion_details on the console side: decoded when well-formed, a malformed one sets the
// trade aside with a reason (it never reaches a figure), stored by the cache writer in the
// order's transaction so a trade seen again, paid, closed or re-delivered never counts twice,
// and the per-campaign figures (campaigntoday.h) with the ledger's budgets.
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaigntoday.h"
#include "app/core/functionclock.h"
#include "app/protocol/toptime.h"
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/sync/cachewriter.h"
#include "app/sync/tradedecoder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

// A trade as the sandbox renders it, total_fee 300.00, with `promotions` spliced in.
QByteArray trade(std::int64_t tid, const QByteArray &promotions, const char *status = "WAIT_SELLER_SEND_GOODS",
                 const char *channel = "online", const char *modified = "2025-11-11 00:01:10")
{
    return R"({"tid":)" + QByteArray::number(tid) + R"(,"status":")" + status +
           R"(","payment":"260.00","total_fee":"300.00","post_fee":"0.00",)"
           R"("created":"2025-11-11 00:00:05","modified":")" + modified +
           R"(","pay_time":"2025-11-11 00:01:10","type":"fixed","buyer_nick":"糖***豆",)"
           R"("receiver_state":"浙江省","receiver_city":"杭州市","channel":")" + channel +
           R"(","store_id":1000,"orders":{"order":[{"oid":)" + QByteArray::number(tid * 10 + 1) +
           R"(,"num_iid":600000000001,"sku_id":4000000000001,"title":"面膜","num":1,)"
           R"("price":"300.00","payment":"260.00","refund_status":"NO_REFUND"}]})" + promotions + "}";
}

QByteArray details(const QByteArray &items) { return R"(,"promotion_details":{"promotion_detail":[)" + items + "]}"; }

QByteArray detail(const char *id, const char *fee, int version = 2)
{
    return R"({"id":1,"promotion_id":")" + QByteArray(id) + R"(","campaign_version":)" + QByteArray::number(version) +
           R"(,"promotion_name":"双11 每满300减40","discount_fee":")" + fee + R"("})";
}

} // namespace

class TestOrderPromotions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::CacheWriter> m_writer;

    void apply(const QList<QByteArray> &trades)
    {
        QList<core::Order> orders;
        QList<sync::RejectedTrade> rejected;
        for (const QByteArray &t : trades) {
            auto d = sync::decodeTradeOrReject(t);
            QVERIFY(d.ok());
            if (d.value().rejected)
                rejected.append(*d.value().rejected);
            else
                orders.append(d.value().order);
        }
        auto tx = storage::Transaction::begin(*m_db);
        QVERIFY(tx.ok());
        auto r = m_writer->applyOrders(orders, rejected);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY(tx.value().commit());
    }

    qint64 sql(const QString &query) { return m_db->queryInt(query).valueOr(-1); }

    // campaign_days against a direct aggregate over order_promotions and orders.
    void verifyDaysMatchRows()
    {
        const QString direct = u"SELECT p.campaign_id, o.channel, count(*), sum(p.discount_fen) "
                               u"FROM order_promotions p JOIN orders o ON o.tid = p.tid WHERE o.status IN "
                               u"('WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED') "
                               u"GROUP BY 1, 2"_s;
        const QString kept = u"SELECT campaign_id, channel, orders, discount_fen FROM campaign_days WHERE orders > 0"_s;
        QCOMPARE(sql(u"SELECT count(*) FROM ("_s + direct + u" EXCEPT "_s + kept + u")"_s), 0);
        QCOMPARE(sql(u"SELECT count(*) FROM ("_s + kept + u" EXCEPT "_s + direct + u")"_s), 0);
        QCOMPARE(sql(u"SELECT count(*) FROM campaign_days WHERE orders < 0 OR discount_fen < 0"_s), 0);
    }

private Q_SLOTS:
    void init()
    {
        m_writer.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        auto db = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_writer = std::make_unique<sync::CacheWriter>(*m_db);
        QVERIFY(m_writer->prepare());
    }

    void decodesPromotionDetails()
    {
        const auto order = sync::decodeTrade(trade(1, details(detail("c-1111", "40.00") + ',' + detail("c-2", "0.00", 7))));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().toString()));
        QCOMPARE(order.value().promotions.size(), 2);
        const core::OrderPromotion &p = order.value().promotions[0];
        QCOMPARE(p.campaignId, u"c-1111"_s);
        QCOMPARE(p.campaignVersion, 2);
        QCOMPARE(p.name, u"双11 每满300减40"_s);
        QCOMPARE(p.discount.minor(), 4000);
        QCOMPARE(order.value().promotions[1].campaignVersion, 7);
        // Absent, null, or TOP without our campaign_version: no promotions / version 0.
        QVERIFY(sync::decodeTrade(trade(2, {})).value().promotions.isEmpty());
        QVERIFY(sync::decodeTrade(trade(3, R"(,"promotion_details":null)")).value().promotions.isEmpty());
        const auto top = sync::decodeTrade(
            trade(4, details(R"({"id":4,"promotion_id":"mjs-1","promotion_name":"满减","discount_fee":"5.00",)"
                             R"("gift_item_name":""})")));
        QVERIFY(top.ok());
        QCOMPARE(top.value().promotions[0].campaignVersion, 0);
    }

    void malformedPromotionsSetTheTradeAside_data()
    {
        QTest::addColumn<QByteArray>("promotions");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not an object") << QByteArray(R"(,"promotion_details":[1])")
                                       << u"bad-field: promotion_details (not an object)"_s;
        QTest::newRow("list not an array") << QByteArray(R"(,"promotion_details":{"promotion_detail":{}})")
                                           << u"bad-field: promotion_details.promotion_detail (not an array)"_s;
        QTest::newRow("detail not an object") << details("7")
                                              << u"bad-field: promotion_details.promotion_detail (not an object)"_s;
        QTest::newRow("no campaign") << details(R"({"promotion_name":"x","discount_fee":"1.00"})")
                                     << u"missing-field: promotion_details.promotion_detail.promotion_id"_s;
        QTest::newRow("no discount") << details(R"({"promotion_id":"c-1"})")
                                     << u"missing-field: promotion_details.promotion_detail.discount_fee"_s;
        QTest::newRow("empty campaign") << details(detail("", "1.00"))
                                        << u"bad-field: promotion_details.promotion_detail.promotion_id (empty)"_s;
        QTest::newRow("negative") << details(detail("c-1", "-3.00"))
                                  << u"negative-amount: promotion_details.promotion_detail.discount_fee -3.00"_s;
        QTest::newRow("not money") << details(detail("c-1", "lots"))
                                   << u"bad-amount: promotion_details.promotion_detail.discount_fee lots"_s;
        QTest::newRow("number fee") << details(R"({"promotion_id":"c-1","discount_fee":3})")
                                    << u"bad-field: promotion_details.promotion_detail.discount_fee (not a string)"_s;
        QTest::newRow("above the order") << details(detail("c-1", "200.00") + ',' + detail("c-2", "100.01"))
                                         << u"bad-discount: promotion_details 300.01 above total_fee 300.00"_s;
        QTest::newRow("same campaign twice") << details(detail("c-1", "1.00") + ',' + detail("c-1", "2.00"))
                                             << u"duplicate-key: promotion_details.promotion_detail.promotion_id c-1"_s;
        QTest::newRow("negative version") << details(detail("c-1", "1.00", -1))
                                          << u"bad-field: promotion_details.promotion_detail.campaign_version -1"_s;
    }

    void malformedPromotionsSetTheTradeAside()
    {
        QFETCH(QByteArray, promotions);
        QFETCH(QString, reason);
        const auto order = sync::decodeTrade(trade(9, promotions));
        QVERIFY(!order.ok());
        QCOMPARE(order.error().code, QLatin1String(sync::kInvalidTradeCode));
        QCOMPARE(order.error().message, reason);
        // In the cache: quarantined with the reason, nothing counted.
        apply({trade(9, promotions)});
        QCOMPARE(m_db->queryText(u"SELECT reason FROM quarantine WHERE tid = 9"_s).valueOr({}), reason);
        QCOMPARE(sql(u"SELECT count(*) FROM order_promotions"_s), 0);
        QCOMPARE(sql(u"SELECT count(*) FROM orders"_s), 0);
    }

    void storedOnceThroughTheLifecycle()
    {
        const QByteArray p1 = details(detail("c-1111", "40.00"));
        const QByteArray both = details(detail("c-1111", "40.00") + ',' + detail("c-store", "12.50"));
        // Unpaid: stored, not counted. Paid, twice in one batch and again later: counted once.
        apply({trade(1, p1, "WAIT_BUYER_PAY", "online", "2025-11-11 00:00:05")});
        QCOMPARE(sql(u"SELECT count(*) FROM order_promotions"_s), 1);
        QCOMPARE(sql(u"SELECT coalesce(sum(orders), 0) FROM campaign_days"_s), 0);
        apply({trade(1, p1), trade(1, p1), trade(2, both, "WAIT_SELLER_SEND_GOODS", "store")});
        apply({trade(1, p1), trade(2, both, "WAIT_SELLER_SEND_GOODS", "store")});
        verifyDaysMatchRows();
        QCOMPARE(sql(u"SELECT orders FROM campaign_days WHERE campaign_id = 'c-1111' AND channel = 'online'"_s), 1);
        QCOMPARE(sql(u"SELECT orders FROM campaign_days WHERE campaign_id = 'c-1111' AND channel = 'store'"_s), 1);
        QCOMPARE(sql(u"SELECT discount_fen FROM campaign_days WHERE campaign_id = 'c-store'"_s), 1250);
        QCOMPARE(sql(u"SELECT day_ms FROM campaign_days LIMIT 1"_s),
                 protocol::beijingDayStartMs(*protocol::parseTopTime(QByteArrayView("2025-11-11 00:01:10"))));
        // An older version arriving late changes nothing; a closed one leaves the figures.
        apply({trade(2, both, "WAIT_BUYER_PAY", "store", "2025-11-11 00:00:05")});
        verifyDaysMatchRows();
        QCOMPARE(sql(u"SELECT sum(orders) FROM campaign_days"_s), 3);
        apply({trade(1, p1, "TRADE_CLOSED", "online", "2025-11-11 00:20:00")});
        verifyDaysMatchRows();
        QCOMPARE(sql(u"SELECT sum(orders) FROM campaign_days WHERE campaign_id = 'c-1111'"_s), 1);
        // A later version without the campaign (the platform took it back) drops its row.
        apply({trade(2, details(detail("c-store", "12.50")), "WAIT_BUYER_CONFIRM_GOODS", "store",
                     "2025-11-11 00:30:00")});
        verifyDaysMatchRows();
        QCOMPARE(sql(u"SELECT sum(orders) FROM campaign_days WHERE campaign_id = 'c-1111'"_s), 0);
        QCOMPARE(sql(u"SELECT count(*) FROM order_promotions"_s), 2);
    }

    void figuresPerCampaignWithBudgets()
    {
        apply({trade(1, details(detail("c-1111", "40.00"))), trade(2, details(detail("c-1111", "40.00")), "TRADE_FINISHED", "store"),
               trade(3, details(detail("c-other", "5.00"))),
               trade(4, details(detail("c-1111", "40.00")), "WAIT_BUYER_CONFIRM_GOODS", "online", "2025-11-11 00:01:10")});
        const std::int64_t now = *protocol::parseTopTime(QByteArrayView("2025-11-11 12:00:00"));
        auto ledger = storage::openWriter(m_dir.path(), storage::DatabaseRole::Ledger);
        QVERIFY(ledger.ok());
        const core::FunctionClock clock([now] { return now; });
        campaigns::CampaignStore store(*ledger.value(), clock);
        campaigns::CampaignSpec c;
        c.id = u"c-1111"_s;
        c.name = u"双11"_s;
        c.thresholdFen = 30'000;
        c.amountFen = 4'000;
        c.startsMs = now - 3'600'000;
        c.endsMs = now + 3'600'000;
        c.budgetFen = 100'00;
        QVERIFY(store.save(c, u"me"_s).ok());
        QVERIFY(store.notePublished(c.id, 1, 4));
        c.id = u"c-quiet"_s; // published and live, no orders yet: listed with zeros
        QVERIFY(store.save(c, u"me"_s).ok());
        QVERIFY(store.notePublished(c.id, 1, 1));
        c.id = u"c-draft"_s; // never published: not listed
        QVERIFY(store.save(c, u"me"_s).ok());

        const auto figures = campaigns::campaignsToday(*m_db, ledger.value().get(), now);
        QVERIFY(figures.ok());
        QCOMPARE(figures.value().size(), 3);
        const core::CampaignToday &top = figures.value()[0];
        QCOMPARE(top.campaignId, u"c-1111"_s);
        QCOMPARE(top.name, u"双11"_s);
        QCOMPARE(top.online, (core::CampaignChannelToday{2, 8000}));
        QCOMPARE(top.inStore, (core::CampaignChannelToday{1, 4000}));
        QCOMPARE(top.costToDateFen, 12000);
        QCOMPARE(top.budgetFen, 10000);
        QVERIFY(top.live);
        QCOMPARE(figures.value()[1].campaignId, u"c-other"_s);
        QCOMPARE(figures.value()[1].budgetFen, 0);
        QCOMPARE(figures.value()[2].campaignId, u"c-quiet"_s);
        QCOMPARE(figures.value()[2].ordersToday(), 0);
        // The next day: yesterday's orders are to date only; the quiet one is still live.
        const auto tomorrow = campaigns::campaignsToday(*m_db, nullptr, now + 86'400'000);
        QVERIFY(tomorrow.ok());
        QVERIFY(tomorrow.value().isEmpty()); // no ledger: only campaigns with orders that day
    }
};

QTEST_GUILESS_MAIN(TestOrderPromotions)
#include "tst_order_promotions.moc"
