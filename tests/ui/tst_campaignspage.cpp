// The Campaigns page against the real CampaignDesk on its own thread, over a real data folder
// (cache.sqlite with seeded orders, ledger.sqlite with campaign versions): the list with
// status and cost so far, the editor and its validation, a rehearsal whose figures equal the
// library's on the same cache, versions with a diff and a rollback. In English, then in
// Simplified Chinese; screenshots test-output/ui/campaigns-{en,zh_CN}.png.
#include "app/campaigns/campaigndesk.h"
#include "app/campaigns/campaignstore.h"
#include "app/core/clock.h"
#include "app/core/money.h"
#include "app/protocol/toptime.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "tests/support/campaignorders.h"
#include "tests/support/testdata.h"
#include "tests/ui/hantext.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/campaigns/campaigneditor.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/pagedirectory.h"
#include "ui/uilanguage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

std::int64_t at(const char *beijing) { return *protocol::parseTopTime(QByteArrayView(beijing)); }

} // namespace

class TestCampaignsPage : public QObject
{
    Q_OBJECT
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    QThread m_thread;
    std::unique_ptr<campaigns::CampaignDesk> m_desk;

    campaigns::CampaignSpec omnichannel() const
    {
        campaigns::CampaignSpec c;
        c.id = u"c-2025-1111"_s;
        c.name = u"双11 全渠道 每满300减40"_s;
        c.thresholdFen = 30'000;
        c.amountFen = 4'000;
        c.startsMs = at("2025-11-11 00:00:00");
        c.endsMs = at("2025-11-12 00:00:00");
        c.budgetFen = 20'000'000;
        c.perBuyerLimit = 3;
        c.storesBy = campaigns::StoreSelection::City;
        c.cities = {u"杭州"_s, u"上海"_s};
        c.products = campaigns::ProductScope::Categories;
        c.categories = {u"美妆"_s, u"母婴"_s};
        return c;
    }

    // Runs the page through its features; `lang` names the screenshot.
    void exercise(const QString &lang)
    {
        ui::PageEntry entry;
        for (const ui::PageEntry &e : ui::PageDirectory::entries())
            if (e.id == ui::PageId::Campaigns)
                entry = e;
        ui::CampaignsPage page(entry.title, entry.summary);
        page.setAuthor(u"李娜"_s);
        page.setDesk(m_desk.get());
        page.resize(1440, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QTableWidget *>(u"campaigns.list"_s);
        QTRY_COMPARE(list->rowCount(), 3);
        int row = -1;
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->item(r, 0)->text() == omnichannel().name)
                row = r;
        QVERIFY(row >= 0);
        list->setCurrentCell(row, 0);
        QTRY_VERIFY(page.findChild<QTableWidget *>(u"campaigns.versions"_s)->rowCount() >= 2);
        page.setRehearsalDays(QDate(2025, 11, 11), QDate(2025, 11, 11));

        // The rehearsal on 11.11 2025, as the library computes it on the same cache.
        auto reader = storage::openReader(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(reader.ok());
        auto expected = campaigns::rehearse(*reader.value(), omnichannel(),
                                            {at("2025-11-11 00:00:00"), at("2025-11-12 00:00:00"), 10, {}});
        QVERIFY(expected.ok());
        QVERIFY(expected.value().discounted.orders > 100);
        QTest::mouseClick(page.findChild<QPushButton *>(u"campaigns.rehearse"_s), Qt::LeftButton);
        auto *summary = page.findChild<QLabel *>(u"campaigns.summary"_s);
        const QString discount = core::Money::fromMinor(expected.value().discounted.discountFen).toDisplayString(QLocale());
        QTRY_VERIFY2(summary->text().contains(discount), qPrintable(summary->text() + u" / "_s + discount));
        QVERIFY(summary->text().contains(QLocale().toString(expected.value().discounted.orders)));
        QCOMPARE(page.findChild<QTableWidget *>(u"campaigns.skus"_s)->rowCount(), 10);
        if (lang != u"en") {
            QVERIFY2(test::hasHan(summary->text()), qPrintable(summary->text()));
            QVERIFY(test::hasHan(entry.title));
        }

        // Versions: the diff from version 1 to 2 names what changed.
        auto *diff = page.findChild<QTableWidget *>(u"campaigns.diff"_s);
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->item(0, 0)->data(Qt::UserRole).toString(), u"budget"_s);
        QCOMPARE(diff->item(0, 0)->text(), lang == u"en" ? u"Budget"_s : u"预算"_s);
        QCOMPARE(diff->item(0, 1)->text(), core::Money::fromMinor(10'000'000).toDisplayString(QLocale()));
        QCOMPARE(diff->item(0, 2)->text(), core::Money::fromMinor(20'000'000).toDisplayString(QLocale()));

        // Validation as you type: 40 off every 30 is more than the price.
        auto *issues = page.findChild<QLabel *>(u"campaigns.issues"_s);
        QTRY_VERIFY(!issues->text().isEmpty());
        grabInto(page, u"ui/campaigns-"_s + lang + u".png"_s);
    }

