// credentials.json: {"owner": {...}, "stores": [{"store_id", "app_key", "app_secret", "session"}]}.
#include "sandbox/credentials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

QByteArray randomAppKey()
{
    // TOP app keys are eight-digit numbers.
    return QByteArray::number(QRandomGenerator::system()->bounded(20000000, 99999999));
}

Credential fresh(std::int64_t storeId)
{
    return {randomAppKey(), randomHex(16), QByteArrayLiteral("6100") + randomHex(20), storeId};
}

QJsonObject toJson(const Credential &c)
{
    QJsonObject o{{u"app_key"_s, QString::fromLatin1(c.appKey)},
                  {u"app_secret"_s, QString::fromLatin1(c.appSecret)},
                  {u"session"_s, QString::fromLatin1(c.session)}};
    if (!c.isOwner())
        o.insert(u"store_id"_s, static_cast<qint64>(c.storeId));
    return o;
}

Credential fromJson(const QJsonObject &o)
{
    return {o.value(u"app_key").toString().toLatin1(), o.value(u"app_secret").toString().toLatin1(),
            o.value(u"session").toString().toLatin1(), o.value(u"store_id").toInteger()};
}

core::Error fileError(const QString &path, const QString &what)
{
    return {u"sandbox.credentials"_s, u"cannot use the credentials file"_s, path + u": " + what};
}

} // namespace

core::Result<CredentialStore> CredentialStore::loadOrCreate(const QString &path, const QList<std::int64_t> &storeIds)
{
    CredentialStore store;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fileError(path, file.errorString());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return fileError(path, parseError.errorString());
        store.m_all.append(fromJson(doc.object().value(u"owner").toObject()));
        for (const QJsonValue &v : doc.object().value(u"stores").toArray())
            store.m_all.append(fromJson(v.toObject()));
        for (const Credential &c : std::as_const(store.m_all))
            if (c.appKey.isEmpty() || c.appSecret.isEmpty() || c.session.isEmpty())
                return fileError(path, u"an entry lacks app_key, app_secret or session"_s);
        return store;
    }
    store.m_all.append(fresh(0));
    QJsonArray stores;
    for (std::int64_t id : storeIds) {
        store.m_all.append(fresh(id));
        stores.append(toJson(store.m_all.last()));
    }
    const QJsonObject root{{u"owner"_s, toJson(store.owner())}, {u"stores"_s, stores}};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fileError(path, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return fileError(path, out.errorString());
    return store;
}

const Credential *CredentialStore::find(QByteArrayView appKey) const
{
    for (const Credential &c : m_all)
        if (c.appKey == appKey)
            return &c;
    return nullptr;
}

} // namespace mc::sandbox
