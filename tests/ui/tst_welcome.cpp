// The first-run screen with the composition root's SessionChooser against a real sandbox:
// the form's checks, "Test connection" showing a person's verdict, "Connect" saving the
// profile (QSettings, no secret) and its secrets (the secret store), and opening a saved
// profile. The secret store here is in memory; the OS keychain is tested in tst_keychain.
#include "app/console/sessionchooser.h"
#include "app/platform/connectioncheck.h"
#include "isolatedsettings.h"
#include "tests/support/sandboxprocess.h"
#include "ui/firstrun/welcomedialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

class MemorySecretStore final : public profiles::SecretStore
{
public:
    void write(const QString &key, const profiles::ProfileSecrets &secrets, Done done) override
    {
        entries[key] = secrets;
        QTimer::singleShot(0, [done] { done(core::Status()); });
    }
    void read(const QString &key, ReadDone done) override
    {
        const auto it = entries.constFind(key);
        const core::Result<profiles::ProfileSecrets> result =
            it != entries.constEnd() ? core::Result<profiles::ProfileSecrets>(*it)
                                     : core::Result<profiles::ProfileSecrets>(
                                           core::Error{QString::fromLatin1(profiles::kSecretNotFound), u"none"_s, key});
        QTimer::singleShot(0, [done, result] { done(result); });
    }
    void remove(const QString &key, Done done) override
    {
        entries.remove(key);
        QTimer::singleShot(0, [done] { done(core::Status()); });
    }
    QHash<QString, profiles::ProfileSecrets> entries;
};

ui::ShopSignIn signInFor(const test::SandboxProcess &sandbox)
{
    return ui::ShopSignIn{u"Flagship"_s,
                          sandbox.url().toString(),
                          QString::fromLatin1(sandbox.owner().appKey),
                          QString::fromLatin1(sandbox.owner().appSecret),
                          QString::fromLatin1(sandbox.owner().session),
                          QString(),
                          QString()};
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    test::SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<profiles::Profile>();
        qRegisterMetaType<platform::Credentials>();
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(m_sandbox.errorString()));
    }

    void formIsChecked()
    {
        ui::ShopSignIn s = signInFor(m_sandbox);
        auto ok = console::profileFromSignIn(s);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().first.appKey, m_sandbox.owner().appKey);
        QCOMPARE(ok.value().second.appSecret, m_sandbox.owner().appSecret);
        s.endpoint = u"https://gw.example.com"_s;
        QCOMPARE(console::profileFromSignIn(s).value().first.endpoint, u"https://gw.example.com/router/rest"_s);
        s.endpoint = u"http://gw.example.com/router/rest"_s;
        QVERIFY(!console::profileFromSignIn(s).ok());
        s = signInFor(m_sandbox);
        s.tlsSha256 = u"12:34"_s;
        QVERIFY(!console::profileFromSignIn(s).ok());
        s.tlsSha256 = QString(u"AB:"_s.repeated(31) + u"AB"_s);
        QCOMPARE(console::profileFromSignIn(s).value().first.tlsSha256, QByteArray("ab").repeated(32));
        s = signInFor(m_sandbox);
        s.storeId = u"-3"_s;
        QVERIFY(!console::profileFromSignIn(s).ok());
        s = signInFor(m_sandbox);
        s.profileName = u"  "_s;
        QVERIFY(!console::profileFromSignIn(s).ok());
    }

    void testThenConnect()
    {
        MemorySecretStore secrets;
        console::SessionChooser chooser(secrets);
        QSignalSpy chosen(&chooser, &console::SessionChooser::profileChosen);
        chooser.choose(QString(), false); // nothing configured: the welcome screen
        ui::WelcomeDialog *dialog = chooser.welcomeDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *verdict = dialog->findChild<QLabel *>(u"welcome.verdict"_s);
        auto *test = dialog->findChild<QPushButton *>(u"welcome.test"_s);
        auto *connect = dialog->findChild<QPushButton *>(u"welcome.connect"_s);
        QVERIFY(verdict && test && connect);

        ui::ShopSignIn wrong = signInFor(m_sandbox);
        wrong.appSecret = QString(32, u'f');
        dialog->setSignIn(wrong);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!test->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30'000);
        QCOMPARE(verdict->text(), platform::describe({platform::ConnectionVerdict::Kind::WrongSecret, 0, 0, {}}));
        QVERIFY(verdict->toolTip().contains(u"isv.signature-mismatch"_s));
        QCOMPARE(chosen.size(), 0);
        QVERIFY(secrets.entries.isEmpty()); // a test saves nothing

        dialog->setSignIn(signInFor(m_sandbox));
        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, 30'000);
        const auto profile = chosen.constFirst().constFirst().value<profiles::Profile>();
        const auto credentials = chosen.constFirst().constLast().value<platform::Credentials>();
        QCOMPARE(profile.name, u"Flagship"_s);
        QCOMPARE(credentials.appSecret, m_sandbox.owner().appSecret);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(secrets.entries.value(profiles::secretKeyOf(u"Flagship"_s)).session, m_sandbox.owner().session);

        QSettings settings;
        QCOMPARE(profiles::currentProfile(settings), u"Flagship"_s);
        QCOMPARE(profiles::readProfiles(settings), QList<profiles::Profile>{profile});
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(m_sandbox.owner().appKey));
        QVERIFY(!written.contains(m_sandbox.owner().appSecret));
        QVERIFY(!written.contains(m_sandbox.owner().session));
    }

    // The next start opens the profile used last, its secrets from the store.
    void opensTheCurrentProfile()
    {
        MemorySecretStore secrets;
        secrets.entries[profiles::secretKeyOf(u"Flagship"_s)] = {m_sandbox.owner().appSecret,
                                                                  m_sandbox.owner().session};
        console::SessionChooser chooser(secrets);
        QSignalSpy chosen(&chooser, &console::SessionChooser::profileChosen);
        QSignalSpy failed(&chooser, &console::SessionChooser::failed);
        chooser.choose(QString(), false);
        QVERIFY(!chooser.welcomeDialog());
        QTRY_COMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constLast().value<platform::Credentials>().session, m_sandbox.owner().session);
        chooser.choose(u"No such shop"_s, false);
        QTRY_COMPARE(failed.size(), 1);
        secrets.entries.clear(); // the keychain lost them: said, not guessed
        chooser.choose(u"Flagship"_s, false);
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed.constLast().constFirst().toString().contains(u"keychain"_s));
    }

    void demo()
    {
        MemorySecretStore secrets;
        console::SessionChooser chooser(secrets);
        QSignalSpy demo(&chooser, &console::SessionChooser::demoChosen);
        chooser.choose(QString(), true);
        auto *button = chooser.welcomeDialog()->findChild<QPushButton *>(u"welcome.demo"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