    void grabInto(QWidget &page, const QString &name)
    {
        QTest::qWait(200);
        QVERIFY(page.grab().save(test::outputPath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            auto cache = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
            QVERIFY(cache.ok());
            // 2025-11-10 22:00 .. 2025-11-12 01:00 Beijing, one order every 5 s.
            QVERIFY(test::seedCampaignOrders(*cache.value(), {20'000, at("2025-11-10 22:00:00"), 5'000, true}));
            auto ledger = storage::openWriter(m_dir.path(), storage::DatabaseRole::Ledger);
            QVERIFY(ledger.ok());
            campaigns::CampaignStore store(*ledger.value(), core::SystemClock::instance());
            campaigns::CampaignSpec a = omnichannel();
            a.budgetFen = 10'000'000;
            QCOMPARE(store.save(a, u"王伟"_s).value(), 1);
            QCOMPARE(store.save(omnichannel(), u"李娜"_s).value(), 2);
            QVERIFY(store.notePublished(a.id, 2, 1).ok());
            campaigns::CampaignSpec b;
            b.id = u"c-2027-1111-percent"_s;
            b.name = u"2027 双11 美妆 85折"_s;
            b.type = campaigns::CampaignType::PercentOff;
            b.basisPoints = 1'500;
            b.reach = campaigns::Reach::Online;
            b.products = campaigns::ProductScope::Categories;
            b.categories = {u"美妆"_s};
            b.startsMs = at("2027-11-11 00:00:00");
            b.endsMs = at("2027-11-12 00:00:00");
            QVERIFY(store.save(b, u"李娜"_s).ok());
            campaigns::CampaignSpec v;
            v.id = u"c-2027-voucher"_s;
            v.name = u"门店 50元券 满200可用"_s;
            v.type = campaigns::CampaignType::Voucher;
            v.faceValueFen = 5'000;
            v.thresholdFen = 20'000;
            v.voucherQuantity = 10'000;
            v.reach = campaigns::Reach::InStore;
            v.storesBy = campaigns::StoreSelection::Province;
            v.provinces = {u"浙江省"_s};
            v.startsMs = at("2027-11-01 00:00:00");
            v.endsMs = at("2027-11-21 00:00:00");
            v.budgetFen = 50'000'000;
            QVERIFY(store.save(v, u"李娜"_s).ok());
            QVERIFY(store.notePublished(v.id, 1, 1).ok());
        }
        m_desk = std::make_unique<campaigns::CampaignDesk>(m_dir.path(), core::SystemClock::instance());
        m_desk->moveToThread(&m_thread);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
        m_desk.reset();
    }

    void english() { exercise(u"en"_s); }

    void rollbackSavesAnEarlierVersionAsNewest()
    {
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.setDesk(m_desk.get());
        page.show();
        auto *list = page.findChild<QTableWidget *>(u"campaigns.list"_s);
        QTRY_COMPARE(list->rowCount(), 3);
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->item(r, 0)->text() == omnichannel().name)
                list->setCurrentCell(r, 0);
        auto *versions = page.findChild<QTableWidget *>(u"campaigns.versions"_s);
        QTRY_COMPARE(versions->rowCount(), 2);
        versions->setCurrentCell(1, 0); // version 1 (newest first)
        QTest::mouseClick(page.findChild<QPushButton *>(u"campaigns.rollback"_s), Qt::LeftButton);
        QTRY_COMPARE(versions->rowCount(), 3);
        QCOMPARE(versions->item(0, 0)->text(), u"3"_s);
        QCOMPARE(versions->item(0, 3)->text(), u"rollback to version 1"_s);
        // Back to version 2 so the other tests see it as before.
        versions->setCurrentCell(1, 0);
        QTest::mouseClick(page.findChild<QPushButton *>(u"campaigns.rollback"_s), Qt::LeftButton);
        QTRY_COMPARE(versions->rowCount(), 4);
    }

