// Profiles in QSettings (no secrets) and their data folders.
#include "app/profiles/profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace mc::profiles {

namespace {
constexpr auto kGroup = "profiles";
constexpr auto kCurrent = "profiles/current";
} // namespace

platform::Credentials credentialsOf(const Profile &profile, const ProfileSecrets &secrets)
{
    return platform::Credentials{profile.appKey, secrets.appSecret, secrets.session, profile.storeId};
}

QList<Profile> readProfiles(QSettings &settings)
{
    QList<Profile> out;
    const int count = settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.endpoint = settings.value(QStringLiteral("endpoint")).toString();
        p.appKey = settings.value(QStringLiteral("appKey")).toByteArray();
        p.storeId = settings.value(QStringLiteral("storeId")).toLongLong();
        p.tlsSha256 = settings.value(QStringLiteral("tlsSha256")).toByteArray();
        if (!p.name.isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

namespace {
void writeProfiles(QSettings &settings, const QList<Profile> &list)
{
    settings.remove(QLatin1String(kGroup) + QStringLiteral("/size"));
    settings.beginWriteArray(QLatin1String(kGroup), static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), list[i].name);
        settings.setValue(QStringLiteral("endpoint"), list[i].endpoint);
        settings.setValue(QStringLiteral("appKey"), list[i].appKey);
        settings.setValue(QStringLiteral("storeId"), static_cast<qlonglong>(list[i].storeId));
        settings.setValue(QStringLiteral("tlsSha256"), list[i].tlsSha256);
    }
    settings.endArray();
    settings.sync();
}
} // namespace

std::optional<Profile> findProfile(QSettings &settings, const QString &name)
{
    for (const Profile &p : readProfiles(settings))
        if (p.name == name)
            return p;
    return std::nullopt;
}

void saveProfile(QSettings &settings, const Profile &profile)
{
    QList<Profile> list = readProfiles(settings);
    auto same = std::find_if(list.begin(), list.end(), [&](const Profile &p) { return p.name == profile.name; });
    if (same != list.end())
        *same = profile;
    else
        list.append(profile);
    writeProfiles(settings, list);
}

QString currentProfile(QSettings &settings)
{
    return settings.value(QLatin1String(kCurrent)).toString();
}

void setCurrentProfile(QSettings &settings, const QString &name)
{
    settings.setValue(QLatin1String(kCurrent), name);
    settings.sync();
}

QString profileDataDir(const QString &appData, const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_');
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(appData).filePath(QStringLiteral("profiles/") + safe.left(40) + u'-' + QString::fromLatin1(hash));
}

QString demoDataDir(const QString &appData)
{
    return QDir(appData).filePath(QStringLiteral("demo"));
}

QString secretKeyOf(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName;
}

} // namespace mc::profiles
