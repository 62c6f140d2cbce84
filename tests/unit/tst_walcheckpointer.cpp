// Background WAL checkpoints: a writer committing many transactions keeps its WAL bounded
// (the background copies it, the writer catches up the rest so the WAL restarts), and every
// row reaches the database file.
#include "app/storage/database.h"
#include "app/storage/transaction.h"
#include "app/storage/walcheckpointer.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc::storage;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRowsPerTransaction = 50; // ~1 KiB each: about 15 pages per transaction
constexpr int kTransactions = 400;      // about 6,000 pages in all

Status writeRows(Database &db, int first)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto insert = db.prepare(u"INSERT INTO t (id, v) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    for (int id = first; id < first + kRowsPerTransaction; ++id) {
        insert.value().bind(1, std::int64_t(id)).bind(2, QByteArray(1000, char('a' + id % 26)));
        if (Status s = insert.value().run(); !s)
            return s;
    }
    return tx.value().commit();
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walStaysBoundedAndEveryRowArrives()
    {
        QTemporaryDir dir;
        OpenOptions options;
        options.path = dir.filePath(u"w.sqlite"_s);
        auto db = Database::open(options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(db.value()->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB NOT NULL)"));
        const QString wal = options.path + u"-wal"_s;
        constexpr int kStart = 100;
        constexpr int kCatchUp = 400;
        qint64 largestWal = 0;
        int background = 0;
        {
            WalCheckpointer checkpointer(*db.value(), kStart, kCatchUp);
            for (int i = 0; i < kTransactions; ++i) {
                QVERIFY(writeRows(*db.value(), i * kRowsPerTransaction + 1));
                largestWal = std::max(largestWal, QFileInfo(wal).size());
            }
            // The background thread may not have had a turn yet on a busy machine.
            QDeadlineTimer deadline(10'000);
            for (int i = kTransactions; checkpointer.backgroundCheckpoints() == 0 && !deadline.hasExpired(); ++i) {
                QThread::msleep(20);
                QVERIFY(writeRows(*db.value(), i * kRowsPerTransaction + 1));
            }
            background = checkpointer.backgroundCheckpoints();
        }
        QVERIFY2(background > 0, "no checkpoint ran in the background");
        // Unchecked, the WAL would hold every page written (about 6,000, 24 MiB). Bounded: the
        // catch-up size, plus what one transaction adds, plus frame headers.
        const qint64 bound = (kCatchUp + 100) * (4096 + 24) + 32;
        QVERIFY2(largestWal <= bound, qPrintable(u"WAL grew to %1 bytes (bound %2)"_s.arg(largestWal).arg(bound)));
        // Every row reached the database, seen by a fresh connection.
        db.value().reset();
        OpenOptions readOptions = options;
        readOptions.readOnly = true;
        auto reader = Database::open(readOptions);
        QVERIFY(reader);
        QVERIFY(reader.value()->queryInt(u"SELECT count(*) FROM t").valueOr(-1) >= kTransactions * kRowsPerTransaction);
        QCOMPARE(reader.value()->queryText(u"PRAGMA integrity_check").valueOr(QString()), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
