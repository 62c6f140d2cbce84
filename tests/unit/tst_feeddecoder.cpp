// The feed's consume-reply decoder (run on the thread pool): each kind of message lands in
// its list, every message keeps its id for the confirm, a message nobody understands is
// counted and still confirmed, a trade failing validation is set aside with its bytes, and a
// truncated reply fails as a whole (nothing of it is committed or confirmed).
#include "app/protocol/toptime.h"
#include "app/sync/feeddecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

QByteArray trade(std::int64_t tid, const QByteArray &extra = {})
{
    return R"({"tid":)" + QByteArray::number(tid) + extra +
           R"(,"status":"WAIT_SELLER_SEND_GOODS","payment":"199.00","total_fee":"219.00","post_fee":"0.00",)"
           R"("created":"2025-11-11 00:00:05","modified":"2025-11-11 00:01:10","pay_time":"2025-11-11 00:01:10",)"
           R"("type":"fixed","buyer_nick":"糖***豆","receiver_state":"浙江省","receiver_city":"杭州市",)"
           R"("channel":"online","store_id":1000,"orders":{"order":[{"oid":)" +
           QByteArray::number(tid * 10 + 1) +
           R"(,"num_iid":600000000001,"sku_id":4000000000001,"outer_sku_id":"A-1","title":"面膜","num":1,)"
           R"("price":"219.00","payment":"199.00","refund_status":"NO_REFUND"}]}})";
}

QJsonObject message(const QJsonValue &id, const QString &topic, const QByteArray &content, qint64 pubMs = 0)
{
    QJsonObject m{{u"id"_s, id},
                  {u"topic"_s, topic},
                  {u"pub_time"_s, u"2025-11-11 00:01:10"_s},
                  {u"content"_s, QString::fromUtf8(content)}};
    if (pubMs > 0)
        m.insert(u"pub_ms"_s, pubMs);
    return m;
}

