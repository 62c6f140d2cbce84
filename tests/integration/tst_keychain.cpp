// Secrets through a real Secret Service: the test starts a private D-Bus session with
// dbus-run-session and a gnome-keyring-daemon unlocked with a throw-away password, in a
// throw-away HOME, and runs its checks inside it (the same binary, with MC_KEYCHAIN_INSIDE
// set). Skipped only when dbus-run-session or gnome-keyring-daemon is not installed
// (packaging/linux/install-build-deps.sh installs both).
#include "app/platform/credentials.h"
#include "app/profiles/keychainsecretstore.h"
#include "app/profiles/profile.h"
#include "app/storage/datafolder.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kInside = "MC_KEYCHAIN_INSIDE";

// Waits for an asynchronous keychain call; the keychain answers over D-Bus.
template<typename T, typename Call> std::optional<T> await(Call call)
{
    std::optional<T> result;
    QEventLoop loop;
    call([&](const T &value) {
        result = value;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

// Files under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found << f.fileName();
    }
    return found;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kInside))
            return;
        const QString dbus = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (dbus.isEmpty() || keyring.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed "
                  "(packaging/linux/install-build-deps.sh installs dbus and gnome-keyring)");
    }

    // Outside: run this binary again inside a private session bus with its own keyring.
    void insidePrivateSecretService()
    {
        if (qEnvironmentVariableIsSet(kInside))
            QSKIP("already inside the private session");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir(home.path()).mkpath(u"run"_s);
        QFile::setPermissions(home.filePath(u"run"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kInside), u"1"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
        env.insert(u"XDG_CURRENT_DESKTOP"_s, u"GNOME"_s); // QtKeychain: use the Secret Service
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(u"dbus-run-session"_s,
                    {u"--"_s, u"sh"_s, u"-c"_s,
                     u"printf 'throw-away' | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                     "&& exec \"$0\" secretsRoundTrip secretsStayOutOfFiles"_s,
                     QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(120'000));
        const QByteArray out = child.readAll();
        qInfo().noquote() << "inside the private session:\n" << out;
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(out.contains("Totals: 4 passed, 0 failed, 0 skipped"));
        // The keyring files hold the secret encrypted, never in the clear.
        QVERIFY(QDir(home.filePath(u"data/keyrings"_s)).exists());
        QCOMPARE(filesContaining(home.path(), kSecret), QStringList());
    }

    void secretsRoundTrip()
    {
        if (!qEnvironmentVariableIsSet(kInside))
            QSKIP("runs inside the private session (insidePrivateSecretService)");
        profiles::KeychainSecretStore store(u"Merchant Console test"_s);
        const QString key = profiles::secretKeyOf(u"Flagship 旗舰店"_s);
        auto wrote = await<core::Status>([&](auto done) { store.write(key, {kSecret, kSession}, done); });
        QVERIFY(wrote);
        QVERIFY2(wrote->ok(), qPrintable(wrote->error().toString()));
        auto read = await<core::Result<profiles::ProfileSecrets>>([&](auto done) { store.read(key, done); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().toString()));
        QCOMPARE(read->value().appSecret, kSecret);
        QCOMPARE(read->value().session, kSession);
        auto removed = await<core::Status>([&](auto done) { store.remove(key, done); });
        QVERIFY(removed && removed->ok());
        read = await<core::Result<profiles::ProfileSecrets>>([&](auto done) { store.read(key, done); });
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().code, QString::fromLatin1(profiles::kSecretNotFound));
    }

    // A profile saved as the first-run screen saves it: the list in QSettings, the secrets in
    // the keychain, the data folder claimed for the shop. Neither file holds a secret.
    void secretsStayOutOfFiles()
    {
        if (!qEnvironmentVariableIsSet(kInside))
            QSKIP("runs inside the private session (insidePrivateSecretService)");
        QTemporaryDir root;
        const QString settingsPath = root.filePath(u"settings.ini"_s);
        const profiles::Profile profile{u"Flagship"_s, u"https://127.0.0.1:8443/router/rest"_s, "48213377", 1001,
                                        QByteArray(64, 'b')};
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            profiles::saveProfile(settings, profile);
            profiles::setCurrentProfile(settings, profile.name);
        }
        profiles::KeychainSecretStore store(u"Merchant Console test"_s);
        auto wrote = await<core::Status>(
            [&](auto done) { store.write(profiles::secretKeyOf(profile.name), {kSecret, kSession}, done); });
        QVERIFY(wrote && wrote->ok());
        const QString dataDir = profiles::profileDataDir(root.path(), profile.name);
        QVERIFY(QDir().mkpath(dataDir));
        {
            auto folder = storage::DataFolder::acquire(dataDir);
            QVERIFY(folder.ok());
            auto secrets =
                await<core::Result<profiles::ProfileSecrets>>([&](auto done) { store.read(profiles::secretKeyOf(profile.name), done); });
            QVERIFY(secrets && secrets->ok());
            const platform::Credentials credentials = profiles::credentialsOf(profile, secrets->value());
            QVERIFY(folder.value()->claimFor(platform::dataOwner(credentials)).ok());
        }
        QSettings settings(settingsPath, QSettings::IniFormat);
        QCOMPARE(profiles::readProfiles(settings), QList<profiles::Profile>{profile});
        QVERIFY(filesContaining(root.path(), "48213377").size() >= 2); // the scan does read them
        QCOMPARE(filesContaining(root.path(), kSecret), QStringList());
        QCOMPARE(filesContaining(root.path(), kSession), QStringList());
    }

private:
    static inline const QByteArray kSecret = "5ecret-5ecret-5ecret-0123456789ab";
    static inline const QByteArray kSession = "6100session-not-to-be-written-anywhere";
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
