// Fault injection: fail the k-th storage operation for every k of a batch write, and
// check that the database never holds half a batch and that a retry converges.
#include "app/storage/databases.h"
#include "app/storage/faultinjection.h"
#include "app/storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mc::storage;
using namespace Qt::StringLiterals;

namespace {

// Writes a batch of orders and their cursor in one transaction, like the sync engine does.
Status writeBatch(Database &db, int first, int count)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto insert = db.prepare(u"INSERT INTO orders (tid, status, channel, payment_fen, total_fee_fen, created_ms, "
                             u"modified_ms) VALUES (?, 'TRADE_FINISHED', 'online', ?, ?, 0, 0) "
                             u"ON CONFLICT (tid) DO UPDATE SET payment_fen = excluded.payment_fen");
    if (!insert)
        return insert.error();
    for (int tid = first; tid < first + count; ++tid) {
        insert.value().bind(1, std::int64_t(tid)).bind(2, std::int64_t(tid * 100)).bind(3, std::int64_t(tid * 100));
        if (Status s = insert.value().run(); !s)
            return s;
    }
    auto cursor = db.prepare(u"INSERT OR REPLACE INTO sync_cursors VALUES ('orders', ?, 0)");
    if (!cursor)
        return cursor.error();
    cursor.value().bind(1, QString::number(first + count));
    if (Status s = cursor.value().run(); !s)
        return s;
    return tx.value().commit();
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failEveryOperationOfABatch()
    {
        if (!faults::compiledIn())
            QFAIL("fault injection is not compiled into this build (MC_FAULT_INJECTION)");
        QTemporaryDir dir;
        auto opened = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY(opened.ok());
        Database &db = *opened.value();

        // Reference run: count the operations of one batch.
        faults::resetCount();
        QVERIFY(writeBatch(db, 1, 10).ok());
        const std::int64_t operations = faults::operationCount();
        QVERIFY2(operations >= 12, "a batch is at least BEGIN, 10 inserts, the cursor and COMMIT");

        for (std::int64_t k = 1; k <= operations; ++k) {
            const int first = 1 + 10 * static_cast<int>(k);
            faults::failOperation(k);
            const Status failed = writeBatch(db, first, 10);
            faults::failOperation(0);
            QVERIFY2(!failed.ok(), qPrintable(u"operation %1 of %2 did not fail"_s.arg(k).arg(operations)));
            QCOMPARE(failed.error().code, u"storage.injected"_s);
            // All or nothing: no row of the failed batch, cursor still at the last good batch.
            QCOMPARE(db.queryInt(u"SELECT count(*) FROM orders WHERE tid >= "_s + QString::number(first)).value(),
                     qint64(0));
            QCOMPARE(db.queryText(u"SELECT value FROM sync_cursors WHERE name='orders'").value(),
                     QString::number(first));
            // The retry converges.
            QVERIFY(writeBatch(db, first, 10).ok());
            QCOMPARE(db.queryText(u"SELECT value FROM sync_cursors WHERE name='orders'").value(),
                     QString::number(first + 10));
        }
        QCOMPARE(db.queryInt(u"SELECT count(*) FROM orders").value(), qint64(10 * (operations + 1)));
        QCOMPARE(db.queryText(u"PRAGMA integrity_check").value(), u"ok"_s);
    }

    void errorsNameTheStatement()
    {
        QTemporaryDir dir;
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY(db.ok());
        const auto bad = db.value()->prepare(u"SELECT * FROM no_such_table");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.contains(u"no such table"_s));
        QVERIFY(bad.error().detail.contains(u"SELECT * FROM no_such_table"_s));
        const Status dup = db.value()->exec(u"INSERT INTO sync_cursors VALUES ('a','1',0); "
                                            u"INSERT INTO sync_cursors VALUES ('a','2',0)");
        QCOMPARE(dup.error().code, u"storage.constraint"_s);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = openWriter(dir.path(), DatabaseRole::Ledger);
        QVERIFY(db.ok());
        {
            auto tx = Transaction::begin(*db.value());
            QVERIFY(tx.ok());
            QVERIFY(db.value()
                        ->exec(u"INSERT INTO outbox (id, kind, payload, created_ms) VALUES ('x', 'k', '{}', 1)")
                        .ok());
        }
        QCOMPARE(db.value()->queryInt(u"SELECT count(*) FROM outbox").value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
