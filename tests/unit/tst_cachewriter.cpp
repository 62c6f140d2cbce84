// CacheWriter: upserts are idempotent, older versions are ignored, and the rollups always
// equal what a full aggregate over the orders says, through status changes and refunds.
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/sync/cachewriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

core::Order makeOrder(std::int64_t tid, core::OrderStatus status, std::int64_t modifiedS, bool refundFirstLine = false)
{
    core::Order o;
    o.tid = tid;
    o.status = status;
    o.channel = tid % 2 ? core::Channel::Online : core::Channel::InStore;
    o.locationId = tid % 2 ? 1 : 7;
    o.payment = core::Money::fromMinor(30000);
    o.totalFee = o.payment;
    o.createdMs = 1'605'024'000'000 + tid * 1000;
    o.modifiedMs = 1'605'024'000'000 + modifiedS * 1000;
    o.payTimeMs = status == core::OrderStatus::WaitBuyerPay ? 0 : o.createdMs + 5000;
    o.province = u"浙江省"_s;
    for (int i = 0; i < 2; ++i) {
        core::OrderLine l;
        l.oid = tid * 10 + i;
        l.tid = tid;
        l.numIid = 100 + i; // two categories
        l.skuId = 1000 + i;
        l.num = i + 1;
        l.price = core::Money::fromMinor(10000);
        l.payment = core::Money::fromMinor(10000 * (i + 1));
        l.refundStatus = (refundFirstLine && i == 0) ? u"SUCCESS"_s : u"NO_REFUND"_s;
        o.lines.append(l);
    }
    return o;
}

} // namespace

class TestCacheWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::CacheWriter> m_writer;

    sync::OrderBatchResult apply(const QList<core::Order> &orders)
    {
        auto tx = storage::Transaction::begin(*m_db);
        auto r = m_writer->applyOrders(orders);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().toString()));
        (void)tx.value().commit();
        return r.value();
    }

    // Rollups from the whole-order cells versus a direct aggregate over orders and lines.
    void verifyRollupsMatchOrders()
    {
        const qint64 gmvRollup =
            m_db->queryInt(u"SELECT coalesce(sum(gmv_fen),0) FROM rollup_minute WHERE category = '*'").value();
        const qint64 gmvOrders = m_db->queryInt(
            u"SELECT coalesce(sum(l.payment_fen),0) FROM order_lines l JOIN orders o USING (tid) "
            u"WHERE o.status IN ('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED')").value();
        QCOMPARE(gmvRollup, gmvOrders);
        const qint64 ordersRollup =
            m_db->queryInt(u"SELECT coalesce(sum(orders),0) FROM rollup_minute WHERE category = '*'").value();
        const qint64 ordersDirect = m_db->queryInt(
            u"SELECT count(*) FROM orders WHERE status IN "
            u"('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED')").value();
        QCOMPARE(ordersRollup, ordersDirect);
        const qint64 refundRollup =
            m_db->queryInt(u"SELECT coalesce(sum(refund_fen),0) FROM rollup_minute WHERE category = '*'").value();
        const qint64 refundDirect = m_db->queryInt(
            u"SELECT coalesce(sum(l.payment_fen),0) FROM order_lines l JOIN orders o USING (tid) "
            u"WHERE l.refund_status = 'SUCCESS' AND o.pay_time_ms > 0").value();
        QCOMPARE(refundRollup, refundDirect);
        const qint64 byCategory =
            m_db->queryInt(u"SELECT coalesce(sum(gmv_fen),0) FROM rollup_minute WHERE category <> '*'").value();
        QCOMPARE(byCategory, gmvOrders);
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM rollup_minute WHERE orders < 0 OR gmv_fen < 0").value(), 0);
        const qint64 bySkuHour = m_db->queryInt(u"SELECT coalesce(sum(gmv_fen),0) FROM rollup_sku_hour").value();
        QCOMPARE(bySkuHour, gmvOrders);
        const qint64 unitsSkuHour = m_db->queryInt(u"SELECT coalesce(sum(units),0) FROM rollup_sku_hour").value();
        const qint64 unitsDirect = m_db->queryInt(
            u"SELECT coalesce(sum(l.num),0) FROM order_lines l JOIN orders o USING (tid) "
            u"WHERE o.status IN ('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED')").value();
        QCOMPARE(unitsSkuHour, unitsDirect);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        m_writer.reset();
        m_db.reset();
        auto db = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(u"DELETE FROM orders; DELETE FROM order_lines; DELETE FROM rollup_minute; DELETE FROM rollup_sku_hour; "
                           u"DELETE FROM items;"
                           u"INSERT INTO items (num_iid, title, category, price_fen) VALUES "
                           u"(100, 'Serum', 'Serums', 10000), (101, 'Mask', 'Facial masks', 10000)")
                    .ok());
        m_writer = std::make_unique<sync::CacheWriter>(*m_db);
        QVERIFY(m_writer->prepare().ok());
    }

    void insertThenReapplyIsIdempotent()
    {
        const auto first = apply({makeOrder(1, core::OrderStatus::WaitSellerSendGoods, 10)});
        QCOMPARE(first.inserted, 1);
        QCOMPARE(first.rollups.total().gmvFen, 30000);
        const auto again = apply({makeOrder(1, core::OrderStatus::WaitSellerSendGoods, 10)});
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.rollups.total().gmvFen, 0);
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM orders").value(), 1);
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM order_lines").value(), 2);
        verifyRollupsMatchOrders();
        QCOMPARE(m_db->queryText(u"SELECT group_concat(category) FROM order_lines").value(), u"Serums,Facial masks"_s);
    }

    void lifecycleCorrectsRollups()
    {
        apply({makeOrder(2, core::OrderStatus::WaitBuyerPay, 1)});
        verifyRollupsMatchOrders();
        apply({makeOrder(2, core::OrderStatus::WaitSellerSendGoods, 2)});
        verifyRollupsMatchOrders();
        apply({makeOrder(2, core::OrderStatus::TradeFinished, 3)});
        apply({makeOrder(2, core::OrderStatus::TradeFinished, 4, true)}); // refund of one line
        verifyRollupsMatchOrders();
        QCOMPARE(m_db->queryInt(u"SELECT sum(refund_fen) FROM rollup_minute WHERE category = '*'").value(), 10000);
        apply({makeOrder(2, core::OrderStatus::TradeClosed, 5, true)});
        verifyRollupsMatchOrders();
        QCOMPARE(m_db->queryInt(u"SELECT sum(gmv_fen) FROM rollup_minute WHERE category = '*'").value(), 0);
    }

    void olderVersionsAreIgnored()
    {
        apply({makeOrder(3, core::OrderStatus::TradeFinished, 20)});
        const auto stale = apply({makeOrder(3, core::OrderStatus::WaitSellerSendGoods, 10)});
        QCOMPARE(stale.stale, 1);
        // Same second, earlier status: an out-of-order message; ignored too.
        const auto sameSecond = apply({makeOrder(3, core::OrderStatus::WaitBuyerConfirmGoods, 20)});
        QCOMPARE(sameSecond.stale, 1);
        QCOMPARE(m_db->queryText(u"SELECT status FROM orders WHERE tid = 3").value(), u"TRADE_FINISHED"_s);
        verifyRollupsMatchOrders();
    }

    void manyOrdersInAnyOrderConverge()
    {
        QList<core::Order> versions;
        for (int tid = 10; tid < 60; ++tid) {
            versions.append(makeOrder(tid, core::OrderStatus::WaitBuyerPay, 1));
            versions.append(makeOrder(tid, core::OrderStatus::WaitSellerSendGoods, 2));
            versions.append(makeOrder(tid, tid % 3 ? core::OrderStatus::TradeFinished : core::OrderStatus::TradeClosed, 3,
                                      tid % 5 == 0));
        }
        std::reverse(versions.begin(), versions.end()); // newest first, then duplicates
        apply(versions);
        apply(versions.mid(0, 40));
        verifyRollupsMatchOrders();
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM orders WHERE status = 'WAIT_BUYER_PAY'").value(), 0);
    }

    // Since cache migration 0011 the writer, not triggers, queues what it inserts for the search
    // index and the order digest: a new order, and an order kept already that gains a line
    // (whose list columns, filled by the indexer, are cleared). A version that only moves on
    // (same lines, same counted facts) queues nothing.
    void insertionsAreQueuedForSearchAndDigest()
    {
        auto queued = [this](std::int64_t tid) {
            return m_db->queryInt(u"SELECT (SELECT count(*) FROM search_pending WHERE tid = %1) * 10 + "
                                  u"(SELECT count(*) FROM digest_pending WHERE tid = %1)"_s.arg(tid))
                .value();
        };
        QCOMPARE(apply({makeOrder(9, core::OrderStatus::WaitSellerSendGoods, 1)}).inserted, 1);
        QCOMPARE(queued(9), 11);
        // As the indexer and the digest keeper leave it.
        QVERIFY(m_db->exec(u"DELETE FROM search_pending; DELETE FROM digest_pending; "
                           u"UPDATE orders SET items = 3, first_title = 'x' WHERE tid = 9"_s));
        core::Order later = makeOrder(9, core::OrderStatus::WaitSellerSendGoods, 2);
        QCOMPARE(apply({later}).updated, 1);
        QCOMPARE(queued(9), 0);
        QCOMPARE(m_db->queryInt(u"SELECT items FROM orders WHERE tid = 9"_s).value(), 3);
        core::OrderLine extra = later.lines.last();
        extra.oid = 95;
        later.lines.append(extra);
        later.modifiedMs += 1000;
        QCOMPARE(apply({later}).updated, 1);
        QCOMPARE(queued(9), 11);
        QVERIFY(m_db->queryText(u"SELECT coalesce(items, 'none') || coalesce(first_title, 'none') FROM orders "
                                u"WHERE tid = 9"_s)
                    .value() == u"nonenone"_s);
        verifyRollupsMatchOrders();
    }

    // A newer version whose line changes title and units, and whose creation time moves: the
    // upserts fire the search and digest triggers' UPDATE path, where SQLite applies ABORT to
    // their statements, so "INSERT OR IGNORE" of an already queued tid refused the whole
    // trade (found with the order digest, cache migration 0010, which replaces those triggers).
    void changedLinesAndCreationTimeAreApplied()
    {
        core::Order v1 = makeOrder(5, core::OrderStatus::WaitSellerSendGoods, 1);
        QCOMPARE(apply({v1}).inserted, 1);
        core::Order v2 = makeOrder(5, core::OrderStatus::WaitBuyerConfirmGoods, 2);
        v2.lines[0].title = u"新标题"_s;
        v2.lines[0].num = 3;
        v2.lines[0].payment = core::Money::fromMinor(30000);
        v2.lines[1].payment = core::Money::fromMinor(0);
        v2.createdMs += 60'000;
        const auto r = apply({v2});
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.quarantined, 0);
        QCOMPARE(m_db->queryText(u"SELECT title FROM order_lines WHERE oid = 50"_s).value(), u"新标题"_s);
        QCOMPARE(m_db->queryInt(u"SELECT created_ms FROM orders WHERE tid = 5"_s).value(), v2.createdMs);
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM search_pending WHERE tid = 5"_s).value(), 1);
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM digest_pending WHERE tid = 5"_s).value(), 1);
        verifyRollupsMatchOrders();
    }

    void buyerOpenUidIsStoredAndUpdated()
    {
        auto uidOf = [this](std::int64_t tid) {
            return m_db->queryText(u"SELECT buyer_open_uid FROM orders WHERE tid = "_s + QString::number(tid)).value();
        };
        core::Order o = makeOrder(4, core::OrderStatus::WaitBuyerPay, 1);
        o.buyerNick = u"糖***豆"_s;
        o.buyerOpenUid = u"AAHk5d-EAAeGwJedwSLN7Kxc"_s;
        QCOMPARE(apply({o}).inserted, 1);
        QCOMPARE(uidOf(4), u"AAHk5d-EAAeGwJedwSLN7Kxc"_s);
        QCOMPARE(m_db->queryText(u"SELECT buyer_nick FROM orders WHERE tid = 4"_s).value(), u"糖***豆"_s);

        // A newer version carries what the platform says now (an order synced before the
        // platform sent uids gets one when it next changes).
        core::Order paid = makeOrder(4, core::OrderStatus::WaitSellerSendGoods, 2);
        paid.buyerOpenUid = u"AAqZ0_mR2vLx8kTn3yWc4Hd1"_s;
        QCOMPARE(apply({paid}).updated, 1);
        QCOMPARE(uidOf(4), u"AAqZ0_mR2vLx8kTn3yWc4Hd1"_s);

        // An older version changes nothing, its uid included.
        QCOMPARE(apply({o}).stale, 1);
        QCOMPARE(uidOf(4), u"AAqZ0_mR2vLx8kTn3yWc4Hd1"_s);
        verifyRollupsMatchOrders();
    }
};

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
