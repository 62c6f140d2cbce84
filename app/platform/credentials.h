// Credentials for the platform: an app key/secret pair plus the seller's session token.
// An owner credential sees everything; a store credential is scoped to one store.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace mc::platform {

struct Credentials
{
    QByteArray appKey;
    QByteArray appSecret; // never logged, never in QSettings
    QByteArray session;
    std::int64_t storeId = 0; // 0: owner (all locations)

    bool isStoreManager() const { return storeId != 0; }
};

// Error codes of loadCredentialsFile(): the file cannot be read or parsed, or it has no
// usable credential for who is asked for (the owner, or store `storeId`).
inline constexpr char kCredentialsFileError[] = "platform.credentials.file";
inline constexpr char kCredentialsMissing[] = "platform.credentials.missing";

// Reads the sandbox's credentials.json, {"owner": {...}, "stores": [{"store_id", ...}]}: the
// owner entry, or the entry of `storeId` (never the owner's when that store has none).
core::Result<Credentials> loadCredentialsFile(const QString &path, std::int64_t storeId = 0);

// Whose data a console syncs with these credentials, for DataFolder::claimFor(): the app key
// and the store (never the secret or the session).
QString dataOwner(const Credentials &credentials);
inline constexpr auto kDemoOwner = "the demo";

} // namespace mc::platform
