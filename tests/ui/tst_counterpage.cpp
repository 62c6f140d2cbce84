// The Counter page driven offscreen against an in-test CounterService: Enter checks, the
// voucher's terms and every refusal show in words, Ctrl+Enter redeems under the operator on
// duty (remembered in settings), the queue shows its counts and Retry asks for the upload,
// alerts show, the QR code on screen decodes with zbarimg to the exact code, a QR image
// (opened or dropped) fills the input, the receipt saves as PDF. Screenshots:
// test-output/ui/counter-en-*.png.
#include "app/core/money.h"
#include "tests/support/testdata.h"
#include "tests/ui/fakecounterservice.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/counter/codeinput.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/qrcode.h"
#include "ui/counter/queuepanel.h"
#include "ui/counter/redemptionqueuemodel.h"
#include "ui/counter/resultbanner.h"
#include "ui/counter/voucherpanel.h"
#include "ui/settingskeys.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mc::test::FakeCounterService;
using mc::ui::CounterPage;
using mc::ui::ResultBanner;
using mc::vouchers::Refusal;
using mc::vouchers::UploadState;

Q_DECLARE_METATYPE(mc::vouchers::Refusal)

namespace {
mc::vouchers::RedemptionRecord record(const QString &serial, UploadState state, const QString &message = QString())
{
    mc::vouchers::RedemptionRecord r;
    r.serial = serial;
    r.code = mc::test::sampleVoucherCode();
    r.voucherId = "V-" + serial.toLatin1();
    r.storeId = 101;
    r.operatorName = u"Li Na"_s;
    r.faceValueFen = 5000;
    r.redeemedMs = 1731290400000;
    r.state = state;
    r.platformMessage = message;
    return r;
}
} // namespace

