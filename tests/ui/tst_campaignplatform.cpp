// The Campaigns page's platform side through the real runtime: a ConsoleRuntime against a
// real platform-sandbox (its CampaignPlatformDesk on the sync thread, the engine's client and
// ledger), the page's "Publish and vouchers" tab driven like a user. Vouchers: issue, cancel
// after the first batch, stop the whole runtime and start a new one on the same folder (a
// restart): the page offers to resume at what was issued and finishes without issuing any
// code twice; CSV and QR sheet written, the sheet read back by zbarimg. Publishing: the
// newest version goes out; another console publishes meanwhile; the conflict is answered
// "keep mine", then "take theirs". Screenshots test-output/ui/campaigns-vouchers-{en,zh_CN}.png
// and campaigns-conflict-{en,zh_CN}.png.
#include "app/campaigns/campaigndesk.h"
#include "app/campaigns/campaignplatformdesk.h"
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaignwire.h"
#include "app/core/functionclock.h"
#include "app/runtime/consoleruntime.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "tests/support/qrpdf.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testdata.h"
#include "tests/support/topcallclient.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/campaigns/campaignpublishpanel.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/campaigns/campaignvoucherpanel.h"
#include "ui/campaigns/publishconflictdialog.h"
#include "ui/uilanguage.h"

#include <QDir>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc;
using namespace Qt::StringLiterals;

class TestCampaignPlatform : public QObject
{
    Q_OBJECT
    test::IsolatedSettings m_settings;
    test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<core::FunctionClock> m_clock;
    std::unique_ptr<runtime::ConsoleRuntime> m_runtime;
    std::unique_ptr<storage::Database> m_ledger;
    std::unique_ptr<campaigns::CampaignStore> m_store;
    std::optional<campaigns::CampaignConflict> m_conflict; // the first one, for the zh_CN screenshot
    QThread m_deskThread; // the page's CampaignDesk (list, versions), as the console has it
    std::unique_ptr<campaigns::CampaignDesk> m_desk;

    void startRuntime()
    {
        m_runtime = std::make_unique<runtime::ConsoleRuntime>(runtime::RuntimeOptions{m_dir.path()});
        QUrl endpoint = m_sandbox.url();
        endpoint.setPath(u"/router/rest"_s);
        runtime::PlatformEndpoint platform;
        platform.url = endpoint.toString();
        platform.credentialsPath = m_sandbox.credentialsPath();
        m_runtime->start(platform);
        QVERIFY(m_runtime->campaignPlatform());
    }

    campaigns::CampaignSpec voucherCampaign() const
    {
        campaigns::CampaignSpec v;
        v.id = u"c-flyer-ui"_s;
        v.name = u"双11 到店券 满300减50"_s;
        v.type = campaigns::CampaignType::Voucher;
        v.faceValueFen = 5'000;
        v.thresholdFen = 30'000;
        v.voucherQuantity = 250;
        v.startsMs = (m_sandbox.sandboxNowMs() / 1000) * 1000 + 86'400'000;
        v.endsMs = v.startsMs + 3 * 86'400'000;
        v.reach = campaigns::Reach::InStore;
        v.storesBy = campaigns::StoreSelection::List;
        v.storeIds = {1001, 1002};
        return v;
    }

    void shoot(QWidget *w, const QString &name)
    {
        QDir().mkpath(u"test-output/ui"_s);
        QVERIFY(w->grab().save(u"test-output/ui/"_s + name + u".png"_s));
    }

