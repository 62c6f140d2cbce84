// The sandbox's app credentials: one owner app and one app per store manager, kept in
// DIR/credentials.json so that tests and the console can read them.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace mc::sandbox {

struct Credential
{
    QByteArray appKey;
    QByteArray appSecret;
    QByteArray session;
    std::int64_t storeId = 0; // 0: the owner, who may act everywhere

    bool isOwner() const { return storeId == 0; }
};

class CredentialStore
{
public:
    // Reads the file, or creates it (with fresh random secrets) when it does not exist yet.
    static core::Result<CredentialStore> loadOrCreate(const QString &path, const QList<std::int64_t> &storeIds);

    const Credential *find(QByteArrayView appKey) const;
    const Credential &owner() const { return m_all.front(); }
    const QList<Credential> &all() const { return m_all; }

private:
    QList<Credential> m_all; // the owner first, then the stores
};

} // namespace mc::sandbox
