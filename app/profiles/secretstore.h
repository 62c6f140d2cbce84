// Where the secrets of a profile live. The desktop app uses the OS keychain
// (KeychainSecretStore); nothing else in the app stores a secret. Calls are asynchronous (the
// keychain may ask the person to unlock it): `done` runs later on the calling thread.
#pragma once

#include "app/core/result.h"
#include "app/profiles/profile.h"

#include <functional>

namespace mc::profiles {

inline constexpr char kSecretNotFound[] = "profiles.secret.not-found";
inline constexpr char kKeychainError[] = "profiles.keychain";

class SecretStore
{
public:
    using Done = std::function<void(const core::Status &)>;
    using ReadDone = std::function<void(const core::Result<ProfileSecrets> &)>;

    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    virtual void write(const QString &key, const ProfileSecrets &secrets, Done done) = 0;
    // Error code kSecretNotFound when nothing is stored under `key`.
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

} // namespace mc::profiles
