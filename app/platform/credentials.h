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

// Reads the sandbox's credentials.json: the owner entry, or the entry of `storeId`.
core::Result<Credentials> loadCredentialsFile(const QString &path, std::int64_t storeId = 0);

} // namespace mc::platform
