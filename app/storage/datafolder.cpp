// Lock, crash note, cache check and set-aside, ledger backup and restore.
#include "app/storage/datafolder.h"

#include "app/storage/database.h"
#include "app/storage/databases.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace mc::storage {

namespace {

constexpr auto kLockFileName = "console.lock";

Error failed(const QString &message, const QString &detail = {})
{
    return {QString::fromLatin1(codes::kFailed), message, detail};
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
}

// Renames `from` (and its -wal/-shm companions) to `to` (+ the same suffixes).
Status moveWithCompanions(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (!QFile::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix))
            return failed(u"cannot move %1 to %2"_s.arg(from + suffix, to + suffix));
    }
    return {};
}

Status copyDatabase(const QString &fromPath, const QString &toPath)
{
    sqlite3 *from = nullptr;
    sqlite3 *to = nullptr;
    auto close = qScopeGuard([&] {
        sqlite3_close_v2(from);
        sqlite3_close_v2(to);
    });
    if (sqlite3_open_v2(QFile::encodeName(fromPath).constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return failed(u"cannot open %1"_s.arg(fromPath), QString::fromUtf8(sqlite3_errmsg(from)));
    const QString partial = toPath + u".partial"_s;
    QFile::remove(partial);
    QFile create(partial);
    if (!create.open(QIODevice::WriteOnly) || !restrictToOwner(partial))
        return failed(u"cannot create %1"_s.arg(partial));
    create.close();
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &to, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return failed(u"cannot open %1"_s.arg(partial), QString::fromUtf8(sqlite3_errmsg(to)));
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return failed(u"cannot back up %1"_s.arg(fromPath), QString::fromUtf8(sqlite3_errmsg(to)));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failed(u"backing up %1 failed"_s.arg(fromPath), QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_close_v2(to);
    to = nullptr;
    QFile::remove(toPath); // the previous backup: replaced only once the new one is complete
    if (!QFile::rename(partial, toPath))
        return failed(u"cannot move the backup to %1"_s.arg(toPath));
    return {};
}

} // namespace

DataFolder::DataFolder(QString path, std::unique_ptr<QLockFile> lock, bool crashed)
    : m_path(std::move(path)), m_lock(std::move(lock)), m_previousRunCrashed(crashed)
{}

DataFolder::~DataFolder() = default; // QLockFile's destructor unlocks

Status DataFolder::claimFor(const QString &owner)
{
    if (owner.isEmpty())
        return {}; // not known (yet): nothing to claim or compare
    QFile file(QDir(m_path).filePath(u"owner.json"_s));
    // An empty file is a first claim cut short (earlier builds wrote it in place, and a
    // crash between creating and writing it left it empty): nobody's yet, claimed below.
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly))
            return failed(u"cannot read %1"_s.arg(file.fileName()), file.errorString());
        const QString recorded = QJsonDocument::fromJson(file.readAll()).object().value(u"owner"_s).toString();
        if (recorded == owner)
            return {};
        return Error{QString::fromLatin1(codes::kOtherOwner),
                     u"The data folder %1 holds the data of %2, not of %3. Use another folder (--data-dir) so that the "
                     u"two are never mixed."_s.arg(m_path, recorded.isEmpty() ? u"an unknown owner"_s : recorded, owner),
                     {}};
    }
    // First use, or a folder from before owners were noted: from now on it is this owner's.
    const QByteArray json = QJsonDocument(QJsonObject{{u"owner"_s, owner},
                                                      {u"since"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                                .toJson();
    // Written aside and renamed into place: a crash leaves the old file or the whole new one.
    QSaveFile out(file.fileName());
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return failed(u"cannot write %1"_s.arg(file.fileName()), out.errorString());
    return restrictToOwner(file.fileName());
}

Result<std::unique_ptr<DataFolder>> DataFolder::acquire(const QString &path)
{
    if (!QDir().mkpath(path))
        return failed(u"cannot create the data folder %1"_s.arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString lockPath = QDir(path).filePath(QString::fromLatin1(kLockFileName));
    // A lock file left behind names a process that no longer runs: the previous run crashed.
    const bool leftBehind = QFileInfo::exists(lockPath);
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return Error{QString::fromLatin1(codes::kLocked),
                     u"The data folder %1 is in use by %2 (process %3 on %4). Close that copy first."_s.arg(
                         path, application.isEmpty() ? u"another program"_s : application, QString::number(pid),
                         host.isEmpty() ? u"this computer"_s : host),
                     {}};
    }
    return std::unique_ptr<DataFolder>(new DataFolder(path, std::move(lock), leftBehind));
}

Status restrictToOwner(const QString &filePath)
{
    if (!QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner))
        return failed(u"cannot restrict the permissions of %1"_s.arg(filePath));
    return {};
}

Status checkCache(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(databaseFileName(DatabaseRole::Cache));
    if (!QFileInfo::exists(path))
        return {};
    OpenOptions options;
    options.path = path;
    options.readOnly = true;
    auto db = Database::open(options);
    if (!db)
        return Error{QString::fromLatin1(codes::kCorrupt), db.error().message, db.error().detail};
    auto stmt = db.value()->prepare(u"PRAGMA quick_check(20)");
    if (!stmt)
        return Error{QString::fromLatin1(codes::kCorrupt), u"the cache cannot be read"_s, stmt.error().toString()};
    QStringList findings;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return Error{QString::fromLatin1(codes::kCorrupt), u"the cache cannot be read"_s, row.error().toString()};
        if (!row.value())
            break;
        findings.append(stmt.value().text(0));
    }
    if (findings != QStringList{u"ok"_s})
        return Error{QString::fromLatin1(codes::kCorrupt), u"the cache is damaged"_s, findings.join(u"; "_s)};
    return {};
}

Result<QString> setCacheAside(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(databaseFileName(DatabaseRole::Cache));
    if (!QFileInfo::exists(path))
        return QString();
    const QString aside = path + u".damaged-"_s + stamp();
    if (Status s = moveWithCompanions(path, aside); !s)
        return s.error();
    return aside;
}

QString ledgerBackupPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(databaseFileName(DatabaseRole::Ledger) + u".bak"_s);
}

Status backupLedger(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(databaseFileName(DatabaseRole::Ledger));
    if (!QFileInfo::exists(path))
        return {};
    return copyDatabase(path, ledgerBackupPath(dataDir));
}

Result<QString> restoreLedger(const QString &dataDir)
{
    const QString backup = ledgerBackupPath(dataDir);
    if (!QFileInfo::exists(backup))
        return failed(u"there is no ledger backup (%1)"_s.arg(backup));
    const QString path = QDir(dataDir).filePath(databaseFileName(DatabaseRole::Ledger));
    QString replaced;
    if (QFileInfo::exists(path)) {
        replaced = path + u".replaced-"_s + stamp();
        if (Status s = moveWithCompanions(path, replaced); !s)
            return s.error();
    }
    if (Status s = copyDatabase(backup, path); !s)
        return s.error();
    return replaced;
}

} // namespace mc::storage
