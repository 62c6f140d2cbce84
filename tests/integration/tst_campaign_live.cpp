// Live campaign performance end to end against a real platform-sandbox: campaigns published
// on the platform take their discount off the orders its simulator creates and the trades
// carry promotion_details; a real sync brings them into a real cache.sqlite, and the
// per-campaign figures (campaigntoday.h) equal a brute-force sum over the sandbox's own
// trades (its sandbox.sqlite, read here without any console code). A draft campaign is never
// applied, and syncing everything again counts nothing twice.
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaigntoday.h"
#include "app/core/functionclock.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/syncharness.h"
#include "tests/support/topcallclient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    core::CampaignChannelToday online, inStore;
    std::int64_t toDate = 0;
};

} // namespace

class TestCampaignLive : public QObject
{
    Q_OBJECT

private:
    static QByteArray topTime(std::int64_t ms) { return protocol::formatTopTime(ms / 1000 * 1000); }

    static bool publish(test::TopCallClient &client, const protocol::Parameters &params)
    {
        const auto reply = client.call("mc.campaign.save", params);
        if (reply.isError())
            qWarning() << reply.error();
        return !reply.isError();
    }

    // Straight from the sandbox's tables: per campaign, orders paid on the Beijing day of
    // `nowMs` that count as sales (paid, not closed), and their discount, per channel.
    static QHash<QString, Expected> bruteForce(const QString &sandboxDir, std::int64_t nowMs)
    {
        storage::OpenOptions options;
        options.path = sandboxDir + u"/sandbox.sqlite"_s;
        options.readOnly = true;
        auto db = storage::Database::open(options);
        if (!db)
            return {};
        auto rows = db.value()->prepare(u"SELECT p.campaign_id, o.channel, o.status, o.pay_time_ms, p.discount_fen "
                                        u"FROM order_promotions p JOIN orders o ON o.tid = p.tid");
        if (!rows)
            return {};
        const std::int64_t day = protocol::beijingDayStartMs(nowMs);
        QHash<QString, Expected> out;
        auto &s = rows.value();
        while (s.step().valueOr(false)) {
            const QString status = s.text(2);
            const bool sale = s.int64(3) > 0 && status != u"WAIT_BUYER_PAY" && status != u"TRADE_CLOSED" &&
                              status != u"TRADE_CLOSED_BY_TAOBAO";
            if (!sale)
                continue;
            Expected &e = out[s.text(0)];
            e.toDate += s.int64(4);
            if (protocol::beijingDayStartMs(s.int64(3)) != day)
                continue;
            core::CampaignChannelToday &c = s.text(1) == u"store" ? e.inStore : e.online;
            c.orders += 1;
            c.discountFen += s.int64(4);
        }
        return out;
    }

private Q_SLOTS:
    void platformAppliedDiscountsArriveAndAddUp()
    {
        test::SandboxProcess sandbox;
        // Sandbox time at 60x: a few seconds hold minutes of orders created, paid and closed.
        QVERIFY2(sandbox.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, u"4"_s, u"--speed"_s, u"60"_s,
                                u"--rate-limit"_s, u"off"_s}),
                 qPrintable(sandbox.errorString()));
        test::TopCallClient client(sandbox.url(), sandbox.owner());
        client.setClock([&sandbox] { return sandbox.sandboxNowMs(); });
        const std::int64_t now = sandbox.sandboxNowMs();
        const QByteArray starts = topTime(now - 3'600'000), ends = topTime(now + 86'400'000);
        // Every 100 yuan minus 10, online and in every store; 15 % off in two stores (stacks
        // first: campaign_id order); a draft that must never apply.
        QVERIFY(publish(client, {{"campaign_id", "live-threshold"}, {"version", "0"}, {"name", "每满100减10"},
                                 {"reach", "omnichannel"}, {"discount", "threshold_off"}, {"threshold", "100.00"},
                                 {"amount_off", "10.00"}, {"starts", starts}, {"ends", ends}, {"state", "published"}}));
        QVERIFY(publish(client, {{"campaign_id", "live-percent"}, {"version", "0"}, {"name", "门店85折"},
                                 {"reach", "in_store"}, {"discount", "percent_off"}, {"basis_points", "1500"},
                                 {"store_ids", "1001,1002,1003"}, {"starts", starts}, {"ends", ends},
                                 {"state", "published"}}));
        QVERIFY(publish(client, {{"campaign_id", "live-draft"}, {"version", "0"}, {"name", "draft"},
                                 {"reach", "omnichannel"}, {"discount", "percent_off"}, {"basis_points", "5000"},
                                 {"starts", starts}, {"ends", ends}}));
        QThread::sleep(8); // the simulator creates, pays and closes orders under the campaigns

        // Stop generating, then sync everything from a frozen platform (same state).
        QVERIFY(sandbox.stop());
        test::SandboxProcess quiet;
        quiet.setDataDir(sandbox.dataDir());
        QVERIFY2(quiet.start({u"--scenario"_s, u"frozen"_s, u"--rate-limit"_s, u"off"_s}), qPrintable(quiet.errorString()));
        QTemporaryDir dir;
        const std::int64_t asOf = quiet.sandboxNowMs();
        const core::FunctionClock clock([&quiet] { return quiet.sandboxNowMs(); });
        test::SyncHarness harness(quiet, dir.path(), clock);
        const test::SyncRun run = harness.runOnce();
        QVERIFY2(run.ok, qPrintable(run.error));

        // The console's budgets: one campaign edited here, with a budget.
        auto ledger = storage::openWriter(dir.path(), storage::DatabaseRole::Ledger);
        QVERIFY(ledger.ok());
        campaigns::CampaignStore store(*ledger.value(), clock);
        campaigns::CampaignSpec local;
        local.id = u"live-threshold"_s;
        local.name = u"每满100减10 (console)"_s;
        local.thresholdFen = 10'000;
        local.amountFen = 1'000;
        local.startsMs = now - 3'600'000;
        local.endsMs = now + 86'400'000;
        local.budgetFen = 5'000'000;
        QCOMPARE(store.save(local, u"test"_s).valueOr(0), 1);
        QVERIFY(store.notePublished(local.id, 1, 1));

        auto cache = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(cache.ok());
        const auto expected = bruteForce(quiet.dataDir(), asOf);
        QVERIFY2(expected.contains(u"live-threshold"_s), "the threshold campaign applied to paid orders");
        QVERIFY2(expected.contains(u"live-percent"_s), "the store campaign applied to paid store orders");
        QVERIFY(!expected.contains(u"live-draft"_s));
        QVERIFY(expected[u"live-threshold"_s].online.orders > 0);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            qInfo("%s: today online %lld orders %lld fen, in store %lld orders %lld fen; to date %lld fen",
                  qPrintable(it.key()), qlonglong(it->online.orders), qlonglong(it->online.discountFen),
                  qlonglong(it->inStore.orders), qlonglong(it->inStore.discountFen), qlonglong(it->toDate));

        auto check = [&] {
            auto figures = campaigns::campaignsToday(*cache.value(), ledger.value().get(), asOf);
            QVERIFY2(figures.ok(), figures.ok() ? "" : qPrintable(figures.error().toString()));
            QCOMPARE(figures.value().size(), expected.size());
            for (const core::CampaignToday &f : figures.value()) {
                QVERIFY2(expected.contains(f.campaignId), qPrintable(f.campaignId));
                const Expected &e = expected[f.campaignId];
                QCOMPARE(f.online, e.online);
                QCOMPARE(f.inStore, e.inStore);
                QCOMPARE(f.costToDateFen, e.toDate);
            }
            const auto top = std::find_if(figures.value().cbegin(), figures.value().cend(),
                                          [](const auto &f) { return f.campaignId == u"live-threshold"; });
            QCOMPARE(top->budgetFen, std::int64_t(5'000'000));
            QCOMPARE(top->name, local.name);
            QVERIFY(top->live);
        };
        check();
        if (QTest::currentTestFailed())
            return;
        const QString consistency = test::checkCacheConsistency(dir.path());
        QVERIFY2(consistency.isEmpty(), qPrintable(consistency));

        // The wire: a trade with promotions as the platform sends it, and the cache's rows.
        const std::int64_t tid =
            cache.value()->queryInt(u"SELECT tid FROM order_promotions ORDER BY tid LIMIT 1"_s).valueOr(0);
        QVERIFY(tid > 0);
        test::TopCallClient quietClient(quiet.url(), quiet.owner());
        quietClient.setClock([&quiet] { return quiet.sandboxNowMs(); });
        const QJsonObject trade =
            quietClient.call("taobao.trade.fullinfo.get", {{"tid", QByteArray::number(tid)}, {"fields", "tid"}})
                .response("taobao.trade.fullinfo.get")
                .value(u"trade"_s)
                .toObject();
        const QJsonArray details = trade[u"promotion_details"][u"promotion_detail"].toArray();
        QVERIFY(!details.isEmpty());
        QCOMPARE(details.size(),
                 cache.value()->queryInt(u"SELECT count(*) FROM order_promotions WHERE tid = "_s + QString::number(tid))
                     .valueOr(-1));
        QVERIFY(details[0][u"discount_fee"].isString());
        QVERIFY(details[0][u"campaign_version"].toInteger() >= 1);

        // Everything again from the start (a fresh engine, cursors reset): nothing twice.
        QVERIFY(storage::openWriter(dir.path(), storage::DatabaseRole::Cache)
                    .value()
                    ->exec(u"DELETE FROM sync_cursors"));
        const test::SyncRun again = harness.runOnce();
        QVERIFY2(again.ok, qPrintable(again.error));
        check();
        QCOMPARE(test::checkCacheConsistency(dir.path()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCampaignLive)
#include "tst_campaign_live.moc"
