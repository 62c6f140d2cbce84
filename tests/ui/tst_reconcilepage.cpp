// The Reconciliation page driven offscreen against the real day-close service (DayCloseDesk
// on a temporary data folder, no platform): a store's day with a pending and a refused
// redemption shows its totals and drill-down; a resolution entered in the dialog is
// recorded and shown; sign-off locks the day (resolve disabled, reopen enabled); reopening
// needs a reason; CSV and PDF are written; a store manager's console cannot pick another
// store. Screenshots in English and Chinese: test-output/ui/reconcile-{en,zh_CN}.png.
#include "app/core/clock.h"
#include "app/core/location.h"
#include "app/reconcile/dayclosedesk.h"
#include "app/vouchers/redemptionbook.h"
#include "tests/support/testdata.h"
#include "ui/reconcile/reconcileitemsmodel.h"
#include "ui/reconcile/reconcilepage.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using mc::reconcile::Category;

namespace {
const QDate kDay(2025, 11, 11);
}

class TestReconcilePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<mc::core::ManualClock> m_clock;
    std::unique_ptr<mc::reconcile::DayCloseDesk> m_desk;
    std::unique_ptr<mc::ui::ReconcilePage> m_page;

    bool m_sawFiguresFirst = false; // a report came without the chain's verdict, then with it
    template<typename T> T *child(const QString &name) const { return m_page->findChild<T *>(name); }

    void newPage()
    {
        m_page = std::make_unique<mc::ui::ReconcilePage>(u"Reconciliation"_s, u"Day close"_s);
        m_page->resize(1100, 700);
        m_page->lockToStore(1001);
        m_page->setDay(kDay);
        m_page->setReconcileService(m_desk.get());
        m_page->show();
    }
    bool reconcileNow()
    {
        QSignalSpy shown(m_page.get(), &mc::ui::ReconcilePage::reportShown);
        m_page->reconcile();
        // The first report of the desk shows the figures before the chain's verdict (nothing
        // can be signed or exported until it is in); a second one follows with it.
        if (!shown.isEmpty() || shown.wait(5000)) {
            if (!m_page->report().chain.checked) {
                m_sawFiguresFirst = true;
                if (child<QPushButton>(u"reconcile.signOff"_s)->isEnabled() ||
                    child<QPushButton>(u"reconcile.pdf"_s)->isEnabled())
                    return false;
            }
        }
        return QTest::qWaitFor([&] { return !shown.isEmpty() && m_page->report().chain.checked; }, 5000);
    }
    // Fills the modal dialog that `open` shows, then presses OK.
    void answerDialog(const std::function<void()> &open, const QString &manager, const QString &note,
                      int kindIndex = -1)
    {
        QTimer::singleShot(0, this, [=] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"reconcile.manager"_s)->setText(manager);
            if (auto *edit = dialog->findChild<QPlainTextEdit *>(u"reconcile.note"_s))
                edit->setPlainText(note);
            if (kindIndex >= 0)
                dialog->findChild<QComboBox *>(u"reconcile.kind"_s)->setCurrentIndex(kindIndex);
            dialog->accept();
        });
        open();
    }
    int totalCount(Category c) const
    {
        return child<QTableWidget>(u"reconcile.totals"_s)->item(static_cast<int>(c), 1)->text().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<mc::core::ManualClock>(mc::reconcile::DayScope{1001, kDay}.startMs() + 36'000'000);
        auto book = mc::vouchers::RedemptionBook::open(m_dir.path(), *m_clock);
        QVERIFY(book);
        for (int i = 0; i < 2; ++i) {
            mc::vouchers::RedemptionRecord r;
            r.code = "MCV1.page" + QByteArray::number(i);
            r.voucherId = "v-page-" + QByteArray::number(i);
            r.storeId = 1001;
            r.operatorName = u"Li Na"_s;
            r.faceValueFen = 2000 + 500 * i;
            r.redeemedMs = m_clock->nowMs();
            auto recorded = book.value()->record(r);
            QVERIFY(recorded);
            if (i == 1) {
                auto refused = recorded.value();
                refused.state = mc::vouchers::UploadState::Refused;
                refused.platformMessage = u"isv.eticket-store-not-allowed"_s;
                QVERIFY(book.value()->update(refused));
            }
        }
        book.value().reset();
        m_clock->setMs(m_clock->nowMs() + 2 * 86'400'000LL);
        m_desk = std::make_unique<mc::reconcile::DayCloseDesk>(m_dir.path(), *m_clock, nullptr);
        newPage();
    }

    void showsTotalsAndDrillDown()
    {
        QVERIFY(!child<QPushButton>(u"reconcile.csv"_s)->isEnabled());
        QVERIFY(reconcileNow());
        QVERIFY(m_sawFiguresFirst); // the desk's first report: figures, then the chain's verdict
        QVERIFY(child<QPushButton>(u"reconcile.csv"_s)->isEnabled());
        QCOMPARE(totalCount(Category::PendingUpload), 1);
        QCOMPARE(totalCount(Category::RefusedByPlatform), 1);
        QCOMPARE(totalCount(Category::Matched), 0);
        auto *items = child<QTableView>(u"reconcile.items"_s);
        QCOMPARE(items->model()->rowCount(), 2); // every discrepancy
        child<QTableWidget>(u"reconcile.totals"_s)->selectRow(static_cast<int>(Category::RefusedByPlatform));
        QCOMPARE(items->model()->rowCount(), 1);
        QVERIFY(items->model()->index(0, mc::ui::ReconcileItemsModel::Detail).data().toString().contains(u"store-not-allowed"_s));
        items->selectRow(0);
        QVERIFY2(child<QLabel>(u"reconcile.history"_s)->text().contains(u"Counter: redeemed by Li Na"_s),
                 qPrintable(child<QLabel>(u"reconcile.history"_s)->text()));
        QVERIFY(child<QLabel>(u"reconcile.status"_s)->text().contains(u"intact"_s));
        QVERIFY(!child<QComboBox>(u"reconcile.store"_s)->isEnabled()); // a store manager's console
    }

    void resolutionIsRecordedAndShown()
    {
        auto *items = child<QTableView>(u"reconcile.items"_s);
        items->selectRow(0);
        QVERIFY(child<QPushButton>(u"reconcile.resolve"_s)->isEnabled());
        QSignalSpy shown(m_page.get(), &mc::ui::ReconcilePage::reportShown);
        answerDialog([this] { m_page->resolveSelected(); }, u"Wang"_s, u"customer paid cash"_s, 1);
        QVERIFY(!shown.isEmpty() || shown.wait(5000));
        QCOMPARE(m_page->report().state.resolutions.size(), 1);
        QCOMPARE(m_page->report().state.resolutions.first().kind, u"write-off"_s);
        QVERIFY(items->model()->index(0, mc::ui::ReconcileItemsModel::Resolution).data().toString().contains(u"Wang"_s));
    }

    void signOffLocksAndReopenNeedsAReason()
    {
        QSignalSpy shown(m_page.get(), &mc::ui::ReconcilePage::reportShown);
        answerDialog([this] { m_page->signOff(); }, u"Wang"_s, {});
        QVERIFY(!shown.isEmpty() || shown.wait(5000));
        QVERIFY(m_page->report().state.signedOff);
        QVERIFY(!child<QPushButton>(u"reconcile.signOff"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"reconcile.reopen"_s)->isEnabled());
        child<QTableView>(u"reconcile.items"_s)->selectRow(0);
        QVERIFY(!child<QPushButton>(u"reconcile.resolve"_s)->isEnabled());
        QVERIFY(child<QLabel>(u"reconcile.status"_s)->text().contains(u"Signed off by Wang"_s));
        QVERIFY(m_page->grab().save(mc::test::outputPath(u"ui/reconcile-en.png"_s)));
        // Without a reason the dialog's OK stays disabled.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"reconcile.manager"_s)->setText(u"Li"_s);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->reject();
        });
        m_page->reopen();
        QVERIFY(m_page->report().state.signedOff);
        answerDialog([this] { m_page->reopen(); }, u"Li"_s, u"a receipt was found"_s);
        QTRY_VERIFY(!m_page->report().state.signedOff);
        QCOMPARE(m_page->report().state.reopenings, 1);
    }

    void exportsCsvAndPdf()
    {
        const QString csv = m_dir.filePath(u"day.csv"_s);
        const QString pdf = m_dir.filePath(u"day.pdf"_s);
        QVERIFY(m_page->saveCsv(csv));
        QVERIFY(m_page->savePdf(pdf));
        QFile c(csv), p(pdf);
        QVERIFY(c.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF") && bytes.contains("\r\n") && bytes.contains("20.00"));
        QVERIFY(p.readAll().startsWith("%PDF"));
    }

    void headOfficeSeesEveryStore()
    {
        mc::ui::ReconcilePage office(u"Reconciliation"_s, u"Day close"_s);
        office.lockToStore(0);
        mc::core::Location store{1001, mc::core::LocationKind::Store, u"West Lake"_s, {}, {}, 0};
        office.setLocations({store});
        office.setDay(kDay);
        office.setReconcileService(m_desk.get());
        office.show();
        QSignalSpy shown(&office, &mc::ui::ReconcilePage::reportShown);
        office.reconcile();
        QVERIFY(!shown.isEmpty() || shown.wait(5000));
        auto *stores = office.findChild<QTableWidget *>(u"reconcile.stores"_s);
        QVERIFY(stores->isVisible());
        QCOMPARE(stores->rowCount(), 1);
        QVERIFY(stores->item(0, 0)->text().contains(u"West Lake"_s));
        QCOMPARE(stores->item(0, 1)->text(), u"2"_s);
        QVERIFY(!office.findChild<QPushButton *>(u"reconcile.signOff"_s)->isEnabled()); // per store only
        // Double-click a store: its own day, where it can be signed off.
        shown.clear();
        Q_EMIT stores->cellDoubleClicked(0, 0);
        QVERIFY(!shown.isEmpty() || shown.wait(5000));
        QCOMPARE(office.storeId(), 1001);
        QVERIFY(!stores->isVisible());
    }

    void speaksChinese()
    {
        const QLocale chinese(u"zh_CN"_s);
        QLocale::setDefault(chinese);
        QVERIFY(!mc::ui::installTranslators(chinese).isEmpty());
        newPage();
        QVERIFY(reconcileNow());
        QCOMPARE(child<QTableWidget>(u"reconcile.totals"_s)->horizontalHeaderItem(0)->text(), u"类别"_s);
        QVERIFY(child<QLabel>(u"reconcile.status"_s)->text().contains(u"哈希链"_s));
        QVERIFY(m_page->grab().save(mc::test::outputPath(u"ui/reconcile-zh_CN.png"_s)));
    }
};

QTEST_MAIN(TestReconcilePage)
#include "tst_reconcilepage.moc"
