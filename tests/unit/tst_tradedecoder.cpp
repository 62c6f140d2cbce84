// The streaming trade decoder: buyer_open_uid is carried when sent, optional when not (older
// platforms, orders a sandbox made before schema v2), and a malformed one fails the trade.
#include "app/sync/tradedecoder.h"

#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

// One trade as the sandbox renders it, with `buyer` spliced in where the buyer fields go.
QByteArray trade(std::int64_t tid, const QByteArray &buyer)
{
    return R"({"tid":)" + QByteArray::number(tid) +
           R"(,"status":"WAIT_SELLER_SEND_GOODS","payment":"199.00","total_fee":"219.00","post_fee":"0.00",)"
           R"("created":"2025-11-11 00:00:05","modified":"2025-11-11 00:01:10","pay_time":"2025-11-11 00:01:10",)"
           R"("type":"fixed",)" +
           buyer +
           R"("receiver_state":"浙江省","receiver_city":"杭州市","channel":"online","store_id":1000,)"
           R"("orders":{"order":[{"oid":)" +
           QByteArray::number(tid * 10 + 1) +
           R"(,"num_iid":600000000001,"sku_id":4000000000001,"outer_sku_id":"A-1","title":"面膜","num":1,)"
           R"("price":"219.00","payment":"199.00","refund_status":"NO_REFUND"}]}})";
}

} // namespace

class TestTradeDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesBuyerOpenUid()
    {
        const auto order = sync::decodeTrade(
            trade(200000000000001, R"("buyer_nick":"糖***豆","buyer_open_uid":"AAHk5d-EAAeGwJedwSLN7Kxc",)"));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().toString()));
        QCOMPARE(order.value().buyerNick, u"糖***豆"_s);
        QCOMPARE(order.value().buyerOpenUid, u"AAHk5d-EAAeGwJedwSLN7Kxc"_s);
        QCOMPARE(order.value().lines.size(), 1);
    }

    void missingOrNullUidIsEmpty_data()
    {
        QTest::addColumn<QByteArray>("buyer");
        QTest::newRow("absent") << QByteArray(R"("buyer_nick":"小***星",)");
        QTest::newRow("null") << QByteArray(R"("buyer_nick":"小***星","buyer_open_uid":null,)");
        QTest::newRow("empty") << QByteArray(R"("buyer_nick":"小***星","buyer_open_uid":"",)");
    }

    void missingOrNullUidIsEmpty()
    {
        QFETCH(QByteArray, buyer);
        const auto order = sync::decodeTrade(trade(200000000000002, buyer));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().toString()));
        QCOMPARE(order.value().buyerNick, u"小***星"_s);
        QVERIFY(order.value().buyerOpenUid.isEmpty());
    }

    // The trade alone, not its page: it is set aside with a reason (issue 10).
    void nonTextUidFailsTheTrade()
    {
        const auto order = sync::decodeTrade(trade(200000000000003, R"("buyer_nick":"小***星","buyer_open_uid":42,)"));
        QVERIFY(!order.ok());
        QCOMPARE(order.error().code, QLatin1String(sync::kInvalidTradeCode));
        QCOMPARE(order.error().message, u"bad-field: buyer_open_uid (not a string)"_s);
    }

    void pagesCarryEachTradesUid()
    {
        const QByteArray page = R"({"trades_sold_increment_get_response":{"total_results":2,"has_next":false,)"
                                R"("trades":{"trade":[)" +
                                trade(200000000000005, R"("buyer_nick":"阿***果","buyer_open_uid":"AAzzzz",)") + ',' +
                                trade(200000000000004, R"("buyer_nick":"阿***果","buyer_open_uid":"AAyyyy",)") + "]}}}";
        const auto decoded = sync::decodeTradePage(page, "trades_sold_increment_get_response");
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(decoded.value().orders.size(), 2);
        QCOMPARE(decoded.value().orders[0].buyerOpenUid, u"AAzzzz"_s);
        QCOMPARE(decoded.value().orders[1].buyerOpenUid, u"AAyyyy"_s);
    }

    // Each probe of issue 10 is refused with a short machine-readable reason, and the error
    // says which trade it was.
    void refusesInvalidTrades_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray ok = trade(200000000000006, R"("buyer_nick":"小***星",)");
        const QByteArray firstLine = R"({"oid":2000000000000061,"num_iid":600000000001,"sku_id":4000000000001,)"
                                     R"("outer_sku_id":"A-1","title":"面膜","num":1,"price":"219.00","payment":"199.00",)"
                                     R"("refund_status":"NO_REFUND"})";
        auto with = [&ok](const char *from, const QByteArray &to) { return QByteArray(ok).replace(from, to); };
        QTest::newRow("duplicate oid") << with("\"order\":[", "\"order\":[" + firstLine + ',') << u"duplicate-oid: "_s;
        QTest::newRow("duplicate orders key")
            << with(R"("orders":)", R"("orders":{"order":[)" + firstLine + R"(]},"orders":)") << u"duplicate-key: orders"_s;
        QTest::newRow("negative payment") << with(R"("payment":"199.00","total_fee")", R"("payment":"-199.00","total_fee")")
                                          << u"negative-amount: payment"_s;
        QTest::newRow("tid 0") << with("\"tid\":200000000000006", "\"tid\":0") << u"bad-id: tid"_s;
        QTest::newRow("created null") << with(R"("created":"2025-11-11 00:00:05")", R"("created":null)")
                                      << u"missing-time: created"_s;
        QTest::newRow("modified absent") << with(R"("modified":"2025-11-11 00:01:10",)", "")
                                         << u"missing-time: modified"_s;
        QTest::newRow("pay_time absent") << with(R"("pay_time":"2025-11-11 00:01:10",)", "")
                                         << u"missing-time: pay_time"_s;
        QTest::newRow("line payment overflows")
            << with(R"("payment":"199.00","refund_status")", R"("payment":"92233720368547758.08","refund_status")")
            << u"amount-overflow: orders.order.payment"_s;
    }

    void refusesInvalidTrades()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto order = sync::decodeTrade(json);
        QVERIFY2(!order.ok(), "accepted");
        QVERIFY2(order.error().message.startsWith(reason), qPrintable(order.error().toString()));
    }

    // A feed message's trade: set aside with its bytes as received, its tid and its version;
    // only JSON that is not well-formed is an error.
    void loneTradeIsSetAsideWithItsJson()
    {
        const QByteArray bad = trade(200000000000008, R"("buyer_nick":"小***星",)").replace("\"num\":1", "\"num\":0");
        const QByteArray padded = " \n" + bad + "\n";
        const auto decoded = sync::decodeTradeOrReject(padded);
        QVERIFY(decoded.ok());
        QVERIFY(decoded.value().rejected.has_value());
        const sync::RejectedTrade &r = *decoded.value().rejected;
        QCOMPARE(r.json, bad);
        QCOMPARE(r.tid, 200000000000008);
        QVERIFY(r.modifiedMs > 0);
        QCOMPARE(r.reason, u"bad-num: orders.order.num 0"_s);
        const auto truncated = sync::decodeTradeOrReject(QByteArrayView(bad).first(bad.size() - 3));
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, u"sync.payload"_s);
    }

    // An unknown status is not a reason to refuse a trade: it decodes, and never counts as a sale.
    void unknownStatusDecodesAsNotASale()
    {
        const auto order = sync::decodeTrade(trade(200000000000007, R"("buyer_nick":"小***星",)")
                                                 .replace("WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART"));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().toString()));
        QVERIFY(!core::countsAsSale(order.value().status));
    }
};

QTEST_GUILESS_MAIN(TestTradeDecoder)
#include "tst_tradedecoder.moc"
