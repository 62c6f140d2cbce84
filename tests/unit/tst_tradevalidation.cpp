// Trade validation (issue 10, "Figures you can trust"): a malformed trade is set aside in
// the cache's quarantine with its JSON and a reason, never the whole page; the good trades
// of its page commit; however often a bad trade is sent again, the rollups equal a direct
// SQL sum over the stored lines. Pages go through the decoder and the writer exactly as
// the sync engine sends them.
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/sync/cachewriter.h"
#include "app/sync/tradedecoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kResponseKey = "trades_sold_increment_get_response";
const QByteArray kSaleStatuses = "('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED')";

QByteArray line(std::int64_t oid, const QByteArray &payment = "100.00", const QByteArray &num = "1",
                const QByteArray &sku = "4000000000001")
{
    return R"({"oid":)" + QByteArray::number(oid) + R"(,"num_iid":600000000001,"sku_id":)" + sku +
           R"(,"title":"面膜","num":)" + num + R"(,"price":"100.00","payment":")" + payment +
           R"(","refund_status":"NO_REFUND"})";
}

// A trade as the sandbox renders it; every member can be replaced (an empty value drops it).
struct Trade
{
    std::int64_t tid = 0;
    QByteArray status = R"("WAIT_SELLER_SEND_GOODS")";
    QByteArray payment = R"("300.00")";
    QByteArray totalFee = R"("300.00")";
    QByteArray created = R"("2025-11-11 00:00:05")";
    QByteArray modified = R"("2025-11-11 00:01:10")";
    QByteArray payTime = R"("2025-11-11 00:01:10")";
    QByteArray tidText; // replaces the tid when set
    QList<QByteArray> lines;
    QByteArray extra; // raw members appended at the end

    QByteArray json() const
    {
        QByteArray out = R"({"tid":)" + (tidText.isEmpty() ? QByteArray::number(tid) : tidText);
        const std::pair<const char *, QByteArray> members[] = {
            {"status", status},     {"payment", payment},   {"total_fee", totalFee}, {"post_fee", R"("0.00")"},
            {"created", created},   {"modified", modified}, {"pay_time", payTime}};
        for (const auto &[name, value] : members)
            if (!value.isEmpty())
                out += ",\"" + QByteArray(name) + "\":" + value;
        out += R"(,"type":"fixed","buyer_nick":"糖***豆","buyer_open_uid":"AAHk5d-EAAeGwJedwSLN7Kxc",)"
               R"("receiver_state":"浙江省","receiver_city":"杭州市","channel":"online","store_id":1000,)"
               R"("orders":{"order":[)";
        QList<QByteArray> ls = lines;
        if (ls.isEmpty())
            ls = {line(tid * 10 + 1, "100.00"), line(tid * 10 + 2, "200.00")};
        out += ls.join(',') + "]}" + extra + '}';
        return out;
    }
};

QByteArray page(const QList<QByteArray> &trades)
{
    const QByteArray head = R"({")" + QByteArray(kResponseKey) + R"(":{"total_results":)";
    return head + QByteArray::number(trades.size()) + R"(,"has_next":false,"trades":{"trade":[)" + trades.join(',') +
           "]}}}";
}

Trade good(std::int64_t tid)
{
    Trade t;
    t.tid = tid;
    return t;
}

Trade bad(std::int64_t tid, void (*spoil)(Trade &))
{
    Trade t = good(tid);
    spoil(t);
    return t;
}

} // namespace