    // The whole page as a merchant sees it: the list from the CampaignDesk, the voucher
    // campaign chosen in it (which is what fills the "Publish and vouchers" tab), that tab shown.
    void shootPage(const QString &title, const QString &name)
    {
        ui::CampaignsPage page(title, QString());
        page.resize(1440, 900);
        page.setDesk(m_desk.get());
        page.setPlatformDesk(m_runtime->campaignPlatform());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QTableWidget *>(u"campaigns.list"_s);
        QTRY_VERIFY(list->rowCount() >= 1);
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->item(r, 0)->text() == voucherCampaign().name)
                list->setCurrentCell(r, 0);
        QVERIFY(platformTab(page));
        QTRY_VERIFY(page.voucherPanel()->progressBar()->value() == 250);
        QTRY_VERIFY(!page.publishPanel()->statusLabel()->text().isEmpty());
        shoot(&page, name);
    }

    QWidget *platformTab(ui::CampaignsPage &page)
    {
        auto *tabs = page.findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(page.voucherPanel())) {
                tabs->setCurrentIndex(i);
                return tabs->widget(i);
            }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<core::FunctionClock>([this] { return m_sandbox.sandboxNowMs(); });
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        startRuntime();
        // The runtime created the ledger; the test saves versions on a connection of its own,
        // as the page's CampaignDesk does.
        auto ledger = storage::openWriter(m_dir.path(), storage::DatabaseRole::Ledger);
        QVERIFY(ledger.ok());
        m_ledger = std::move(ledger).value();
        m_store = std::make_unique<campaigns::CampaignStore>(*m_ledger, *m_clock);
        m_desk = std::make_unique<campaigns::CampaignDesk>(m_dir.path(), *m_clock);
        m_desk->moveToThread(&m_deskThread);
        m_deskThread.start();
    }

    void cleanupTestCase()
    {
        m_deskThread.quit();
        m_deskThread.wait();
        m_desk.reset();
        m_runtime.reset();
    }

    void vouchersIssueCancelRestartResume()
    {
        const campaigns::CampaignSpec v = voucherCampaign();
        QCOMPARE(m_store->save(v, u"李娜"_s).value(), 1);
        {
            ui::CampaignsPage page(u"Campaigns"_s, QString());
            page.setPlatformDesk(m_runtime->campaignPlatform());
            ui::CampaignVoucherPanel *panel = page.voucherPanel();
            panel->setCampaign(v);
            auto *counts = panel->findChild<QLabel *>(u"campaigns.vouchers.counts"_s);
            auto *issue = panel->findChild<QPushButton *>(u"campaigns.vouchers.issue"_s);
            auto *cancel = panel->findChild<QPushButton *>(u"campaigns.vouchers.cancel"_s);
            QTRY_VERIFY(counts->text().contains(u"none issued yet"_s));
            QVERIFY(issue->isEnabled());
            QVERIFY(!cancel->isEnabled());
            // Cancel as soon as the first batch is in (the click reaches the sync thread at once).
            connect(panel->progressBar(), &QProgressBar::valueChanged, cancel, [cancel](int value) {
                if (value >= 100 && cancel->isEnabled())
                    QTest::mouseClick(cancel, Qt::LeftButton);
            });
            QSignalSpy finished(m_runtime->campaignPlatform(), &campaigns::CampaignPlatformDesk::vouchersFinished);
            QTest::mouseClick(issue, Qt::LeftButton);
            QVERIFY(finished.wait(30'000));
            QCOMPARE(finished.last().at(3).toBool(), true); // cancelled
            const int first = finished.last().at(1).toInt();
            QVERIFY2(first >= 100 && first < 250, qPrintable(QString::number(first)));
            QTRY_VERIFY(panel->statusLabel()->text().startsWith(u"Cancelled"_s));
            QCOMPARE(panel->progressBar()->value(), first);
        }

        // A restart: the runtime (sync thread, client, ledger connection) stopped and started again.
        m_runtime->stop();
        startRuntime();
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.resize(1000, 760);
        page.setPlatformDesk(m_runtime->campaignPlatform());
        ui::CampaignVoucherPanel *panel = page.voucherPanel();
        panel->setCampaign(v);
        auto *issue = panel->findChild<QPushButton *>(u"campaigns.vouchers.issue"_s);
        QTRY_COMPARE(issue->text(), u"Resume issuing"_s);
        QVERIFY(panel->findChild<QLabel *>(u"campaigns.vouchers.counts"_s)->text().contains(u"of 250"_s));
        QSignalSpy finished(m_runtime->campaignPlatform(), &campaigns::CampaignPlatformDesk::vouchersFinished);
        QTest::mouseClick(issue, Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().at(1).toInt(), 250);
        QCOMPARE(finished.last().at(3).toBool(), false);
        QTRY_COMPARE(panel->progressBar()->value(), 250);
        QVERIFY(!issue->isEnabled()); // all issued

        // Every code once: 250 distinct in the ledger.
        auto distinct = m_ledger->prepare(u"SELECT count(DISTINCT json_extract(j.value, '$.code')) FROM "
                                          u"campaign_voucher_batches b, json_each(b.vouchers) j WHERE b.campaign_id = ?1"_s);
        QVERIFY(distinct.ok());
        QVERIFY(distinct.value().bind(1, v.id).step().value());
        QCOMPARE(distinct.value().int64(0), 250);

        // CSV and the QR sheet, read back by an independent decoder.
        QSignalSpy exported(panel, &ui::CampaignVoucherPanel::exported);
        const QString csv = m_dir.filePath(u"codes.csv"_s);
        panel->exportTo(csv, ui::CampaignVoucherPanel::Export::Csv);
        QVERIFY(exported.wait(10'000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(2).toString()));
        QByteArrayList codes = test::voucherCsvCodes(csv);
        QCOMPARE(codes.size(), 250);
        const QString pdf = m_dir.filePath(u"sheet.pdf"_s);
        panel->exportTo(pdf, ui::CampaignVoucherPanel::Export::QrSheet);
        QVERIFY(exported.wait(60'000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(2).toString()));
        QDir().mkpath(u"test-output/ui"_s);
        QFile::remove(u"test-output/ui/campaigns-qr-sheet-en.pdf"_s);
        QVERIFY(QFile::copy(pdf, u"test-output/ui/campaigns-qr-sheet-en.pdf"_s)); // kept, read or not
        QString error;
        QByteArrayList scanned = test::decodeQrPdf(pdf, 150, error);
        // zbar misses the odd code at one resolution or the other (seen at 150 and at 300 dpi, each
        // time a different one that the other reads): a code read at either counts as readable.
        for (const QByteArray &code : test::decodeQrPdf(pdf, 300, error))
            if (!scanned.contains(code))
                scanned.append(code);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::sort(scanned.begin(), scanned.end());
        std::sort(codes.begin(), codes.end());
        QCOMPARE(scanned, codes);

        shootPage(u"Campaigns"_s, u"campaigns-vouchers-en"_s);
    }

    void publishKeepMineThenTakeTheirs()
    {
        campaigns::CampaignSpec c = voucherCampaign();
        c.id = u"c-publish-ui"_s;
        c.type = campaigns::CampaignType::ThresholdOff;
        c.name = u"双11 每满300减40"_s;
        c.amountFen = 4'000;
        c.faceValueFen = 0;
        c.voucherQuantity = 0;
        QCOMPARE(m_store->save(c, u"李娜"_s).value(), 1);
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.setAuthor(u"李娜"_s);
        page.setPlatformDesk(m_runtime->campaignPlatform());
        ui::CampaignPublishPanel *panel = page.publishPanel();
        panel->setCampaign(m_store->version(c.id, 0).value());
        auto *publish = panel->findChild<QPushButton *>(u"campaigns.publish"_s);
        QVERIFY(publish->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"platform version 1"_s), 20'000);
        QCOMPARE(m_store->version(c.id, 1).value().publishState, u"published"_s);

        // Another console publishes version 2 meanwhile.
        test::TopCallClient other(m_sandbox.url(), m_sandbox.owner());
        other.setClock([this] { return m_sandbox.sandboxNowMs(); });
        campaigns::CampaignSpec theirs = c;
        theirs.name = u"双11 每满300减60"_s;
        theirs.amountFen = 6'000;
        QVERIFY(!other.call("mc.campaign.save", campaigns::saveParameters(theirs, {{}, {1001, 1002}}, 1, "published"))
                     .isError());

        c.amountFen = 4'500;
        QCOMPARE(m_store->save(c, u"李娜"_s).value(), 2);
        panel->setCampaign(m_store->version(c.id, 0).value());
        QList<campaigns::CampaignConflict> asked;
        int answer = ui::PublishConflictDialog::KeepMine;
        panel->setConflictResolver([&](const campaigns::CampaignConflict &conflict) {
            asked.append(conflict);
            return answer;
        });
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"Version 2 is published: platform version 3"_s),
                                 20'000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().ours.amountFen, 4'500);
        QCOMPARE(asked.first().theirs.amountFen, 6'000);
        QCOMPARE(asked.first().platformVersion, 2);
        m_conflict = asked.first();

        // Both sides in the dialog, field by field.
        ui::PublishConflictDialog dialog(asked.first());
        QTableWidget *fields = dialog.table();
        QStringList rows;
        for (int r = 0; r < fields->rowCount(); ++r)
            rows << fields->item(r, 0)->data(Qt::UserRole).toString() + u'|' + fields->item(r, 0)->text() + u'|' +
                        fields->item(r, 1)->text() + u'|' + fields->item(r, 2)->text();
        QVERIFY2(rows.contains(u"amount_off|Amount off|¥45.00|¥60.00"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"name|Name|双11 每满300减40|双11 每满300减60"_s), qPrintable(rows.join(u'\n')));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"campaigns-conflict-en"_s);

        // Again another console; this time theirs is taken as a new local version.
        theirs.amountFen = 7'000;
        QVERIFY(!other.call("mc.campaign.save", campaigns::saveParameters(theirs, {{}, {1001, 1002}}, 3, "published"))
                     .isError());
        c.amountFen = 5'000;
        QCOMPARE(m_store->save(c, u"李娜"_s).value(), 3);
        panel->setCampaign(m_store->version(c.id, 0).value());
        answer = ui::PublishConflictDialog::TakeTheirs;
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"Version 4 is published: platform version 4"_s),
                                 20'000);
        QCOMPARE(asked.size(), 2);
        const auto taken = m_store->version(c.id, 0).value();
        QCOMPARE(taken.version, 4);
        QCOMPARE(taken.spec.amountFen, 7'000);
        QCOMPARE(taken.publishState, u"published"_s);
    }

    // The same tab and dialog in Simplified Chinese: translated, nothing left in English.
    void inChinese()
    {
        QVERIFY(m_conflict);
        QVERIFY(!ui::installTranslators(QLocale(QLocale::Chinese, QLocale::China)).isEmpty());
        ui::CampaignsPage page(u"营销活动"_s, QString());
        page.resize(1000, 760);
        page.setPlatformDesk(m_runtime->campaignPlatform());
        page.voucherPanel()->setCampaign(voucherCampaign());
        page.publishPanel()->setCampaign(m_store->version(voucherCampaign().id, 0).value());
        auto *issue = page.voucherPanel()->findChild<QPushButton *>(u"campaigns.vouchers.issue"_s);
        QCOMPARE(issue->text(), u"发放券码"_s);
        QTRY_VERIFY(page.voucherPanel()->findChild<QLabel *>(u"campaigns.vouchers.counts"_s)->text().contains(u"250"_s));
        shootPage(u"营销活动"_s, u"campaigns-vouchers-zh_CN"_s);
        QSignalSpy exported(page.voucherPanel(), &ui::CampaignVoucherPanel::exported);
        page.voucherPanel()->exportTo(QDir(u"test-output/ui"_s).absoluteFilePath(u"campaigns-qr-sheet-zh_CN.pdf"_s),
                                      ui::CampaignVoucherPanel::Export::QrSheet);
        QVERIFY(exported.wait(60'000));
        QVERIFY(exported.last().at(0).toBool());
        ui::PublishConflictDialog dialog(*m_conflict);
        QCOMPARE(dialog.findChild<QPushButton *>(u"campaigns.conflict.takeTheirs"_s)->text(), u"采用平台版本"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"campaigns-conflict-zh_CN"_s);
    }
};

QTEST_MAIN(TestCampaignPlatform)
#include "tst_campaignplatform.moc"
