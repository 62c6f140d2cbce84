// The secrets of a profile as one keychain entry: {"app_secret": ..., "session": ...}.
#include "app/profiles/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace mc::profiles {

namespace {

core::Error keychainError(const QKeychain::Job &job)
{
    const bool missing = job.error() == QKeychain::EntryNotFound;
    return core::Error{QString::fromLatin1(missing ? kSecretNotFound : kKeychainError),
                       missing ? QStringLiteral("no secrets are stored for this profile")
                               : QStringLiteral("the system keychain refused: %1").arg(job.errorString()),
                       job.key()};
}

// Jobs delete themselves after finished(); never the insecure fallback (a plaintext file).
template<typename J> J *newJob(const QString &service, const QString &key)
{
    auto *job = new J(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::write(const QString &key, const ProfileSecrets &secrets, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    QJsonObject blob{{QStringLiteral("app_secret"), QString::fromUtf8(secrets.appSecret)},
                     {QStringLiteral("session"), QString::fromUtf8(secrets.session)}};
    job->setBinaryData(QJsonDocument(blob).toJson(QJsonDocument::Compact));
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? core::Status() : core::Status(keychainError(*j)));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j));
        const QJsonObject blob =
            QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()).object();
        ProfileSecrets secrets{blob.value(QStringLiteral("app_secret")).toString().toUtf8(),
                               blob.value(QStringLiteral("session")).toString().toUtf8()};
        if (secrets.appSecret.isEmpty())
            return done(core::Error{QString::fromLatin1(kKeychainError),
                                    QStringLiteral("the keychain entry of this profile is damaged"), j->key()});
        done(secrets);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? core::Status() : core::Status(keychainError(*j)));
    });
    job->start();
}

} // namespace mc::profiles
