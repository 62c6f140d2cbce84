// Which data the desktop app opens when the command line does not say (no --demo, no
// --endpoint): the profile named by --profile, or the one used last, its secrets read from
// the OS keychain; with no profile, the welcome screen: the demo, or a shop connected there
// (tested, its secrets written to the keychain, saved as a profile and made current).
#pragma once

#include "app/profiles/profile.h"
#include "app/profiles/secretstore.h"
#include "ui/firstrun/shopsignin.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace mc::platform {
class ConnectionCheck;
struct ConnectionVerdict;
} // namespace mc::platform

namespace mc::ui {
class WelcomeDialog;
}

namespace mc::console {

// The form's fields checked and split into a profile (for QSettings) and its secrets (for the
// keychain). The error says what to correct, translated.
core::Result<std::pair<profiles::Profile, profiles::ProfileSecrets>> profileFromSignIn(const ui::ShopSignIn &signIn);

class SessionChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionChooser)

public:
    explicit SessionChooser(profiles::SecretStore &secrets, QObject *parent = nullptr);
    ~SessionChooser() override;

    // `profileName` empty: the current profile, else the welcome screen. `welcome`: the
    // welcome screen whatever is configured. One of the signals follows.
    void choose(const QString &profileName, bool welcome);
    ui::WelcomeDialog *welcomeDialog() const; // for tests and screenshots

Q_SIGNALS:
    void demoChosen();
    void profileChosen(const mc::profiles::Profile &profile, const mc::platform::Credentials &credentials);
    void failed(const QString &message); // a profile that cannot be opened: why
    void cancelled();                    // the welcome screen was closed

private:
    void openProfile(const profiles::Profile &profile);
    void showWelcome();
    void test(const ui::ShopSignIn &signIn, bool connectWhenOk);
    void keep(const profiles::Profile &profile, const profiles::ProfileSecrets &secrets);

    profiles::SecretStore &m_secrets;
    QPointer<ui::WelcomeDialog> m_dialog;
    std::unique_ptr<platform::ConnectionCheck> m_check;
};

} // namespace mc::console
