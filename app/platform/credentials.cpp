// Parsing of credentials files.
#include "app/platform/credentials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mc::platform {

namespace {
core::Error credentialsError(const QString &message, const QString &path)
{
    return core::Error{QStringLiteral("platform.credentials"), message, path};
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

core::Result<Credentials> loadCredentialsFile(const QString &path, std::int64_t storeId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return credentialsError(QStringLiteral("cannot read the credentials file: %1").arg(file.errorString()), path);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return credentialsError(QStringLiteral("the credentials file is not valid JSON: %1").arg(parseError.errorString()),
                                path);
    Credentials c;
    if (storeId == 0) {
        c = fromJson(doc.object().value(QLatin1String("owner")).toObject());
        c.storeId = 0;
    } else {
        for (const auto &entry : doc.object().value(QLatin1String("stores")).toArray())
            if (entry.toObject().value(QLatin1String("store_id")).toInteger() == storeId)
                c = fromJson(entry.toObject());
        if (c.storeId != storeId)
            return credentialsError(QStringLiteral("no credentials for store %1").arg(storeId), path);
    }
    if (c.appKey.isEmpty() || c.appSecret.isEmpty())
        return credentialsError(QStringLiteral("the credentials file has no app_key/app_secret"), path);
    return c;
}

} // namespace mc::platform
