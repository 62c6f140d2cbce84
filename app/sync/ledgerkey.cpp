#include "app/sync/ledgerkey.h"

#include "app/storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mc::sync {

namespace {
constexpr qsizetype kKeyBytes = 32;

core::Error keyError(const QString &message)
{
    return {u"ledger.key"_s, message, {}};
}
} // namespace

QString ledgerKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"ledger.key"_s);
}

core::Result<QByteArray> loadLedgerKey(const QString &dataDir, bool createIfMissing)
{
    const QString path = ledgerKeyPath(dataDir);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return keyError(u"cannot read the ledger key %1"_s.arg(path));
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() != kKeyBytes)
            return keyError(u"the ledger key %1 is damaged"_s.arg(path));
        return key;
    }
    if (!createIfMissing)
        return keyError(u"the ledger key %1 is missing"_s.arg(path));
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        out.write(key.toHex() + '\n') < 0 || !out.commit())
        return keyError(u"cannot write the ledger key %1"_s.arg(path));
    return key;
}

QByteArray chainLink(const QByteArray &scheme, const QByteArray &key, const QByteArray &previous,
                     const QByteArray &canonicalRow)
{
    if (scheme == kChainHmacSha256) {
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
        mac.addData(previous);
        mac.addData(canonicalRow);
        return mac.result();
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous);
    h.addData(canonicalRow);
    return h.result();
}

core::Result<ChainPoint> chainTail(storage::Database &db, QStringView table)
{
    auto last = db.prepare(u"SELECT seq, hash FROM " + table.toString() + u" ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    auto row = last.value().step();
    if (!row)
        return row.error();
    ChainPoint tail;
    if (row.value())
        tail = ChainPoint{last.value().int64(0), last.value().blob(1)};
    last.value().reset();
    return tail;
}

core::Result<bool> verifyKeyedChain(storage::Database &db, QStringView select, const QByteArray &key,
                                    const std::function<QByteArray(storage::Statement &)> &canonicalRow,
                                    std::int64_t *firstBadSeq, ChainPoint *resume)
{
    auto stmt = db.prepare(select);
    if (!stmt)
        return stmt.error();
    storage::Statement &s = stmt.value();
    const int prevColumn = s.columnCount() - 3;
    QByteArray previous = resume ? resume->hash : QByteArray(32, '\0');
    std::int64_t expectedSeq = resume ? resume->seq + 1 : 1;
    if (resume)
        s.bind(1, resume->seq);
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value()) {
            if (resume)
                *resume = ChainPoint{expectedSeq - 1, previous};
            return true;
        }
        const std::int64_t seq = s.int64(0);
        // Only keyed links count: an unkeyed one is either legacy with a broken chain or forged.
        const QByteArray computed = chainLink(kChainHmacSha256, key, previous, canonicalRow(s));
        if (seq != expectedSeq || s.blob(prevColumn) != previous || s.blob(prevColumn + 1) != computed ||
            s.text(prevColumn + 2) != QLatin1String(kChainHmacSha256)) {
            if (firstBadSeq)
                *firstBadSeq = seq;
            return false;
        }
        previous = computed;
        ++expectedSeq;
    }
}

} // namespace mc::sync
