// SecretStore in the OS keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, the Credential Manager on Windows, the Keychain on macOS. Never falls
// back to a file: without a keychain, writing fails and says so.
#pragma once

#include "app/profiles/secretstore.h"

namespace mc::profiles {

class KeychainSecretStore final : public SecretStore
{
public:
    // `service`: the name the keychain files the entries under.
    explicit KeychainSecretStore(QString service = QStringLiteral("Merchant Console"));

    void write(const QString &key, const ProfileSecrets &secrets, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace mc::profiles
