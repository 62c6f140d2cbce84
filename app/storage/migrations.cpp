// Migration runner over numbered .sql files.
#include "app/storage/migrations.h"

#include "app/storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace mc::storage {

Result<QList<Migration>> loadMigrations(const QString &directory)
{
    static const QRegularExpression kName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QDir dir(directory);
    if (!dir.exists())
        return Error{QString::fromLatin1(codes::kFailed), QStringLiteral("migration folder missing"), directory};
    QList<Migration> out;
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = kName.match(file);
        if (!match.hasMatch())
            return Error{QString::fromLatin1(codes::kFailed), QStringLiteral("badly named migration"), file};
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error{QString::fromLatin1(codes::kFailed), QStringLiteral("cannot read migration"), f.fileName()};
        out.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out[i].version != i + 1)
            return Error{QString::fromLatin1(codes::kFailed), QStringLiteral("migrations must be numbered 1, 2, 3, ..."),
                         directory};
    return out;
}

Result<MigrationReport> migrate(Database &db, const QList<Migration> &migrations)
{
    auto current = db.queryInt(u"PRAGMA user_version");
    if (!current)
        return current.error();
    MigrationReport report{static_cast<int>(current.value()), static_cast<int>(current.value())};
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (report.fromVersion > latest)
        return Error{QString::fromLatin1(codes::kTooNew),
                     QStringLiteral("%1 was written by a newer version of Merchant Console (schema %2; this version "
                                    "understands up to %3). Install the newer version, or choose another data folder.")
                         .arg(db.path())
                         .arg(report.fromVersion)
                         .arg(latest),
                     {}};
    for (const Migration &m : migrations) {
        if (m.version <= report.toVersion)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (Status s = db.exec(m.sql); !s) {
            Error e = s.error();
            e.message = QStringLiteral("schema migration %1 (%2) failed: %3").arg(m.version).arg(m.name, e.message);
            return e;
        }
        if (Status s = db.exec(QString(u"PRAGMA user_version = " + QString::number(m.version))); !s)
            return s.error();
        if (Status s = tx.value().commit(); !s)
            return s.error();
        report.toVersion = m.version;
    }
    return report;
}

} // namespace mc::storage