    void validationSpeaksWhileEditing()
    {
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.setDesk(m_desk.get());
        page.show();
        auto *threshold = page.editor()->findChildren<QLineEdit *>().at(1); // name, then the threshold
        auto *amount = page.editor()->findChildren<QLineEdit *>().at(2);
        threshold->setText(u"30.00"_s);
        amount->setText(u"40.00"_s);
        Q_EMIT page.editor()->edited();
        auto *issues = page.findChild<QLabel *>(u"campaigns.issues"_s);
        QTRY_VERIFY2(issues->text().contains(u"at or above the price"_s), qPrintable(issues->text()));
    }

    // Every field re-runs the validation, and only the newest answer is shown: a message never
    // outlives the edit that fixed it (the window and the voucher count were not checked again).
    void validationFollowsEveryField()
    {
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.setDesk(m_desk.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *issues = page.findChild<QLabel *>(u"campaigns.issues"_s);
        auto *editor = page.editor();
        auto *starts = editor->findChild<QDateTimeEdit *>(u"campaign.starts"_s);
        auto *ends = editor->findChild<QDateTimeEdit *>(u"campaign.ends"_s);
        QVERIFY(starts && ends);

        starts->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0)));
        ends->setDateTime(QDateTime(QDate(2020, 1, 2), QTime(0, 0)));
        QTRY_VERIFY2(issues->text().contains(u"is in the past"_s), qPrintable(issues->text()));
        // Shown in red, in the colour the label paints with (its foreground role).
        QCOMPARE(issues->palette().color(issues->foregroundRole()), QColor(0xc0, 0x39, 0x2b));
        // 11.11 2028: no other campaign then.
        ends->setDateTime(QDateTime(QDate(2028, 11, 12), QTime(0, 0)));
        starts->setDateTime(QDateTime(QDate(2028, 11, 11), QTime(0, 0)));
        QTRY_COMPARE(issues->text(), u"No problems found."_s);

        auto *type = editor->findChild<QComboBox *>(u"campaign.type"_s);
        type->setCurrentIndex(type->findData(int(campaigns::CampaignType::Voucher)));
        auto *threshold = editor->findChild<QLineEdit *>(u"campaign.threshold"_s);
        threshold->clear();
        QTest::keyClicks(threshold, u"200.00"_s);
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"campaign.faceValue"_s), u"50.00"_s);
        QTRY_VERIFY2(issues->text().contains(u"Issue between 1 and 100,000 vouchers."_s), qPrintable(issues->text()));
        editor->findChild<QSpinBox *>(u"campaign.vouchers"_s)->setValue(1'000);
        QTRY_COMPARE(issues->text(), u"No problems found."_s);

        // "1" is a budget (below one use: a check goes to the desk), "1x" is not an amount (said at
        // once): the desk's answer about "1" comes later and must not replace what is true now.
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"campaign.budget"_s), u"1x"_s);
        QVERIFY(QMetaObject::invokeMethod(m_desk.get(), [] {}, Qt::BlockingQueuedConnection));
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY2(issues->text().contains(u"“1x” is not an amount"_s), qPrintable(issues->text()));
    }

    // The 11.11 presets follow the platform's clock (the demo lives its own 11.11), not the computer's.
    void presetsFollowThePlatformClock()
    {
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        auto *starts = page.editor()->findChild<QDateTimeEdit *>(u"campaign.starts"_s);
        auto *from = page.findChildren<QDateEdit *>().value(0);
        QVERIFY(from);
        std::int64_t now = at("2031-11-11 10:00:00"); // during 11.11: that one for a new campaign
        page.setClock([&now] { return now; });
        page.newCampaign();
        QCOMPARE(starts->dateTime(), QDateTime(QDate(2031, 11, 11), QTime(0, 0)));
        QCOMPARE(from->date(), QDate(2030, 11, 11)); // the last one that has ended
        now = at("2031-11-12 00:00:01");
        page.setClock([&now] { return now; });
        page.newCampaign();
        QCOMPARE(starts->dateTime(), QDateTime(QDate(2032, 11, 11), QTime(0, 0)));
        QCOMPARE(from->date(), QDate(2031, 11, 11));
    }

    void chinese()
    {
        const QLocale chinese(u"zh_CN"_s);
        QLocale::setDefault(chinese);
        QVERIFY(!ui::installTranslators(chinese).isEmpty());
        exercise(u"zh_CN"_s);
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
