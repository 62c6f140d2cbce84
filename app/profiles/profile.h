// A profile: one shop (or one store of it) this console signs in to. The list lives in
// QSettings without any secret; the app secret and session key are in the OS keychain
// (secretstore.h). Each profile has a data folder of its own (cache and ledger), and the demo
// has one too, so a shop's data is never mixed with another's or with the demo's.
#pragma once

#include "app/platform/credentials.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

class QSettings;

namespace mc::profiles {

struct Profile
{
    QString name;             // chosen by the person; unique
    QString endpoint;         // https://<host>/router/rest
    QByteArray appKey;        // not a secret: it names the app
    std::int64_t storeId = 0; // 0: the owner
    QByteArray tlsSha256;     // optional certificate pin (hex)

    bool operator==(const Profile &) const = default;
};

// The secrets of a profile, never written to QSettings, files or logs.
struct ProfileSecrets
{
    QByteArray appSecret;
    QByteArray session;
};

platform::Credentials credentialsOf(const Profile &profile, const ProfileSecrets &secrets);

// QSettings group "profiles": the list and the one used last.
QList<Profile> readProfiles(QSettings &settings);
std::optional<Profile> findProfile(QSettings &settings, const QString &name);
void saveProfile(QSettings &settings, const Profile &profile); // replaces one of the same name
QString currentProfile(QSettings &settings);
void setCurrentProfile(QSettings &settings, const QString &name);

// <appData>/profiles/<name made safe for a file name>-<8 hex of its SHA-256>: readable, and
// distinct for names that differ only in characters a file name cannot hold.
QString profileDataDir(const QString &appData, const QString &name);
// <appData>/demo: the demo's own folder.
QString demoDataDir(const QString &appData);

// The key of a profile's secrets in the keychain.
QString secretKeyOf(const QString &profileName);

} // namespace mc::profiles
