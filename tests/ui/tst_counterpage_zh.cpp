// The Counter page in Simplified Chinese: the answer, the refusal reasons, the terms' captions
// and the queue speak Chinese; screenshots test-output/ui/counter-zh_CN-{accepted,refused}.png.
#include "tests/support/testdata.h"
#include "tests/ui/fakecounterservice.h"
#include "tests/ui/hantext.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/counter/codeinput.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/resultbanner.h"
#include "ui/settingskeys.h"
#include "ui/uilanguage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using mc::test::hasHan;
using mc::vouchers::Refusal;

class TestCounterPageChinese : public QObject
{
    Q_OBJECT

    mc::test::IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        const QLocale chinese(u"zh_CN"_s);
        QLocale::setDefault(chinese);
        QVERIFY(!mc::ui::installTranslators(chinese).isEmpty());
    }

    void counterSpeaksChinese()
    {
        mc::ui::writeSetting(mc::ui::settings::kCounterOperator, u"李娜"_s);
        mc::ui::CounterPage page(u"卡券"_s, u"在门店柜台核销卡券。"_s);
        mc::test::FakeCounterService service;
        page.setLocations({{101, mc::core::LocationKind::Store, u"静安店"_s, {}, {}, 0}});
        page.setCounterService(&service);
        page.resize(1280, 820);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        mc::vouchers::RedemptionRecord pending;
        pending.serial = u"0193a0c4-7f00-7000-8000-000000000009"_s;
        pending.voucherId = "V-B0007";
        pending.operatorName = u"李娜"_s;
        pending.faceValueFen = 5000;
        pending.redeemedMs = 1731290400000;
        Q_EMIT service.queueChanged({pending}, 1);
        auto *banner = page.findChild<mc::ui::ResultBanner *>();

        const QString code = QString::fromLatin1(mc::test::sampleVoucherCode());
        page.codeInput()->setText(code);
        QTest::keyClick(page.codeInput(), Qt::Key_Return);
        QCOMPARE(banner->kind(), mc::ui::ResultBanner::Kind::Accepted);
        for (const QString &name : {u"counter.result.headline"_s, u"counter.result.detail"_s, u"counter.validity"_s,
                                    u"counter.usesLeft"_s, u"counter.queue.pending"_s}) {
            const auto *label = page.findChild<QLabel *>(name);
            QVERIFY2(label && hasHan(label->text()), qPrintable(name + u": "_s + (label ? label->text() : QString())));
        }
        QVERIFY(hasHan(page.findChild<QPushButton *>(u"counter.redeem"_s)->text()));
        QVERIFY(hasHan(page.findChild<QTableView *>()->model()->headerData(0, Qt::Horizontal).toString()));
        QTest::qWait(20); // the layouts settle
        QVERIFY(page.grab().save(mc::test::outputPath(u"ui/counter-zh_CN-accepted.png"_s)));

        for (const Refusal refusal :
             {Refusal::Malformed, Refusal::UnknownKey, Refusal::BadSignature, Refusal::NotYetValid, Refusal::Expired,
              Refusal::WrongStore, Refusal::UsedUp, Refusal::Revoked}) {
            service.answer = refusal;
            QTest::keyClick(page.codeInput(), Qt::Key_Return);
            QCOMPARE(banner->kind(), mc::ui::ResultBanner::Kind::Refused);
            QVERIFY2(hasHan(banner->headline()) && hasHan(banner->detail()), qPrintable(banner->detail()));
        }
        QTest::qWait(20);
        QVERIFY(page.grab().save(mc::test::outputPath(u"ui/counter-zh_CN-refused.png"_s)));
    }
};

QTEST_MAIN(TestCounterPageChinese)
#include "tst_counterpage_zh.moc"
