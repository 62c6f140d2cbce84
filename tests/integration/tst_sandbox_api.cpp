// Every read and write method of the sandbox against a real platform-sandbox process on a
// loopback port: catalog, stock, trades (window rules, paging and order), stock writes with
// compare-and-set, and the TMC feed's at-least-once delivery.
#include "app/protocol/toptime.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using mc::protocol::formatTopTime;
using mc::protocol::parseTopTime;

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 86'400'000;
constexpr std::int64_t kWarehouse = 1000;
} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    mc::test::SandboxProcess m_sandbox;
    std::unique_ptr<mc::test::TopCallClient> m_client;

    mc::test::TopReply call(const QByteArray &method, const mc::protocol::Parameters &params = {})
    {
        return m_client->call(method, params);
    }
    QByteArray at(std::int64_t ms) const { return formatTopTime(ms); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, u"40"_s, u"--seed-orders"_s, u"3000"_s,
                                  u"--redelivery-seconds"_s, u"2"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_client = std::make_unique<mc::test::TopCallClient>(m_sandbox.url(), m_sandbox.owner());
        m_client->setClock([this] { return m_sandbox.sandboxNowMs(); });
        QCOMPARE(m_sandbox.stores().size(), 50);
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    void locations()
    {
        const auto reply = call("mc.locations.get");
        QCOMPARE(reply.httpStatus, 200);
        const QJsonArray locations = reply.response("mc.locations.get")[u"locations"][u"location"].toArray();
        QCOMPARE(locations.size(), 51);
        QCOMPARE(locations[0][u"location_id"].toInteger(), kWarehouse);
        QCOMPARE(locations[0][u"kind"].toString(), u"warehouse"_s);
        QSet<QString> provinces;
        for (const auto &l : locations) {
            QVERIFY(!l[u"name"].toString().isEmpty());
            QVERIFY(parseTopTime(QStringView(l[u"modified"].toString())));
            if (l[u"kind"] == u"store"_s)
                provinces.insert(l[u"province"].toString());
        }
        QVERIFY2(provinces.size() >= 15, "stores spread across provinces");
    }

    void itemsPagedInAscendingOrder()
    {
        QSet<qint64> seen;
        qint64 previous = 0;
        qint64 total = -1;
        int skus = 0;
        for (int page = 1;; ++page) {
            const auto reply =
                call("taobao.items.onsale.get", {{"page_no", QByteArray::number(page)}, {"page_size", "200"}});
            const QJsonObject body = reply.response("taobao.items.onsale.get");
            QVERIFY2(!reply.isError(), reply.body.constData());
            total = body[u"total_results"].toInteger();
            const QJsonArray items = body[u"items"][u"item"].toArray();
            if (items.isEmpty())
                break;
            for (const auto &item : items) {
                const qint64 numIid = item[u"num_iid"].toInteger();
                QVERIFY(numIid > previous);
                previous = numIid;
                seen.insert(numIid);
                QCOMPARE(item[u"approve_status"].toString(), u"onsale"_s);
                QVERIFY(item[u"price"].toString().contains(u'.'));
                const QJsonArray itemSkus = item[u"skus"][u"sku"].toArray();
                QVERIFY(!itemSkus.isEmpty() && itemSkus.size() <= 4);
                skus += static_cast<int>(itemSkus.size());
            }
        }
        QCOMPARE(seen.size(), total);
        QVERIFY2(skus >= 1900 && skus <= 2200, qPrintable(QString::number(skus)));
        const auto bad = call("taobao.items.onsale.get", {{"page_size", "201"}});
        QCOMPARE(bad.errorCode(), 41);
        QCOMPARE(bad.subCode(), u"isv.invalid-parameter:page_size"_s);
    }

    void oneItem()
    {
        const auto reply = call("taobao.item.seller.get", {{"num_iid", "600000000001"}, {"fields", "num_iid,title"}});
        const QJsonObject item = reply.response("taobao.item.seller.get")[u"item"].toObject();
        QCOMPARE(item[u"num_iid"].toInteger(), 600000000001LL);
        QVERIFY(!item[u"title"].toString().isEmpty());
        const auto missing = call("taobao.item.seller.get", {{"num_iid", "1"}});
        QCOMPARE(missing.errorCode(), 50);
        QCOMPARE(missing.subCode(), u"isv.item-not-exist"_s);
        QCOMPARE(call("taobao.item.seller.get").errorCode(), 40);
    }

    void stockLevelsOrderedByLocationThenSku()
    {
        const auto reply = call("mc.stock.levels.get", {{"location_id", "1001"}, {"page_size", "500"}});
        const QJsonObject body = reply.response("mc.stock.levels.get");
        const QJsonArray levels = body[u"stock_levels"][u"stock_level"].toArray();
        QVERIFY(!levels.isEmpty());
        QCOMPARE(levels.size(), std::min<qint64>(500, body[u"total_results"].toInteger()));
        qint64 previousSku = 0;
        for (const auto &l : levels) {
            QCOMPARE(l[u"location_id"].toInteger(), 1001);
            QVERIFY(l[u"sku_id"].toInteger() > previousSku);
            previousSku = l[u"sku_id"].toInteger();
            QVERIFY(l[u"quantity"].toInteger() >= 0);
        }
        const auto all = call("mc.stock.levels.get", {{"page_size", "10"}});
        QVERIFY(all.response("mc.stock.levels.get")[u"total_results"].toInteger() > 20'000);
    }

    void incrementWindowPagesNewestFirst()
    {
        const std::int64_t now = m_sandbox.sandboxNowMs();
        const mc::protocol::Parameters window{{"start_modified", at(now - kDayMs + kMinuteMs)},
                                              {"end_modified", at(now - 10 * kMinuteMs)}};
        auto first = window;
        first.emplace("page_size", "100");
        const auto counted = call("taobao.trades.sold.increment.get", first);
        QVERIFY2(!counted.isError(), counted.body.constData());
        const qint64 total = counted.response("taobao.trades.sold.increment.get")[u"total_results"].toInteger();
        QVERIFY2(total > 100, qPrintable(QString::number(total)));

        QSet<qint64> tids;
        std::pair<qint64, qint64> previous{std::numeric_limits<qint64>::max(), 0};
        for (int page = 1;; ++page) {
            auto params = window;
            params.emplace("page_no", QByteArray::number(page));
            params.emplace("page_size", "100");
            params.emplace("use_has_next", "true");
            const auto reply = call("taobao.trades.sold.increment.get", params);
            const QJsonObject body = reply.response("taobao.trades.sold.increment.get");
            QVERIFY(!body.contains(u"total_results"));
            for (const auto &t : body[u"trades"][u"trade"].toArray()) {
                const qint64 modified = *parseTopTime(QStringView(t[u"modified"].toString()));
                const qint64 tid = t[u"tid"].toInteger();
                QVERIFY2(modified < previous.first || (modified == previous.first && tid < previous.second),
                         "newest modified first, ties by tid descending");
                previous = {modified, tid};
                tids.insert(tid);
                const QJsonArray lines = t[u"orders"][u"order"].toArray();
                QVERIFY(lines.size() >= 1 && lines.size() <= 4);
                QCOMPARE(t[u"store_id"].toInteger() == kWarehouse, t[u"channel"].toString() == u"online"_s);
                if (t[u"status"].toString() == u"WAIT_BUYER_PAY"_s)
                    QVERIFY(!t.toObject().contains(u"pay_time"));
                QVERIFY(t[u"buyer_open_uid"].toString().startsWith(u"AA"));
                QCOMPARE(t[u"buyer_open_uid"].toString().size(), 24);
                for (const auto &l : lines)
                    QCOMPARE(l[u"oid"].toInteger() / 10, tid);
            }
            if (!body[u"has_next"].toBool())
                break;
        }
        QCOMPARE(tids.size(), total); // the window lies in the past: nothing moved while paging
    }

    void incrementWindowLimits_data()
    {
        QTest::addColumn<qint64>("startOffsetMs");
        QTest::addColumn<qint64>("endOffsetMs");
        QTest::addColumn<QString>("subCode");
        QTest::newRow("longer than a day") << -2 * kDayMs << qint64(0) << u"isv.invalid-parameter:end_modified"_s;
        QTest::newRow("end before start") << qint64(0) << -kMinuteMs << u"isv.invalid-parameter:end_modified"_s;
        QTest::newRow("older than 90 days")
            << -91 * kDayMs << -91 * kDayMs + kMinuteMs << u"isv.invalid-parameter:start_modified"_s;
    }

    void incrementWindowLimits()
    {
        QFETCH(qint64, startOffsetMs);
        QFETCH(qint64, endOffsetMs);
        QFETCH(QString, subCode);
        const std::int64_t now = m_sandbox.sandboxNowMs();
        const auto reply = call("taobao.trades.sold.increment.get",
                                {{"start_modified", at(now + startOffsetMs)}, {"end_modified", at(now + endOffsetMs)}});
        QCOMPARE(reply.errorCode(), 41);
        QCOMPARE(reply.subCode(), subCode);
        QCOMPARE(reply.httpStatus, 200);
    }

    void incrementMissingAndBadParameters()
    {
        const std::int64_t now = m_sandbox.sandboxNowMs();
        auto missing = call("taobao.trades.sold.increment.get", {{"end_modified", at(now)}});
        QCOMPARE(missing.errorCode(), 40);
        QCOMPARE(missing.subCode(), u"isv.missing-parameter:start_modified"_s);
        auto badTime =
            call("taobao.trades.sold.increment.get", {{"start_modified", "yesterday"}, {"end_modified", at(now)}});
        QCOMPARE(badTime.subCode(), u"isv.invalid-parameter:start_modified"_s);
        auto badSize = call("taobao.trades.sold.increment.get",
                            {{"start_modified", at(now - kMinuteMs)}, {"end_modified", at(now)}, {"page_size", "101"}});
        QCOMPARE(badSize.subCode(), u"isv.invalid-parameter:page_size"_s);
        auto badStatus = call("taobao.trades.sold.increment.get",
                              {{"start_modified", at(now - kMinuteMs)}, {"end_modified", at(now)}, {"status", "PAID"}});
        QCOMPARE(badStatus.subCode(), u"isv.invalid-parameter:status"_s);
    }

    void incrementStatusFilter()
    {
        const std::int64_t now = m_sandbox.sandboxNowMs();
        const auto reply = call("taobao.trades.sold.increment.get", {{"start_modified", at(now - kDayMs + kMinuteMs)},
                                                                     {"end_modified", at(now)},
                                                                     {"status", "TRADE_FINISHED"},
                                                                     {"page_size", "50"}});
        const QJsonArray trades = reply.response("taobao.trades.sold.increment.get")[u"trades"][u"trade"].toArray();
        QVERIFY(!trades.isEmpty());
        for (const auto &t : trades)
            QCOMPARE(t[u"status"].toString(), u"TRADE_FINISHED"_s);
    }

    void fullinfo()
    {
        const auto reply = call("taobao.trade.fullinfo.get", {{"tid", "200000000000001"}, {"fields", "tid,orders"}});
        const QJsonObject trade = reply.response("taobao.trade.fullinfo.get")[u"trade"].toObject();
        QCOMPARE(trade[u"tid"].toInteger(), 200000000000001LL);
        QVERIFY(!trade[u"orders"][u"order"].toArray().isEmpty());
        QVERIFY(trade[u"payment"].toString().contains(u'.'));
        QCOMPARE(trade[u"buyer_open_uid"].toString().size(), 24);
        const auto missing = call("taobao.trade.fullinfo.get", {{"tid", "42"}});
        QCOMPARE(missing.subCode(), u"isv.trade-not-exist"_s);
    }

    void quantityUpdateSetDeltaAndCompareAndSet()
    {
        const mc::protocol::Parameters sku{{"num_iid", "600000000003"}, {"sku_id", "4000000000004"}};
        // Find the SKU: items and SKU ids are seeded in order, so look it up rather than assume.
        const auto item = call("taobao.item.seller.get", {{"num_iid", "600000000003"}});
        const QJsonObject firstSku = item.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"][0].toObject();
        const QByteArray skuId = QByteArray::number(firstSku[u"sku_id"].toInteger());
        auto params = [&](std::initializer_list<std::pair<const QByteArray, QByteArray>> extra) {
            mc::protocol::Parameters p{{"num_iid", "600000000003"}, {"sku_id", skuId}, {"location_id", "1001"}};
            p.insert(extra);
            return p;
        };
        auto set = call("taobao.item.quantity.update", params({{"quantity", "30"}, {"type", "1"}}));
        QVERIFY2(!set.isError(), set.body.constData());
        QCOMPARE(set.response("taobao.item.quantity.update")[u"item"][u"quantity"].toInteger(), 30);
        auto delta = call("taobao.item.quantity.update", params({{"quantity", "-5"}, {"type", "2"}}));
        QCOMPARE(delta.response("taobao.item.quantity.update")[u"item"][u"quantity"].toInteger(), 25);
        auto cas = call("taobao.item.quantity.update", params({{"quantity", "40"}, {"expected_quantity", "25"}}));
        QCOMPARE(cas.response("taobao.item.quantity.update")[u"item"][u"quantity"].toInteger(), 40);
        auto stale = call("taobao.item.quantity.update", params({{"quantity", "50"}, {"expected_quantity", "25"}}));
        QCOMPARE(stale.errorCode(), 50);
        QCOMPARE(stale.subCode(), u"isv.stock-conflict"_s);
        QVERIFY(stale.error()[u"sub_msg"].toString().contains(u"40"));
        auto negative = call("taobao.item.quantity.update", params({{"quantity", "-41"}, {"type", "2"}}));
        QCOMPARE(negative.subCode(), u"isv.invalid-quantity"_s);
        auto wrongItem =
            call("taobao.item.quantity.update", {{"num_iid", "600000000001"}, {"sku_id", skuId}, {"quantity", "1"}});
        QCOMPARE(wrongItem.subCode(), u"isv.sku-not-exist"_s);
        // The level reads back, and a stock message was published for it.
        const auto levels = call("mc.stock.levels.get", {{"location_id", "1001"}, {"page_size", "500"}});
        bool found = false;
        for (const auto &l : levels.response("mc.stock.levels.get")[u"stock_levels"][u"stock_level"].toArray())
            if (QByteArray::number(l[u"sku_id"].toInteger()) == skuId) {
                QCOMPARE(l[u"quantity"].toInteger(), 40);
                found = true;
            }
        QVERIFY(found);
    }

    void skusQuantityUpdateIsAllOrNothing()
    {
        const auto item = call("taobao.item.seller.get", {{"num_iid", "600000000005"}});
        const QJsonArray skus = item.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"].toArray();
        QVERIFY(!skus.isEmpty());
        const QByteArray id = QByteArray::number(skus[0][u"sku_id"].toInteger());
        auto ok = call("taobao.skus.quantity.update", {{"num_iid", "600000000005"}, {"skuid_quantities", id + ":77"}});
        QVERIFY2(!ok.isError(), ok.body.constData());
        QCOMPARE(ok.response("taobao.skus.quantity.update")[u"item"][u"skus"][u"sku"][0][u"quantity"].toInteger(), 77);
        auto refused = call("taobao.skus.quantity.update",
                            {{"num_iid", "600000000005"}, {"skuid_quantities", id + ":-100"}, {"type", "2"}});
        QCOMPARE(refused.subCode(), u"isv.invalid-quantity"_s);
        auto malformed = call("taobao.skus.quantity.update", {{"num_iid", "600000000005"}, {"skuid_quantities", "x"}});
        QCOMPARE(malformed.subCode(), u"isv.invalid-parameter:skuid_quantities"_s);
        const auto after = call("taobao.item.seller.get", {{"num_iid", "600000000005"}});
        QCOMPARE(after.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"][0][u"quantity"].toInteger(), 77);
    }

    void idempotentWriteAnswersARetryWithTheFirstAnswer()
    {
        const auto item = call("taobao.item.seller.get", {{"num_iid", "600000000007"}});
        const QByteArray skuId = QByteArray::number(
            item.response("taobao.item.seller.get")[u"item"][u"skus"][u"sku"][0][u"sku_id"].toInteger());
        const mc::protocol::Parameters delta{
            {"num_iid", "600000000007"}, {"sku_id", skuId}, {"location_id", "1002"},
            {"quantity", "3"},           {"type", "2"},     {"idempotency_key", "0190f3c4-retry-1"}};
        const auto first = call("taobao.item.quantity.update", delta);
        const auto retry = call("taobao.item.quantity.update", delta);
        QVERIFY2(!first.isError(), first.body.constData());
        QCOMPARE(retry.response("taobao.item.quantity.update")[u"item"][u"quantity"],
                 first.response("taobao.item.quantity.update")[u"item"][u"quantity"]);
    }

    void messagesComeAgainUntilConfirmed()
    {
        const QByteArray group = "tst-api";
        auto consume = [&] {
            const auto reply = call("taobao.tmc.messages.consume", {{"group_name", group}, {"quantity", "50"}});
            return reply.response("taobao.tmc.messages.consume")[u"messages"][u"tmc_message"].toArray();
        };
        const QJsonArray batch = consume();
        QVERIFY2(batch.size() >= 10, "the simulator has published messages since the start");
        QSet<qint64> ids;
        for (const auto &m : batch) {
            ids.insert(m[u"id"].toInteger());
            QVERIFY(m[u"topic"].toString().startsWith(u"taobao_"));
            const QJsonObject content = QJsonDocument::fromJson(m[u"content"].toString().toUtf8()).object();
            QVERIFY2(!content.isEmpty(), qPrintable(m[u"content"].toString()));
            if (m[u"topic"].toString().startsWith(u"taobao_trade_")) {
                QVERIFY(content.contains(u"orders"));
                QCOMPARE(content[u"buyer_open_uid"].toString().size(), 24); // live orders have buyers too
            }
        }
        // Not confirmed: after the 2 s redelivery timeout the same messages come again.
        QThread::msleep(2500);
        QSet<qint64> again;
        for (const auto &m : consume())
            again.insert(m[u"id"].toInteger());
        QVERIFY2(ids.intersects(again) && ids == (ids & again), "unconfirmed messages are delivered again");
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        const auto confirmed =
            call("taobao.tmc.messages.confirm", {{"group_name", group}, {"s_message_ids", list.join(u',').toLatin1()}});
        QVERIFY(confirmed.response("taobao.tmc.messages.confirm")[u"is_success"].toBool());
        QThread::msleep(2500);
        for (const auto &m : consume())
            QVERIFY2(!ids.contains(m[u"id"].toInteger()), "confirmed messages do not come again");
        QCOMPARE(call("taobao.tmc.messages.confirm", {{"group_name", group}}).errorCode(), 40);
    }

    void simulatorKeepsCreatingOrders()
    {
        const auto before =
            call("mc.admin.stats.get").response("mc.admin.stats.get")[u"stats"][u"orders_created"].toInteger();
        QThread::msleep(1200);
        const auto after =
            call("mc.admin.stats.get").response("mc.admin.stats.get")[u"stats"][u"orders_created"].toInteger();
        QVERIFY2(after - before >= 20, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
