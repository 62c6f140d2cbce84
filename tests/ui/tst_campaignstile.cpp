// The dashboard's Campaigns tile driven offscreen with hand-built snapshots: hidden without
// campaigns; the three costliest shown with today's orders and cost online and in store and
// the cost to date against the budget (amber from 80 %, red once spent); the privacy mask
// hides every amount; the page still fits a 1024-pixel screen with the tile shown, in normal
// and big-screen type. Saves test-output/ui/dashboard-campaigns.png.
#include "app/core/money.h"
#include "tests/support/testdata.h"
#include "tests/ui/dashboardsnapshots.h"
#include "ui/dashboard/accentlabel.h"
#include "ui/dashboard/campaignstile.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

QString money(std::int64_t fen) { return core::Money::fromMinor(fen).toDisplayString(QLocale()); }

core::CampaignToday campaign(const char *id, const char *name, core::CampaignChannelToday online,
                             core::CampaignChannelToday inStore, std::int64_t toDate, std::int64_t budget)
{
    core::CampaignToday c;
    c.campaignId = QString::fromLatin1(id);
    c.name = QString::fromUtf8(name);
    c.online = online;
    c.inStore = inStore;
    c.costToDateFen = toDate;
    c.budgetFen = budget;
    c.live = true;
    return c;
}

} // namespace

class TestCampaignsTile : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::DashboardPage> m_page;

    ui::CampaignsTile *tile() const { return m_page->findChild<ui::CampaignsTile *>(); }
    QString text(const QString &name) const
    {
        const auto *l = m_page->findChild<QLabel *>(name);
        return l && l->isVisibleTo(m_page.get()) ? l->text() : QString();
    }

    metrics::DaySnapshot withCampaigns() const
    {
        metrics::DaySnapshot s = test::daySnapshot(3);
        s.campaigns = {campaign("c-1111", "双11 每满300减40", {820, 3'280'000}, {34, 136'000}, 4'900'000, 5'000'000),
                       campaign("c-store", "Store week 15 % off", {0, 0}, {120, 96'050}, 96'050, 10'000'000),
                       campaign("c-over", "Flash sale", {12, 24'000}, {0, 0}, 600'100, 600'000),
                       campaign("c-quiet", "Not used yet", {0, 0}, {0, 0}, 0, 0)};
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!ui::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)).isEmpty()); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_page = std::make_unique<ui::DashboardPage>(u"Dashboard"_s, u"Today's sales at a glance."_s);
        m_page->resize(1440, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void hiddenWithoutCampaigns()
    {
        m_page->showSnapshot(test::daySnapshot(3));
        QVERIFY(tile());
        QVERIFY(!tile()->isVisible());
    }

    void showsTheCostliestThree()
    {
        const metrics::DaySnapshot s = withCampaigns();
        m_page->showSnapshot(s);
        QTRY_VERIFY(tile()->isVisible());
        std::int64_t total = 0;
        for (const auto &c : s.campaigns)
            total += c.discountTodayFen();
        QCOMPARE(text(u"dashboard.campaigns.value"_s), money(total));
        QCOMPARE(text(u"dashboard.campaigns.note"_s), u"discount given in 986 uses · 4 campaigns live"_s);
        QCOMPARE(text(u"dashboard.campaigns.row0.name"_s), u"双11 每满300减40"_s);
        QCOMPARE(text(u"dashboard.campaigns.row0.online"_s), u"820 orders · "_s + money(3'280'000));
        QCOMPARE(text(u"dashboard.campaigns.row0.store"_s), u"34 orders · "_s + money(136'000));
        QCOMPARE(text(u"dashboard.campaigns.row0.budget"_s), money(4'900'000) + u" of "_s + money(5'000'000) + u" (98%)"_s);
        QCOMPARE(text(u"dashboard.campaigns.row1.store"_s), u"120 orders · "_s + money(96'050));
        QCOMPARE(text(u"dashboard.campaigns.row2.online"_s), u"12 orders · "_s + money(24'000));
        QVERIFY(text(u"dashboard.campaigns.row3.name"_s).isEmpty()); // three rows at most
        auto accent = [&](int row) {
            return m_page->findChild<ui::AccentLabel *>(u"dashboard.campaigns.row%1.budget"_s.arg(row))->accent();
        };
        QCOMPARE(accent(0), std::optional(ui::Accent::Warning));
        QCOMPARE(accent(1), std::nullopt);
        QCOMPARE(accent(2), std::optional(ui::Accent::Alert));
        const QLabel *spent = m_page->findChild<QLabel *>(u"dashboard.campaigns.row2.budget"_s);
        QCOMPARE(spent->palette().color(QPalette::WindowText), ui::accentColor(ui::Accent::Alert, spent->palette()));
        // The colour the label paints with: inside the dashboard's scroll area (a Base background)
        // a label's foreground role is Text, not WindowText; the accent showed black there.
        QCOMPARE(spent->foregroundRole(), QPalette::Text);
        QCOMPARE(spent->palette().color(spent->foregroundRole()), ui::accentColor(ui::Accent::Alert, spent->palette()));
        QVERIFY(m_page->grab().save(test::outputPath(u"ui/dashboard-campaigns.png"_s)));

        // Fewer campaigns later: the extra rows go, nothing is left behind.
        metrics::DaySnapshot one = s;
        one.campaigns = {s.campaigns[3]};
        m_page->showSnapshot(one);
        QCOMPARE(text(u"dashboard.campaigns.row0.name"_s), u"Not used yet"_s);
        QCOMPARE(text(u"dashboard.campaigns.row0.budget"_s), money(0) + u" · no cap"_s);
        QVERIFY(text(u"dashboard.campaigns.row1.name"_s).isEmpty());
    }

    void maskHidesEveryAmount()
    {
        m_page->showSnapshot(withCampaigns());
        m_page->setMoneyMasked(true);
        const QRegularExpression amount(u"(¥|CNY)\\s*[0-9]"_s);
        for (const QLabel *l : tile()->findChildren<QLabel *>())
            QVERIFY2(!l->isVisibleTo(m_page.get()) || !l->text().contains(amount), qPrintable(l->text()));
        QVERIFY(text(u"dashboard.campaigns.row0.online"_s).startsWith(u"820 orders"_s));
    }

    void fitsA1024PixelScreen()
    {
        m_page->showSnapshot(withCampaigns());
        for (bool big : {false, true}) {
            m_page->setBigScreen(big);
            QVERIFY2(m_page->minimumSizeHint().width() <= 990,
                     qPrintable(u"minimum width %1"_s.arg(m_page->minimumSizeHint().width())));
            m_page->resize(990, 700);
            QTRY_VERIFY(tile()->width() <= 990);
        }
    }
};

QTEST_MAIN(TestCampaignsTile)
#include "tst_campaignstile.moc"