QByteArray reply(const QJsonArray &messages)
{
    const QJsonObject body{
        {u"tmc_messages_consume_response"_s,
         QJsonObject{{u"messages"_s, QJsonObject{{u"tmc_message"_s, messages}}}, {u"request_id"_s, u"r1"_s}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFeedDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsEachKindAndKeepsEveryId()
    {
        const QJsonArray messages{
            message(9001, u"taobao_trade_TradeCreate"_s, trade(200000000000001), 1'762'790'470'123),
            message(u"9002"_s, u"taobao_refund_RefundSuccess"_s,
                    R"({"tid":200000000000002,"oid":2000000000000021,"refund_status":"SUCCESS","trade":)" +
                        trade(200000000000002) + "}",
                    1'762'790'470'456),
            message(9003, u"taobao_refund_RefundSuccess"_s,
                    R"({"tid":200000000000003,"oid":2000000000000031,"refund_status":"SUCCESS","trade":null})"),
            message(9004, u"taobao_item_ItemStockChanged"_s,
                    R"({"sku_id":4000000000001,"location_id":1000,"num_iid":600000000001,"quantity":17,)"
                    R"("modified":"2025-11-11 00:01:10"})",
                    1'762'790'470'001),
            message(9005, u"taobao_trade_TradeCreate"_s, "not json"),
        };
        const auto decoded = sync::decodeConsumeReply(reply(messages));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        const sync::FeedBatch &b = decoded.value();
        QCOMPARE(b.messageIds, (QList<QByteArray>{"9001", "9002", "9003", "9004", "9005"}));
        QCOMPARE(b.orders.size(), 2);
        QCOMPARE(b.orders[0].tid, 200000000000001);
        QCOMPARE(b.orders[1].tid, 200000000000002);
        QCOMPARE(b.tidsToFetch, (QList<std::int64_t>{200000000000003}));
        QCOMPARE(b.stock.size(), 1);
        QCOMPARE(b.stock[0].quantity, 17);
        QCOMPARE(b.stock[0].locationId, 1000);
        QCOMPARE(b.unusable, 1);
        QVERIFY(b.rejected.isEmpty());
        // pub_ms where sent, else pub_time (whole seconds, as TOP sends it).
        const std::int64_t fromText = protocol::parseTopTime(QByteArrayView("2025-11-11 00:01:10")).value();
        QCOMPARE(b.pubTimesMs,
                 (QList<std::int64_t>{1'762'790'470'123, 1'762'790'470'456, fromText, 1'762'790'470'001, fromText}));
        QCOMPARE(b.newestPubMs, std::max<std::int64_t>(1'762'790'470'456, fromText));
    }

    void setsAsideAnInvalidTradeWithItsBytes()
    {
        // A repeated key: a QJsonObject would fold it and hide it from validation.
        const QByteArray bad = trade(200000000000004, R"(,"tid":200000000000005)");
        const auto decoded =
            sync::decodeConsumeReply(reply({message(9010, u"taobao_trade_TradeCreate"_s, bad, 1'762'790'470'000)}));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().rejected.size(), 1);
        QVERIFY(decoded.value().orders.isEmpty());
        QCOMPARE(decoded.value().rejected[0].json, bad);
        QCOMPARE(decoded.value().messageIds, (QList<QByteArray>{"9010"}));
        QCOMPARE(decoded.value().unusable, 0);
    }

    void emptyReplyHasNoMessages()
    {
        const auto decoded = sync::decodeConsumeReply(R"({"tmc_messages_consume_response":{"messages":{}}})");
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().messages(), 0);
    }

    void truncatedOrForeignReplyFails_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray whole = reply({message(9020, u"taobao_trade_TradeCreate"_s, trade(200000000000006))});
        QTest::newRow("truncated") << whole.left(whole.size() - 5);
        QTest::newRow("another method") << QByteArray(R"({"trades_sold_get_response":{"total_results":0}})");
        QTest::newRow("trailing") << whole + "{}";
    }

    void truncatedOrForeignReplyFails()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!sync::decodeConsumeReply(json).ok());
    }

    void batchesAppendIntoOneCommit()
    {
        auto first = sync::decodeConsumeReply(
            reply({message(1, u"taobao_trade_TradeCreate"_s, trade(200000000000007), 1'762'790'470'100)}));
        auto second = sync::decodeConsumeReply(reply({message(2, u"taobao_trade_TradeCreate"_s, "[]", 1'762'790'470'900),
                                                      message(3, u"taobao_trade_TradeCreate"_s,
                                                              trade(200000000000008), 1'762'790'470'200)}));
        QVERIFY(first.ok() && second.ok());
        sync::FeedBatch all = first.value();
        all.append(sync::FeedBatch(second.value()));
        QCOMPARE(all.messageIds, (QList<QByteArray>{"1", "2", "3"}));
        QCOMPARE(all.orders.size(), 2);
        QCOMPARE(all.unusable, 1);
        QCOMPARE(all.newestPubMs, 1'762'790'470'900);
        QCOMPARE(all.pubTimesMs.size(), 3);
    }

    void repeatedOrdersAreFoldedIntoTheirLastCopy()
    {
        // tid 9: the same version twice around another trade, then once more changed; the
        // writer's result depends on the newest version and the last of equals only.
        auto decoded = sync::decodeConsumeReply(
            reply({message(1, u"taobao_trade_TradeCreate"_s, trade(200000000000009), 1),
                   message(2, u"taobao_trade_TradeCreate"_s, trade(200000000000010), 2),
                   message(3, u"taobao_trade_TradeBuyerPay"_s, trade(200000000000009), 3),
                   message(4, u"taobao_trade_TradeBuyerPay"_s, trade(200000000000010), 4)}));
        QVERIFY(decoded.ok());
        sync::FeedBatch batch = decoded.value();
        batch.orders[3].status = core::OrderStatus::WaitBuyerConfirmGoods; // tid 10 changed meanwhile
        const core::Order last9 = batch.orders[2];
        batch.foldRepeatedOrders();
        QCOMPARE(batch.orders.size(), 3);
        QCOMPARE(batch.orders[0].tid, 200000000000010); // differs from its later copy: kept
        QCOMPARE(batch.orders[1], last9);
        QCOMPARE(batch.orders[2].status, core::OrderStatus::WaitBuyerConfirmGoods);
        QCOMPARE(batch.messages(), 4); // still confirmed, every one
    }
};

QTEST_GUILESS_MAIN(TestFeedDecoder)
#include "tst_feeddecoder.moc"