class TestTradeValidation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::CacheWriter> m_writer;

    // One page as the sync engine commits it: decoded, then applied in one transaction; a
    // batch the database refuses part of is rolled back and applied again trade by trade.
    core::Status ingest(const QByteArray &json) { return ingestDecoded(sync::decodeTradePage(json, kResponseKey)); }

    core::Status ingestDecoded(const core::Result<sync::TradePage> &decoded)
    {
        if (!decoded)
            return decoded.error();
        m_lastMode = sync::ApplyMode::Batch;
        core::Status s = applyOnce(decoded.value(), sync::ApplyMode::Batch);
        if (!s && s.error().code == QLatin1String(sync::kRetryPerTradeCode)) {
            m_lastMode = sync::ApplyMode::PerTrade;
            s = applyOnce(decoded.value(), sync::ApplyMode::PerTrade);
        }
        return s;
    }

    core::Status applyOnce(const sync::TradePage &page, sync::ApplyMode mode)
    {
        auto tx = storage::Transaction::begin(*m_db);
        if (!tx)
            return tx.error();
        auto applied = m_writer->applyOrders(page.orders, page.rejected, 1'762'790'400'000, mode);
        if (!applied)
            return applied.error();
        m_last = applied.value();
        return tx.value().commit();
    }

    sync::ApplyMode m_lastMode = sync::ApplyMode::Batch;
    sync::OrderBatchResult m_last;

    qint64 count(const QString &sql) { return m_db->queryInt(sql).valueOr(-1); }

    qint64 gmvRollup() { return count(u"SELECT coalesce(sum(gmv_fen),0) FROM rollup_minute WHERE category = '*'"_s); }

    // The key property: rollups equal a direct SQL sum over the stored orders and lines.
    void verifyRollupsMatchLines()
    {
        const QString sale = QString::fromLatin1(kSaleStatuses);
        auto direct = m_db->queryInt(u"SELECT coalesce(sum(l.payment_fen),0) FROM order_lines l JOIN orders o USING (tid) "
                                     u"WHERE o.pay_time_ms > 0 AND o.status IN "_s + sale);
        QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().toString()));
        QCOMPARE(gmvRollup(), direct.value());
        QCOMPARE(count(u"SELECT coalesce(sum(gmv_fen),0) FROM rollup_minute WHERE category <> '*'"_s), direct.value());
        QCOMPARE(count(u"SELECT coalesce(sum(gmv_fen),0) FROM rollup_sku_hour"_s), direct.value());
        QCOMPARE(count(u"SELECT coalesce(sum(orders),0) FROM rollup_minute WHERE category = '*'"_s),
                 count(u"SELECT count(*) FROM orders WHERE pay_time_ms > 0 AND status IN "_s + sale));
        QCOMPARE(count(u"SELECT coalesce(sum(units),0) FROM rollup_minute WHERE category = '*'"_s),
                 count(u"SELECT coalesce(sum(l.num),0) FROM order_lines l JOIN orders o USING (tid) "
                       u"WHERE o.pay_time_ms > 0 AND o.status IN "_s + sale));
        QCOMPARE(count(u"SELECT count(*) FROM order_lines WHERE tid NOT IN (SELECT tid FROM orders)"_s), 0);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_writer.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        auto db = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_writer = std::make_unique<sync::CacheWriter>(*m_db);
        QVERIFY(m_writer->prepare().ok());
    }

    void badTradeIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("trade");
        QTest::addColumn<QString>("reason");
        const std::int64_t t = 200000000000002;
        QTest::newRow("duplicate oid") << bad(t, [](Trade &x) { x.lines = {line(x.tid * 10 + 1), line(x.tid * 10 + 1)}; })
                                                 .json()
                                       << u"duplicate-oid: 2000000000000021"_s;
        QTest::newRow("duplicate orders key")
            << bad(t, [](Trade &x) { x.extra = R"(,"orders":{"order":[)" + line(x.tid * 10 + 1) + "]}"; }).json()
            << u"duplicate-key: orders"_s;
        QTest::newRow("duplicate payment key") << bad(t, [](Trade &x) { x.extra = R"(,"payment":"1.00")"; }).json()
                                               << u"duplicate-key: payment"_s;
        QTest::newRow("duplicate line key")
            << bad(t, [](Trade &x) { x.lines = {line(x.tid * 10 + 1).replace("\"num\":1", "\"num\":1,\"num\":5")}; })
                   .json()
            << u"duplicate-key: orders.order.num"_s;
        QTest::newRow("negative payment") << bad(t, [](Trade &x) { x.payment = R"("-300.00")"; }).json()
                                          << u"negative-amount: payment"_s;
        QTest::newRow("negative total_fee") << bad(t, [](Trade &x) { x.totalFee = R"("-1")"; }).json()
                                            << u"negative-amount: total_fee"_s;
        QTest::newRow("negative line payment")
            << bad(t, [](Trade &x) { x.lines = {line(x.tid * 10 + 1, "-100.00")}; }).json()
            << u"negative-amount: orders.order.payment"_s;
        QTest::newRow("negative num") << bad(t, [](Trade &x) { x.lines = {line(x.tid * 10 + 1, "100.00", "-3")}; }).json()
                                      << u"bad-num: orders.order.num"_s;
        QTest::newRow("amount beyond int64")
            << bad(t, [](Trade &x) { x.payment = R"("99999999999999999999.00")"; }).json()
            << u"amount-overflow: payment"_s;
        // Two lines near the int64 limit: each fits, their sum does not (UBSan saw this).
        QTest::newRow("line sum overflows")
            << bad(t,
                   [](Trade &x) {
                       x.lines = {line(x.tid * 10 + 1, "50000000000000000.00"), line(x.tid * 10 + 2, "50000000000000000.00")};
                   })
                   .json()
            << u"amount-overflow: orders.order.payment"_s;
        QTest::newRow("tid 0") << bad(t, [](Trade &x) { x.tidText = "0"; }).json() << u"bad-id: tid"_s;
        QTest::newRow("tid negative") << bad(t, [](Trade &x) { x.tidText = "-5"; }).json() << u"bad-id: tid"_s;
        QTest::newRow("oid 0") << bad(t, [](Trade &x) { x.lines = {line(0)}; }).json() << u"bad-id: orders.order.oid"_s;
        QTest::newRow("sku 0") << bad(t, [](Trade &x) { x.lines = {line(x.tid * 10 + 1, "100.00", "1", "0")}; }).json()
                               << u"bad-id: orders.order.sku_id"_s;
        QTest::newRow("created missing") << bad(t, [](Trade &x) { x.created.clear(); }).json()
                                         << u"missing-time: created"_s;
        QTest::newRow("created null") << bad(t, [](Trade &x) { x.created = "null"; }).json()
                                      << u"missing-time: created"_s;
        QTest::newRow("modified empty") << bad(t, [](Trade &x) { x.modified = R"("")"; }).json()
                                        << u"missing-time: modified"_s;
        QTest::newRow("modified unparseable") << bad(t, [](Trade &x) { x.modified = R"("2025-13-45 99:00:00")"; }).json()
                                              << u"bad-time: modified"_s;
        QTest::newRow("paid without pay_time") << bad(t, [](Trade &x) { x.payTime.clear(); }).json()
                                               << u"missing-time: pay_time"_s;
        QTest::newRow("paid with null pay_time") << bad(t, [](Trade &x) { x.payTime = "null"; }).json()
                                                 << u"missing-time: pay_time"_s;
    }

    // [good, bad, good] three times: the good ones commit, the bad one waits in quarantine
    // (seen three times), the rollups never count it.
    void badTradeIsSetAside()
    {
        QFETCH(QByteArray, trade);
        QFETCH(QString, reason);
        const QByteArray json = page({good(200000000000001).json(), trade, good(200000000000003).json()});
        for (int send = 1; send <= 3; ++send) {
            const core::Status s = ingest(json);
            QVERIFY2(s.ok(), qPrintable(u"send %1: "_s.arg(send) + (s.ok() ? QString() : s.error().toString())));
            verifyRollupsMatchLines();
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(gmvRollup(), 2 * 30000); // the two good trades only
        }
        QCOMPARE(count(u"SELECT count(*) FROM orders"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM orders WHERE tid IN (200000000000001, 200000000000003)"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM quarantine"_s), 1);
        QCOMPARE(count(u"SELECT times_seen FROM quarantine"_s), 3);
        const QString stored = m_db->queryText(u"SELECT reason FROM quarantine"_s).valueOr(QString());
        QVERIFY2(stored.startsWith(reason), qPrintable(stored));
        QCOMPARE(m_db->queryText(u"SELECT raw_json FROM quarantine"_s).valueOr(QString()).toUtf8(), trade);
    }

    // Unknown statuses are kept with the order (its text as sent), never count as a sale,
    // and are counted; they never stall the page.
    void unknownStatusIsKeptButNeverASale()
    {
        Trade partial = good(200000000000002);
        partial.status = R"("SELLER_CONSIGNED_PART")";
        const QByteArray json = page({good(200000000000001).json(), partial.json(), good(200000000000003).json()});
        for (int send = 1; send <= 3; ++send) {
            const core::Status s = ingest(json);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
            verifyRollupsMatchLines();
            QCOMPARE(gmvRollup(), 2 * 30000);
        }
        QCOMPARE(count(u"SELECT count(*) FROM orders"_s), 3);
        QCOMPARE(m_db->queryText(u"SELECT status FROM orders WHERE tid = 200000000000002"_s).valueOr(QString()),
                 u"SELLER_CONSIGNED_PART"_s);
        QCOMPARE(count(u"SELECT count(*) FROM quarantine"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM orders WHERE status NOT IN ('WAIT_BUYER_PAY','WAIT_SELLER_SEND_GOODS',"
                       u"'WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED','TRADE_CLOSED','TRADE_CLOSED_BY_TAOBAO')"_s),
                 1);

        // Once the platform moves it to a known status, it counts like any other order.
        partial.status = R"("WAIT_BUYER_CONFIRM_GOODS")";
        partial.modified = R"("2025-11-11 00:05:00")";
        QVERIFY(ingest(page({partial.json()})).ok());
        verifyRollupsMatchLines();
        QCOMPARE(gmvRollup(), 3 * 30000);
    }

    // The probe of the issue: one trade whose lines repeat an oid, sent again and again.
    // Before: GMV 2,000 -> 3,000 -> 4,000 fen while the stored lines summed to 1,000.
    void repeatedOidNeverDrifts()
    {
        Trade t = good(200000000000009);
        t.payment = t.totalFee = R"("20.00")";
        t.lines = {line(2000000000000091, "10.00"), line(2000000000000091, "10.00")};
        QList<qint64> gmv, lines;
        for (int send = 1; send <= 3; ++send) {
            QVERIFY(ingest(page({t.json()})).ok());
            gmv.append(gmvRollup());
            lines.append(count(u"SELECT coalesce(sum(payment_fen),0) FROM order_lines"_s));
        }
        qInfo() << "GMV after each send:" << gmv << "stored lines:" << lines;
        QCOMPARE(gmv, lines);
        QCOMPARE(gmv, (QList<qint64>{0, 0, 0}));
        verifyRollupsMatchLines();
        QCOMPARE(count(u"SELECT times_seen FROM quarantine WHERE tid = 200000000000009"_s), 3);
    }

    // Two trades claiming one oid: the second is refused by the database, so the batch is
    // applied again trade by trade and only that trade is set aside.
    void oidOfAnotherTradeIsRefused()
    {
        Trade first = good(200000000000011);
        Trade second = good(200000000000012);
        second.lines = {line(2000000000000111, "300.00")}; // first's line
        QVERIFY(ingest(page({first.json(), second.json(), good(200000000000013).json()})).ok());
        QCOMPARE(m_lastMode, sync::ApplyMode::PerTrade);
        QCOMPARE(count(u"SELECT count(*) FROM orders"_s), 2);
        QCOMPARE(count(u"SELECT tid FROM order_lines WHERE oid = 2000000000000111"_s), 200000000000011);
        QCOMPARE(m_db->queryText(u"SELECT reason FROM quarantine WHERE tid = 200000000000012"_s).valueOr(QString()),
                 u"oid-conflict: 2000000000000111 belongs to trade 200000000000011"_s);
        QVERIFY(m_db->queryText(u"SELECT raw_json FROM quarantine"_s).valueOr(QString()).contains(u"2000000000000111"));
        verifyRollupsMatchLines();
        QCOMPARE(gmvRollup(), 2 * 30000);
    }

    // A rollup cell close to the limit: the trade that would push it over is set aside, the
    // cell keeps its value (SQLite would have turned the sum into a REAL).
    void storedRollupNeverOverflows()
    {
        QVERIFY(ingest(page({good(200000000000021).json()})).ok());
        const qint64 nearMax = std::numeric_limits<qint64>::max() - 100;
        QVERIFY(m_db->exec(u"UPDATE rollup_minute SET gmv_fen = "_s + QString::number(nearMax) +
                           u" WHERE category = '*'"_s).ok());
        Trade later = good(200000000000022); // same minute, same cell
        QVERIFY(ingest(page({later.json(), good(200000000000023).json()})).ok());
        QCOMPARE(m_lastMode, sync::ApplyMode::PerTrade);
        QVERIFY(m_db->queryText(u"SELECT reason FROM quarantine WHERE tid = 200000000000022"_s)
                    .valueOr(QString())
                    .startsWith(u"rollup-overflow: "_s));
        QCOMPARE(count(u"SELECT count(*) FROM quarantine"_s), 2); // the other shares the cell
        QCOMPARE(gmvRollup(), nearMax);
        QCOMPARE(m_db->queryText(u"SELECT typeof(gmv_fen) FROM rollup_minute WHERE category = '*'"_s).valueOr(QString()),
                 u"integer"_s);
    }

    // RollupDelta refuses a contribution that does not fit, and stays as it was.
    void rollupDeltaSumsAreChecked()
    {
        core::OrderFacts big{core::OrderStatus::TradeFinished, u"online"_s, 1, 1'762'790'460'000, u"浙江省"_s, {}};
        big.lines.append({u"Serums"_s, 1, 1, std::numeric_limits<qint64>::max() - 5, false, 1});
        core::RollupDelta delta;
        QVERIFY(delta.add(big, +1));
        const auto before = delta.total();
        core::OrderFacts more = big;
        more.lines[0].paymentFen = 10;
        QVERIFY(!delta.add(more, +1));
        QCOMPARE(delta.total().gmvFen, before.gmvFen);
        QVERIFY(delta.add(big, -1));
        QCOMPARE(delta.total().gmvFen, 0);
        core::OrderFacts twoLines = big; // one order whose own lines overflow together
        twoLines.lines.append({u"Masks"_s, 2, 1, std::numeric_limits<qint64>::max() - 5, false, 2});
        QVERIFY(!delta.add(twoLines, +1));
        QVERIFY(!delta.overflowed());
        core::RollupDelta merged;
        QVERIFY(merged.add(big, +1));
        merged.merge(merged); // twice the near-maximum: saturates, flagged
        QVERIFY(merged.overflowed());
        QCOMPARE(merged.total().gmvFen, std::numeric_limits<qint64>::max());
    }

    // A version of a trade that drops a line: the line goes, the rollups follow.
    void droppedLineLeavesNoTrace()
    {
        Trade t = good(200000000000031);
        QVERIFY(ingest(page({t.json()})).ok());
        t.lines = {line(t.tid * 10 + 1, "100.00")};
        t.payment = t.totalFee = R"("100.00")";
        t.modified = R"("2025-11-11 00:03:00")";
        for (int send = 0; send < 3; ++send)
            QVERIFY(ingest(page({t.json()})).ok());
        QCOMPARE(count(u"SELECT count(*) FROM order_lines"_s), 1);
        verifyRollupsMatchLines();
        QCOMPARE(gmvRollup(), 10000);
    }

    // A bad version older than the one the cache has (a late feed message) is not held.
    void olderBadVersionIsNotHeld()
    {
        Trade t = good(200000000000041);
        t.modified = R"("2025-11-11 00:05:00")";
        QVERIFY(ingest(page({t.json()})).ok());
        Trade old = good(200000000000041);
        old.lines = {line(old.tid * 10 + 1), line(old.tid * 10 + 1)};
        QVERIFY(ingest(page({old.json()})).ok());
        QCOMPARE(count(u"SELECT count(*) FROM quarantine"_s), 0);
        QCOMPARE(m_last.stale, 1);
        verifyRollupsMatchLines();
        QCOMPARE(gmvRollup(), 30000);
    }

    // A trade without a readable tid is held under tid 0; a truncated page still fails whole.
    void noTidAndTruncatedPages()
    {
        Trade t = good(200000000000051);
        t.tidText = R"("not-a-number")";
        QVERIFY(ingest(page({t.json(), good(200000000000052).json()})).ok());
        QCOMPARE(m_db->queryText(u"SELECT reason FROM quarantine WHERE tid = 0"_s).valueOr(QString()),
                 u"bad-field: tid (not an integer)"_s);
        const QByteArray full = page({good(200000000000053).json()});
        const auto truncated = sync::decodeTradePage(full.left(full.size() - 5), kResponseKey);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, u"sync.payload"_s);
    }

    // A trade sent again, now valid, is applied and leaves the quarantine.
    void validResendLeavesQuarantine()
    {
        Trade t = good(200000000000004);
        t.payment = R"("-300.00")";
        QVERIFY(ingest(page({t.json()})).ok());
        QVERIFY(ingest(page({t.json()})).ok());
        QCOMPARE(count(u"SELECT count(*) FROM quarantine WHERE tid = 200000000000004"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM orders"_s), 0);
        t.payment = R"("300.00")";
        t.modified = R"("2025-11-11 00:02:00")";
        QVERIFY(ingest(page({t.json()})).ok());
        QCOMPARE(count(u"SELECT count(*) FROM quarantine"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM orders WHERE tid = 200000000000004"_s), 1);
        verifyRollupsMatchLines();
        QCOMPARE(gmvRollup(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestTradeValidation)
#include "tst_tradevalidation.moc"