class TestCounterPage : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QString text(const QString &label) const { return child<QLabel>(label)->text(); }
    ResultBanner *result() const { return m_page->findChild<ResultBanner *>(); }
    mc::ui::CodeInput *input() const { return m_page->codeInput(); }
    mc::ui::QueuePanel *queue() const { return m_page->findChild<mc::ui::QueuePanel *>(); }

    // Types the code as a scanner does, then Enter.
    void scan(const QByteArray &code)
    {
        input()->clear();
        QTest::keyClicks(input(), QString::fromLatin1(code));
        QTest::keyClick(input(), Qt::Key_Return);
    }
    void saveShot(const QString &name)
    {
        QTest::qWait(20); // the layouts settle as they would between two scans
        QVERIFY(m_page->grab().save(mc::test::outputPath(u"ui/counter-en-%1.png"_s.arg(name))));
    }

    mc::test::IsolatedSettings m_settings;
    std::unique_ptr<CounterPage> m_page;
    std::unique_ptr<FakeCounterService> m_service;
    const QByteArray m_code = mc::test::sampleVoucherCode();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        mc::ui::writeSetting(mc::ui::settings::kCounterOperator, u"Li Na"_s);
        m_page = std::make_unique<CounterPage>(u"Vouchers"_s, u"Voucher redemption at the store counter."_s);
        m_service = std::make_unique<FakeCounterService>();
        m_page->setLocations({{101, mc::core::LocationKind::Store, u"Jing'an store"_s, {}, {}, 0}});
        m_page->setCounterService(m_service.get());
        m_page->resize(1280, 820);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_service.reset();
    }

    void withoutServiceSaysSoPlainly()
    {
        m_page->setCounterService(nullptr);
        QVERIFY(child<QLabel>(u"counter.unavailable"_s)->isVisible());
        QVERIFY(text(u"counter.unavailable"_s).contains(u"--counter-store"_s));
        QVERIFY(!input()->isVisible());
        saveShot(u"unavailable"_s);
    }

    void namesTheStoreItRedeemsFor()
    {
        QCOMPARE(text(u"counter.store"_s), u"Counter of Jing'an store"_s);
        m_page->setLocations({}); // names not loaded (yet): the id, never a blank
        QCOMPARE(text(u"counter.store"_s), u"Counter of Store 101"_s);
    }

    void enterChecksAndShowsTheVoucher()
    {
        QCOMPARE(m_service->queueRefreshes, 1);
        QTRY_VERIFY(input()->hasFocus());
        scan(m_code);
        QCOMPARE(m_service->checked, QList<QByteArray>{m_code});
        QCOMPARE(result()->kind(), ResultBanner::Kind::Accepted);
        QCOMPARE(result()->headline(), u"✔ Valid: "_s + mc::core::Money::fromMinor(123456).toDisplayString());
        QCOMPARE(text(u"counter.faceValue"_s), u"¥1,234.56"_s);
        QCOMPARE(text(u"counter.usesLeft"_s), u"2 of 3"_s);
        QCOMPARE(text(u"counter.validity"_s), u"2024-11-11 00:00 – 2024-11-30 23:59 (Beijing time)"_s);
        QCOMPARE(text(u"counter.stores"_s), u"Jing'an store"_s);
        QCOMPARE(text(u"counter.campaign"_s), u"C-1111"_s);
        QVERIFY(child<QPushButton>(u"counter.redeem"_s)->isEnabled());
        QVERIFY(input()->hasFocus()); // the next shopper's scan goes straight in
        QCOMPARE(input()->selectedText(), QString::fromLatin1(m_code));
        saveShot(u"accepted"_s);
    }

    void everyRefusalInWords_data()
    {
        QTest::addColumn<Refusal>("refusal");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed") << Refusal::Malformed << u"not a voucher code"_s;
        QTest::newRow("unknown key") << Refusal::UnknownKey << u"key this console does not know"_s;
        QTest::newRow("signature") << Refusal::BadSignature << u"signature does not match"_s;
        QTest::newRow("not yet valid") << Refusal::NotYetValid
                                       << u"Not valid yet: the voucher is valid from 2024-11-11 00:00"_s;
        QTest::newRow("expired") << Refusal::Expired << u"Expired: the voucher was valid until 2024-11-30 23:59"_s;
        QTest::newRow("wrong store") << Refusal::WrongStore << u"Not for this store"_s;
        QTest::newRow("used up") << Refusal::UsedUp << u"Used up"_s;
        QTest::newRow("revoked") << Refusal::Revoked << u"Revoked: the voucher was refunded"_s;
    }

    void everyRefusalInWords()
    {
        QFETCH(Refusal, refusal);
        QFETCH(QString, words);
        m_service->answer = refusal;
        scan(m_code);
        QCOMPARE(result()->kind(), ResultBanner::Kind::Refused);
        QCOMPARE(result()->headline(), u"✖ Refused"_s);
        QVERIFY2(result()->detail().contains(words), qPrintable(result()->detail()));
        QVERIFY(!child<QPushButton>(u"counter.redeem"_s)->isEnabled());
        // Terms are shown only once the signature verified.
        const bool signed_ =
            refusal != Refusal::Malformed && refusal != Refusal::UnknownKey && refusal != Refusal::BadSignature;
        QCOMPARE(child<QLabel>(u"counter.faceValue"_s)->isVisible(), signed_);
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_service->redeemed.isEmpty());
        if (refusal == Refusal::Expired)
            saveShot(u"refused"_s);
    }

    void ctrlEnterRedeemsUnderTheOperator()
    {
        scan(m_code);
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_service->redeemed.size(), 1);
        QCOMPARE(m_service->redeemed.constFirst().first, m_code);
        QCOMPARE(m_service->redeemed.constFirst().second, u"Li Na"_s);
        QCOMPARE(result()->kind(), ResultBanner::Kind::Accepted);
        QVERIFY(result()->headline().startsWith(u"✔ Redeemed"_s));
        QCOMPARE(text(u"counter.usesLeft"_s), u"1 of 3"_s);
        QCOMPARE(queue()->model()->rowCount(), 1);
        // Once only: a second Ctrl+Enter does nothing until the next check.
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_service->redeemed.size(), 1);
        saveShot(u"redeemed"_s);

        const QString pdf = mc::test::outputPath(u"ui/counter-receipt.pdf"_s);
        QVERIFY(m_page->saveReceiptPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
    }

    void operatorIsRememberedAndRequired()
    {
        auto *field = child<QLineEdit>(u"counter.operator"_s);
        QCOMPARE(field->text(), u"Li Na"_s);
        field->clear();
        QTest::keyClicks(field, u"Wang Fang"_s);
        QCOMPARE(mc::ui::readSetting(mc::ui::settings::kCounterOperator), u"Wang Fang"_s);
        field->clear();
        input()->setFocus();
        scan(m_code);
        QVERIFY(!child<QPushButton>(u"counter.redeem"_s)->isEnabled());
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_service->redeemed.isEmpty());
        QVERIFY(result()->detail().contains(u"operator on duty"_s));
    }

    void queueShowsCountsAndRetries()
    {
        Q_EMIT m_service->queueChanged({record(u"p1"_s, UploadState::Pending, u"offline"_s),
                                        record(u"p2"_s, UploadState::Pending), record(u"c1"_s, UploadState::Confirmed),
                                        record(u"x1"_s, UploadState::Conflict, u"isv.eticket-exhausted"_s)},
                                       2);
        QCOMPARE(text(u"counter.queue.pending"_s), u"Waiting for upload: 2"_s);
        QCOMPARE(text(u"counter.queue.conflicts"_s), u"Conflicts: 1"_s);
        auto *view = child<QTableView>(u"counter.queue.list"_s);
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->index(3, mc::ui::RedemptionQueueModel::State).data().toString(),
                 u"Conflict: used elsewhere first (isv.eticket-exhausted)"_s);
        auto *retry = child<QPushButton>(u"counter.queue.retry"_s);
        QVERIFY(!retry->isEnabled());
        view->selectRow(2); // confirmed: nothing to retry
        QVERIFY(!retry->isEnabled());
        view->selectRow(0);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(m_service->retried, QStringList{u"p1"_s});
        QTest::keyClick(input(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_service->retried, (QStringList{u"p1"_s, u"p1"_s}));

        Q_EMIT m_service->redemptionUpdated(record(u"p1"_s, UploadState::Confirmed));
        QCOMPARE(text(u"counter.queue.pending"_s), u"Waiting for upload: 1"_s);
        QCOMPARE(view->model()->index(0, mc::ui::RedemptionQueueModel::State).data().toString(),
                 u"Confirmed by the platform"_s);

        Q_EMIT m_service->alert(u"Voucher V-x1 was used up at another store first."_s);
        auto *alert = m_page->findChild<QWidget *>(u"counter.alert"_s);
        QVERIFY(alert->isVisible());
        QVERIFY(m_page->findChild<QLabel *>(u"errorBanner.text"_s)->text().contains(u"another store"_s));
        scan(m_code);
        saveShot(u"queue"_s);
    }

    void qrOnScreenDecodesToTheExactCode()
    {
        scan(m_code);
        const QString png = mc::test::outputPath(u"ui/counter-qr.png"_s);
        auto *qr = child<QLabel>(u"counter.qr"_s);
        QVERIFY(qr->isVisible());
        QVERIFY(qr->grab().save(png));
        QCOMPARE(mc::ui::QrCode::decode(QImage(png)), QList<QByteArray>{m_code});
        const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (Debian package zbar-tools) is not installed");
        QProcess process;
        process.start(zbarimg, {u"--raw"_s, u"-q"_s, png});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), m_code);
    }

    void qrImageOpenedOrDroppedIsChecked()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"voucher.png"_s);
        const QByteArray other = mc::test::sampleVoucherCode('B');
        QVERIFY(mc::ui::QrCode::render(other, 6).save(png));
        m_page->openQrImage(png);
        QCOMPARE(m_service->checked, QList<QByteArray>{other});
        QCOMPARE(input()->text(), QString::fromLatin1(other));

        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(png)});
        const QPoint at = input()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(input(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(input(), &drop);
        QCOMPARE(m_service->checked.size(), 2);
        delete mime;

        const QString blank = dir.filePath(u"blank.png"_s);
        QImage white(200, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        m_page->openQrImage(blank);
        QCOMPARE(m_service->checked.size(), 2);
        QCOMPARE(result()->headline(), u"✖ No QR code found"_s);
    }
};

QTEST_MAIN(TestCounterPage)
#include "tst_counterpage.moc"
