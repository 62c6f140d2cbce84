// SessionChooser: profiles, the keychain and the welcome screen, wired.
#include "app/console/sessionchooser.h"

#include "app/platform/connectioncheck.h"
#include "app/platform/transportguard.h"
#include "ui/firstrun/welcomedialog.h"

#include <QCoreApplication>
#include <QSettings>

namespace mc::console {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("SessionChooser", source);
}

core::Error formError(const char *message)
{
    return core::Error{QStringLiteral("firstrun.form"), text(message), {}};
}
} // namespace

core::Result<std::pair<profiles::Profile, profiles::ProfileSecrets>> profileFromSignIn(const ui::ShopSignIn &s)
{
    profiles::Profile profile;
    profile.name = s.profileName.trimmed();
    if (profile.name.isEmpty())
        return formError(QT_TRANSLATE_NOOP("SessionChooser", "Give the profile a name."));
    QUrl endpoint(s.endpoint.trimmed());
    if (endpoint.path().isEmpty() || endpoint.path() == QLatin1String("/"))
        endpoint.setPath(QStringLiteral("/router/rest"));
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return formError(QT_TRANSLATE_NOOP("SessionChooser", "The endpoint is not an address such as "
                                                             "https://gw.example.com/router/rest."));
    if (!platform::checkEndpoint(endpoint))
        return formError(QT_TRANSLATE_NOOP("SessionChooser", "Use an https:// address: plain http:// is only "
                                                             "allowed to this computer."));
    profile.endpoint = endpoint.toString();
    profile.appKey = s.appKey.trimmed().toUtf8();
    if (!s.storeId.isEmpty()) {
        bool ok = false;
        profile.storeId = s.storeId.toLongLong(&ok);
        if (!ok || profile.storeId <= 0)
            return formError(QT_TRANSLATE_NOOP("SessionChooser", "The store id is a number; leave it empty for "
                                                                 "the owner's sign-in."));
    }
    if (!s.tlsSha256.isEmpty()) {
        profile.tlsSha256 = platform::normalizedPin(s.tlsSha256.toLatin1());
        if (profile.tlsSha256.size() != 64 || QByteArray::fromHex(profile.tlsSha256).toHex() != profile.tlsSha256)
            return formError(QT_TRANSLATE_NOOP("SessionChooser", "The certificate pin is a SHA-256: 64 hexadecimal "
                                                                 "digits (colons allowed)."));
    }
    profiles::ProfileSecrets secrets{s.appSecret.trimmed().toUtf8(), s.session.trimmed().toUtf8()};
    if (profile.appKey.isEmpty() || secrets.appSecret.isEmpty() || secrets.session.isEmpty())
        return formError(QT_TRANSLATE_NOOP("SessionChooser", "Fill in the app key, the app secret and the "
                                                             "session key."));
    return std::pair{profile, secrets};
}

SessionChooser::SessionChooser(profiles::SecretStore &secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{}

SessionChooser::~SessionChooser()
{
    delete m_dialog;
}

ui::WelcomeDialog *SessionChooser::welcomeDialog() const
{
    return m_dialog.data();
}

void SessionChooser::choose(const QString &profileName, bool welcome)
{
    QSettings settings;
    const QString name = profileName.isEmpty() ? profiles::currentProfile(settings) : profileName;
    if (welcome || name.isEmpty())
        return showWelcome();
    const std::optional<profiles::Profile> profile = profiles::findProfile(settings, name);
    if (!profile) {
        Q_EMIT failed(text(QT_TRANSLATE_NOOP("SessionChooser", "There is no profile named \"%1\".")).arg(name));
        return;
    }
    openProfile(*profile);
}

void SessionChooser::openProfile(const profiles::Profile &profile)
{
    m_secrets.read(profiles::secretKeyOf(profile.name),
                   [this, profile](const core::Result<profiles::ProfileSecrets> &secrets) {
                       if (!secrets) {
                           Q_EMIT failed(text(QT_TRANSLATE_NOOP("SessionChooser",
                                                                "The secrets of profile \"%1\" cannot be read from "
                                                                "this computer's keychain: %2"))
                                             .arg(profile.name, secrets.error().toString()));
                           return;
                       }
                       Q_EMIT profileChosen(profile, profiles::credentialsOf(profile, secrets.value()));
                   });
}

void SessionChooser::showWelcome()
{
    m_dialog = new ui::WelcomeDialog;
    connect(m_dialog, &ui::WelcomeDialog::demoChosen, this, [this] {
        Q_EMIT demoChosen();
        m_dialog->accept();
    });
    connect(m_dialog, &ui::WelcomeDialog::testRequested, this,
            [this](const ui::ShopSignIn &signIn) { test(signIn, false); });
    connect(m_dialog, &ui::WelcomeDialog::connectRequested, this,
            [this](const ui::ShopSignIn &signIn) { test(signIn, true); });
    connect(m_dialog, &QDialog::rejected, this, &SessionChooser::cancelled);
    m_dialog->resize(m_dialog->sizeHint().expandedTo(QSize(860, 0)));
    m_dialog->show();
}

void SessionChooser::test(const ui::ShopSignIn &signIn, bool connectWhenOk)
{
    auto checked = profileFromSignIn(signIn);
    if (!checked) {
        m_dialog->showVerdict(false, checked.error().message, {});
        return;
    }
    const auto [profile, secrets] = checked.value();
    m_check = std::make_unique<platform::ConnectionCheck>();
    connect(m_check.get(), &platform::ConnectionCheck::finished, this,
            [this, connectWhenOk, profile, secrets](const platform::ConnectionVerdict &verdict) {
                if (!m_dialog)
                    return;
                m_dialog->showVerdict(verdict.ok(), platform::describe(verdict), verdict.detail);
                if (verdict.ok() && connectWhenOk)
                    keep(profile, secrets);
            });
    m_check->start(platform::ConnectionCheck::optionsFor(QUrl(profile.endpoint), profile.tlsSha256),
                   profiles::credentialsOf(profile, secrets));
}

void SessionChooser::keep(const profiles::Profile &profile, const profiles::ProfileSecrets &secrets)
{
    m_secrets.write(profiles::secretKeyOf(profile.name), secrets, [this, profile, secrets](const core::Status &s) {
        if (!m_dialog)
            return;
        if (!s) {
            m_dialog->showVerdict(false,
                                  text(QT_TRANSLATE_NOOP("SessionChooser",
                                                         "The connection works, but this computer's keychain did "
                                                         "not keep the secrets, so they would be lost. Nothing was "
                                                         "saved.")),
                                  s.error().toString());
            return;
        }
        QSettings settings;
        profiles::saveProfile(settings, profile);
        profiles::setCurrentProfile(settings, profile.name);
        Q_EMIT profileChosen(profile, profiles::credentialsOf(profile, secrets));
        m_dialog->accept();
    });
}

} // namespace mc::console
