// Campaign versions and publishing against a real platform-sandbox over loopback, with a real
// ledger.sqlite: every save is a version with its author, diff and rollback; publishing goes
// through the outbox with its idempotency key (the same key again is answered without a new
// version); another console publishing first is a version conflict surfaced with both sides,
// and either side can win.
#include "app/campaigns/campaignjson.h"
#include "app/campaigns/campaignpublisher.h"
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaignwire.h"
#include "app/core/functionclock.h"
#include "app/platform/platformclient.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "app/sync/ledgerstore.h"
#include "app/campaigns/rehearsal.h"
#include "app/campaigns/voucherissuer.h"
#include "app/protocol/vouchercode.h"
#include "tests/support/campaignorders.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/qrpdf.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/topcallclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace mc::campaigns;
using namespace Qt::StringLiterals;

class TestCampaignsSandbox : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    std::unique_ptr<core::FunctionClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<platform::PlatformClient> m_client;
    std::unique_ptr<sync::LedgerStore> m_ledger;
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<CampaignStore> m_store;
    std::unique_ptr<CampaignPublisher> m_publisher;

    CampaignSpec campaign() const
    {
        CampaignSpec c;
        c.id = u"c-1111-omni"_s;
        c.name = u"双11 每满300减40"_s;
        c.thresholdFen = 30'000;
        c.amountFen = 4'000;
        c.startsMs = (m_sandbox.sandboxNowMs() / 1000) * 1000 + 86'400'000; // whole seconds, as TOP times
        c.endsMs = c.startsMs + 86'400'000;
        c.budgetFen = 10'000'000;
        c.perBuyerLimit = 2;
        c.reach = Reach::Both;
        c.storesBy = StoreSelection::List;
        c.storeIds = {1001, 1002};
        return c;
    }

    // `campaign import` of `c` as a JSON file in `dir`: the command's exit and output.
    static test::CommandResult importByCommand(const QTemporaryDir &dir, const CampaignSpec &c)
    {
        const QString file = dir.filePath(c.id + u".json"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson(c)).toJson()) <= 0)
            return {};
        f.close();
        return test::runConsole({u"campaign"_s, u"--data-dir"_s, dir.path(), u"import"_s, u"--campaign"_s, file,
                                 u"--author"_s, u"Li Na"_s});
    }

    QJsonObject onPlatform(const QString &id)
    {
        test::TopCallClient c(m_sandbox.url(), m_sandbox.owner());
        c.setClock([this] { return m_sandbox.sandboxNowMs(); });
        const auto list = c.call("mc.campaigns.get", {{"campaign_id", id.toUtf8()}})
                              .response("mc.campaigns.get")[u"campaigns"][u"campaign"]
                              .toArray();
        return list.isEmpty() ? QJsonObject() : list.first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CampaignConflict>();
        m_clock = std::make_unique<core::FunctionClock>([this] { return m_sandbox.sandboxNowMs(); });
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        platform::ClientOptions options;
        options.endpoint = m_sandbox.url();
        options.endpoint.setPath(u"/router/rest"_s);
        options.maxAttempts = 2;
        options.timeoutMs = 5000;
        const auto &owner = m_sandbox.owner();
        m_client = std::make_unique<platform::PlatformClient>(
            options, platform::Credentials{owner.appKey, owner.appSecret, owner.session, 0}, *m_clock);
        auto ledger = sync::LedgerStore::open(m_dir.path(), *m_clock);
        QVERIFY2(ledger.ok(), ledger.ok() ? "" : qPrintable(ledger.error().toString()));
        m_ledger = std::move(ledger).value();
        auto cache = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        m_store = std::make_unique<CampaignStore>(m_ledger->database(), *m_clock);
        m_publisher = std::make_unique<CampaignPublisher>(*m_client, *m_ledger, *m_store, *m_cache);
    }

    void versionsDiffAndRollback()
    {
        CampaignSpec c = campaign();
        QCOMPARE(m_store->save(c, u"Li Na"_s).value(), 1);
        c.amountFen = 5'000;
        c.storeIds = {1001, 1002, 1003};
        QCOMPARE(m_store->save(c, u"Wang Wei"_s).value(), 2);
        const auto versions = m_store->versions(c.id).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].author, u"Li Na"_s);
        QCOMPARE(versions[1].author, u"Wang Wei"_s);
        QVERIFY(versions[1].savedMs >= versions[0].savedMs);
        QCOMPARE(versions[0].publishState, u"draft"_s);
        const auto changes = diff(versions[0].spec, versions[1].spec);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].field, u"amount_off"_s);
        QCOMPARE(changes[0].before, u"40.00"_s);
        QCOMPARE(changes[0].after, u"50.00"_s);
        QCOMPARE(changes[1].field, u"store_ids"_s);
        QCOMPARE(changes[1].after, u"[1001,1002,1003]"_s);
        QCOMPARE(m_store->rollback(c.id, 1, u"Li Na"_s).value(), 3);
        const auto newest = m_store->version(c.id, 0).value();
        QCOMPARE(newest.version, 3);
        QCOMPARE(newest.spec, versions[0].spec);
        QCOMPARE(newest.note, u"rollback to version 1"_s);
        QVERIFY(!m_store->version(c.id, 9).ok());
    }

    void publishesThroughTheOutboxOnce()
    {
        QSignalSpy published(m_publisher.get(), &CampaignPublisher::published);
        auto id = m_publisher->publish(campaign().id, 0, u"Li Na"_s);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        QVERIFY(published.wait(10'000));
        QCOMPARE(published.first().at(1).toInt(), 3);
        QCOMPARE(published.first().at(2).toLongLong(), 1);
        const QJsonObject theirs = onPlatform(campaign().id);
        QCOMPARE(theirs.value(u"version"_s).toInteger(), 1);
        QCOMPARE(theirs.value(u"discount"_s).toString(), u"threshold_off"_s);
        QCOMPARE(theirs.value(u"amount_off"_s).toString(), u"40.00"_s);
        QCOMPARE(theirs.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(theirs.value(u"store_ids"_s).toArray(), (QJsonArray{1001, 1002}));
        const auto v3 = m_store->version(campaign().id, 3).value();
        QCOMPARE(v3.publishState, u"published"_s);
        QCOMPARE(v3.platformVersion, 1);
        QCOMPARE(m_ledger->pendingCount().value(), 0);

        // The same idempotency key again (a retry after a lost answer): the first answer, no new version.
        test::TopCallClient c(m_sandbox.url(), m_sandbox.owner());
        c.setClock([this] { return m_sandbox.sandboxNowMs(); });
        auto params = saveParameters(v3.spec, {{}, {1001, 1002}}, 0, "published");
        params.emplace("idempotency_key", id.value().toLatin1());
        const auto again = c.call("mc.campaign.save", params);
        QVERIFY2(!again.isError(), again.body.constData());
        QCOMPARE(again.response("mc.campaign.save")[u"campaign"][u"version"].toInteger(), 1);
        QCOMPARE(onPlatform(campaign().id).value(u"version"_s).toInteger(), 1);
    }

    void conflictShowsBothSidesAndEitherCanWin()
    {
        // Another console publishes version 2 on the platform.
        test::TopCallClient other(m_sandbox.url(), m_sandbox.owner());
        other.setClock([this] { return m_sandbox.sandboxNowMs(); });
        CampaignSpec theirs = campaign();
        theirs.name = u"双11 每满300减60"_s;
        theirs.amountFen = 6'000;
        const auto saved = other.call("mc.campaign.save", saveParameters(theirs, {{}, {1001}}, 1, "published"));
        QVERIFY2(!saved.isError(), saved.body.constData());

        CampaignSpec ours = campaign();
        ours.amountFen = 4'500;
        QCOMPARE(m_store->save(ours, u"Li Na"_s).value(), 4);
        QSignalSpy conflicts(m_publisher.get(), &CampaignPublisher::conflict);
        QVERIFY(m_publisher->publish(ours.id, 4, u"Li Na"_s).ok());
        QVERIFY(conflicts.wait(10'000));
        const auto conflict = conflicts.first().at(0).value<CampaignConflict>();
        QCOMPARE(conflict.localVersion, 4);
        QCOMPARE(conflict.ours.amountFen, 4'500);
        QCOMPARE(conflict.theirs.amountFen, 6'000);
        QCOMPARE(conflict.theirs.name, theirs.name);
        QCOMPARE(conflict.theirs.storeIds, (QList<std::int64_t>{1001}));
        QCOMPARE(conflict.platformVersion, 2);
        QVERIFY(conflict.message.contains(u"version 2"_s));
        QCOMPARE(m_store->version(ours.id, 4).value().publishState, u"conflict"_s);

        // Ours wins: published over theirs, knowingly.
        QSignalSpy published(m_publisher.get(), &CampaignPublisher::published);
        QVERIFY(m_publisher->publish(ours.id, 4, u"Li Na"_s, conflict.platformVersion).ok());
        QVERIFY(published.wait(10'000));
        QCOMPARE(onPlatform(ours.id).value(u"amount_off"_s).toString(), u"45.00"_s);
        QCOMPARE(onPlatform(ours.id).value(u"version"_s).toInteger(), 3);

        // Or theirs: taken as a new local version, with what only we keep (budget, limits).
        const int taken = m_publisher->takeTheirs(conflict, u"Li Na"_s).value();
        const auto v = m_store->version(ours.id, taken).value();
        QCOMPARE(v.spec.amountFen, 6'000);
        QCOMPARE(v.spec.budgetFen, ours.budgetFen);
        QCOMPARE(v.publishState, u"published"_s);
        QCOMPARE(v.platformVersion, 2);
    }

    // The headless command: import a JSON file, export it back, rehearse it on a real cache
    // (the same figures as the library's rehearsal), publish it to the sandbox.
    void headlessCommand()
    {
        QTemporaryDir dir;
        {
            auto cache = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
            QVERIFY(cache.ok());
            // 2025-11-11 00:00 Beijing, one order every 20 s for two days.
            QVERIFY(test::seedCampaignOrders(*cache.value(), {8'640, 1'762'790'400'000, 20'000, true}));
        }
        CampaignSpec c = campaign();
        c.id = u"c-cli"_s;
        c.products = ProductScope::Categories;
        c.categories = {u"美妆"_s, u"母婴"_s};
        c.storesBy = StoreSelection::City;
        c.storeIds.clear();
        c.cities = {u"杭州"_s, u"上海"_s};
        const QString file = dir.filePath(u"c-cli.json"_s);
        const QStringList base{u"campaign"_s, u"--data-dir"_s, dir.path()};
        auto imported = importByCommand(dir, c);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(u"version"_s).toInt(), 1);

        auto exported = test::runConsole(QStringList(base) << u"export"_s << u"--id"_s << c.id);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(campaignFromJson(QJsonDocument::fromJson(exported.out).object()).value(), c);

        auto simulated = test::runConsole(QStringList(base) << u"simulate"_s << u"--campaign"_s << file << u"--from"_s
                                                            << u"2025-11-11"_s << u"--to"_s << u"2025-11-11"_s);
        QVERIFY2(simulated.exitCode == 0, simulated.err.constData());
        const QJsonObject printed = QJsonDocument::fromJson(simulated.out).object();
        auto reader = storage::openReader(dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(reader.ok());
        RehearsalOptions day{1'762'790'400'000, 1'762'790'400'000 + 86'400'000, 10, {}};
        QJsonObject expected = toJson(rehearse(*reader.value(), c, day).value());
        QVERIFY(expected.value(u"discounted"_s)[u"orders"].toInt() > 100);
        QVERIFY(expected.value(u"set_aside_count"_s).toInt() > 0);
        expected.remove(u"seconds"_s);
        QJsonObject got = printed;
        got.remove(u"seconds"_s);
        QCOMPARE(got, expected);

        const auto bad = test::runConsole(QStringList(base) << u"simulate"_s << u"--campaign"_s << file << u"--from"_s
                                                            << u"2025-13-01"_s << u"--to"_s << u"2025-11-11"_s);
        QCOMPARE(bad.exitCode, 2);

        auto published = test::runConsole(QStringList(base) << u"publish"_s << u"--id"_s << c.id << u"--author"_s
                                                            << u"Li Na"_s << u"--endpoint"_s << m_sandbox.url().toString()
                                                            << u"--credentials"_s << m_sandbox.credentialsPath());
        QVERIFY2(published.exitCode == 0, published.err.constData());
        QCOMPARE(QJsonDocument::fromJson(published.out).object().value(u"platform_version"_s).toInt(), 1);
        const QJsonObject theirs = onPlatform(c.id);
        QCOMPARE(theirs.value(u"store_ids"_s).toArray(), (QJsonArray{1001, 1002, 1005, 1006, 1007, 1008, 1010}));
        QJsonArray skus; // the cached SKUs of the two categories: 母婴 (sku % 4 == 0) and 美妆 (1)
        for (int sku = 7000; sku < 7060; ++sku)
            if (sku % 4 < 2)
                skus.append(sku);
        QCOMPARE(theirs.value(u"sku_ids"_s).toArray(), skus);
    }

    // 1,000 vouchers in batches of 100: progress after each, cancel after three, resume; a
    // batch whose answer was "lost" (marked pending again, as after a crash before the commit)
    // is sent again with its key and brings back the same codes: exactly 1,000 distinct codes.
    void vouchersInBatchesResumeWithoutIssuingTwice()
    {
        CampaignSpec v = campaign();
        v.id = u"c-vouchers"_s;
        v.type = CampaignType::Voucher;
        v.faceValueFen = 5'000;
        v.thresholdFen = 20'000;
        v.voucherQuantity = 1'000;
        VoucherIssuer issuer(*m_client, m_ledger->database());
        QVERIFY(issuer.plan(v, {1001, 1002}).ok());
        QVERIFY(issuer.plan(v, {1001}).ok()); // the first plan stands
        QCOMPARE(issuer.counts(v.id).value(), (std::pair<int, int>{0, 1'000}));
        QSignalSpy progress(&issuer, &VoucherIssuer::progress);
        QSignalSpy finished(&issuer, &VoucherIssuer::finished);
        connect(&issuer, &VoucherIssuer::progress, &issuer, [&issuer](int issued) {
            if (issued >= 300)
                issuer.cancel();
        });
        issuer.run(v.id);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.last().at(0).toInt(), 300);
        QCOMPARE(finished.last().at(2).toBool(), true); // cancelled, batches left
        QCOMPARE(progress.size(), 3);
        const QList<IssuedVoucher> firstThree = issuer.issued(v.id).value();
        QCOMPARE(firstThree.size(), 300);

        // The answer of batch 1 "lost": pending again, sent again with the same key.
        QVERIFY(m_ledger->database().exec(u"UPDATE campaign_voucher_batches SET state = 'pending', vouchers = '[]' "
                                          u"WHERE campaign_id = 'c-vouchers' AND batch_no = 1"_s).ok());
        disconnect(&issuer, &VoucherIssuer::progress, &issuer, nullptr);
        issuer.run(v.id);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().at(0).toInt(), 1'000);
        QCOMPARE(finished.last().at(2).toBool(), false);
        QCOMPARE(progress.last().at(0).toInt(), 1'000);
        const QList<IssuedVoucher> all = issuer.issued(v.id).value();
        QCOMPARE(all.size(), 1'000);
        QCOMPARE(all.mid(0, 300), firstThree); // batch 1 came back with the same codes
        QSet<QString> codes;
        for (const IssuedVoucher &i : all)
            codes.insert(i.code);
        QCOMPARE(codes.size(), 1'000);
        // Each code is a signed voucher of this campaign, 50.00, for the two stores.
        test::TopCallClient c(m_sandbox.url(), m_sandbox.owner());
        c.setClock([this] { return m_sandbox.sandboxNowMs(); });
        const QByteArray code = all.last().code.toLatin1();
        std::optional<protocol::VoucherTerms> terms;
        for (const QJsonValue &key : c.call("mc.voucher.keys.get").response("mc.voucher.keys.get")[u"keys"][u"key"].toArray())
            if (key[u"key_id"].toString().toLatin1() == protocol::VoucherCode::keyIdOf(code).value_or(QByteArray()))
                terms = protocol::VoucherCode::verify(code, QByteArray::fromBase64(key[u"public_key"].toString().toLatin1()));
        QVERIFY(terms.has_value());
        QCOMPARE(terms->campaignId, QByteArray("c-vouchers"));
        QCOMPARE(terms->faceValueFen, 5'000);
        QCOMPARE(terms->storeIds, (QList<std::int64_t>{1001, 1002}));

        const QString csv = m_dir.filePath(u"vouchers.csv"_s);
        QVERIFY(writeVoucherCsv(csv, all).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 1'002); // BOM + header, 1,000 codes, the empty rest after the last CRLF
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFvoucher_id,code"));
        QCOMPARE(lines.at(1), all.first().voucherId.toLatin1() + ',' + all.first().code.toLatin1() + '\r');
    }

    // The command end to end: a voucher campaign imported, its 23 vouchers issued against the
    // sandbox, written as CSV and as the QR sheet (three A4 pages). The PDF, rasterised by
    // poppler and read by zbarimg (neither shares code with ours), scans to exactly the codes
    // of the CSV, each once; running the command again issues nothing more.
    void vouchersCommandWritesCsvAndQrSheet()
    {
        QTemporaryDir dir;
        CampaignSpec v = campaign();
        v.id = u"c-flyer"_s;
        v.name = u"双11 到店券 50元"_s;
        v.type = CampaignType::Voucher;
        v.faceValueFen = 5'000;
        v.thresholdFen = 30'000;
        v.voucherQuantity = 23;
        const QStringList base{u"campaign"_s, u"--data-dir"_s, dir.path()};
        auto imported = importByCommand(dir, v);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString csv = dir.filePath(u"codes.csv"_s);
        const QString pdf = dir.filePath(u"flyer.pdf"_s);
        QStringList issue = QStringList(base) << u"vouchers"_s << u"--id"_s << v.id << u"--endpoint"_s
                                              << m_sandbox.url().toString() << u"--credentials"_s
                                              << m_sandbox.credentialsPath() << u"--out"_s << csv;
#if !MC_TEST_WITH_UI
        // The QR sheet needs the UI's painting: a build without it refuses --pdf, with the reason.
        const auto refused = test::runConsole(QStringList(issue) << u"--pdf"_s << pdf);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("no PDF writer"), refused.err.constData());
        QVERIFY(!QFile::exists(csv));
#else
        issue << u"--pdf"_s << pdf;
#endif
        auto issued = test::runConsole(issue);
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        QCOMPARE(QJsonDocument::fromJson(issued.out).object().value(u"issued"_s).toInt(), 23);
        QVERIFY(issued.err.contains("23 of 23 vouchers issued"));

        QByteArrayList fromCsv = test::voucherCsvCodes(csv);
        QCOMPARE(fromCsv.size(), 23);
        QVERIFY(fromCsv.first().startsWith("MCV1."));

#if MC_TEST_WITH_UI
        QString error;
        QByteArrayList scanned = test::decodeQrPdf(pdf, 150, error);
        // zbar misses the odd code at one resolution or the other (seen at 150 and at 300 dpi, each
        // time a different one that the other reads): a code read at either counts as readable.
        for (const QByteArray &code : test::decodeQrPdf(pdf, 300, error))
            if (!scanned.contains(code))
                scanned.append(code);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scanned.size(), 23); // each code once, none missing, nothing else
        std::sort(scanned.begin(), scanned.end());
        std::sort(fromCsv.begin(), fromCsv.end());
        QCOMPARE(scanned, fromCsv);
#endif

        // Again: the plan stands, nothing is issued twice; the same codes come out.
        const QString again = dir.filePath(u"again.csv"_s);
        auto second = test::runConsole(QStringList(base) << u"vouchers"_s << u"--id"_s << v.id << u"--endpoint"_s
                                                         << m_sandbox.url().toString() << u"--credentials"_s
                                                         << m_sandbox.credentialsPath() << u"--out"_s << again);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QFile first(csv);
        QFile g(again);
        QVERIFY(first.open(QIODevice::ReadOnly) && g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), first.readAll());

        const auto misplaced = test::runConsole(QStringList(base) << u"list"_s << u"--pdf"_s << pdf);
        QCOMPARE(misplaced.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCampaignsSandbox)
#include "tst_campaigns_sandbox.moc"
