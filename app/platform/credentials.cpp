// Parsing of credentials files.
#include "app/platform/credentials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mc::platform {

namespace {
core::Error fileError(const QString &message, const QString &path)
{
    return core::Error{QString::fromLatin1(kCredentialsFileError), message, path};
}

core::Error missingError(const QString &message, const QString &path)
{
    return core::Error{QString::fromLatin1(kCredentialsMissing), message, path};
}

Credentials fromJson(const QJsonObject &o)
{
    Credentials c;
    c.appKey = o.value(QLatin1String("app_key")).toString().toUtf8();
    c.appSecret = o.value(QLatin1String("app_secret")).toString().toUtf8();
    c.session = o.value(QLatin1String("session")).toString().toUtf8();
    c.storeId = o.value(QLatin1String("store_id")).toInteger();
    return c;
}
} // namespace

QString dataOwner(const Credentials &credentials)
{
    QString owner = QStringLiteral("the shop of app key ") + QString::fromLatin1(credentials.appKey);
    if (credentials.isStoreManager())
        owner += QStringLiteral(", store ") + QString::number(credentials.storeId);
    return owner;
}

core::Result<Credentials> loadCredentialsFile(const QString &path, std::int64_t storeId)
{
    QFile file(path);
#ifdef Q_OS_UNIX
    // The app secret signs every request: a file others can read is refused, not used.
    constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                             QFileDevice::WriteOther;
    if (file.exists() && (file.permissions() & kOthers))
        return fileError(QStringLiteral("the credentials file can be read by other users of this computer; "
                                        "make it private first: chmod 600 %1")
                             .arg(path),
                         path);
#endif
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("cannot read the credentials file: %1").arg(file.errorString()), path);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fileError(QStringLiteral("the credentials file is not valid JSON: %1").arg(parseError.errorString()),
                         path);
    Credentials c;
    if (storeId == 0) {
        c = fromJson(doc.object().value(QLatin1String("owner")).toObject());
        c.storeId = 0;
    } else {
        for (const auto &entry : doc.object().value(QLatin1String("stores")).toArray())
            if (entry.toObject().value(QLatin1String("store_id")).toInteger() == storeId)
                c = fromJson(entry.toObject());
        // Never the owner's instead: a store manager's console must not see every store.
        if (c.storeId != storeId)
            return missingError(QStringLiteral("the credentials file has no credential for store %1 (\"stores\": "
                                               "[{\"store_id\": %1, ...}])")
                                    .arg(storeId),
                                path);
    }
    if (c.appKey.isEmpty() || c.appSecret.isEmpty())
        return missingError(storeId == 0
                                ? QStringLiteral("the credentials file has no owner app_key/app_secret")
                                : QStringLiteral("the credential of store %1 has no app_key/app_secret").arg(storeId),
                            path);
    return c;
}

} // namespace mc::platform
