// Migrations on real SQLite files: fresh, upgrade, newer refused, corrupted file, pragmas.
#include "app/storage/databases.h"
#include "app/storage/migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace mc::storage;
using namespace Qt::StringLiterals;

// The cache schema this version writes (app/storage/migrations/cache/).
constexpr int kCacheSchema = 11;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshCacheHasSchemaV3AndWal()
    {
        QTemporaryDir dir;
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE(db.value()->queryInt(u"PRAGMA user_version").value(), qint64(kCacheSchema));
        QCOMPARE(db.value()->queryText(u"PRAGMA journal_mode").value(), u"wal"_s);
        QCOMPARE(db.value()->queryInt(u"PRAGMA synchronous").value(), qint64(1));
        QCOMPARE(db.value()->queryInt(u"PRAGMA foreign_keys").value(), qint64(1));
        for (const auto *table : {"locations", "items", "skus", "stock_levels", "orders", "order_lines",
                                  "sync_cursors", "rollup_minute", "quarantine", "voucher_keys", "voucher_revocations", "platform_redemptions",
                                  "platform_settlements", "order_search", "search_pending"}) {
            const QString sql = u"SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='"_s +
                                QString::fromLatin1(table) + u'\'';
            QVERIFY2(db.value()->queryInt(sql).value() == 1, table);
        }
    }

    void cacheV1WithOrdersUpgradesKeepingThem()
    {
        QTemporaryDir dir;
        auto all = loadMigrations(migrationDirectory(DatabaseRole::Cache));
        QVERIFY(all.ok());
        QVERIFY(all.value().size() >= 2);
        {
            // A cache as the previous release left it: schema 1, with orders in it.
            auto v1 = Database::open(OpenOptions{dir.filePath(databaseFileName(DatabaseRole::Cache))});
            QVERIFY(v1.ok());
            QCOMPARE(migrate(*v1.value(), all.value().mid(0, 1)).value().toVersion, 1);
            QVERIFY(v1.value()
                        ->exec(u"INSERT INTO orders (tid, status, channel, buyer_nick, payment_fen, total_fee_fen, "
                               u"created_ms, modified_ms) VALUES (1, 'TRADE_FINISHED', 'online', '糖***豆', 100, 100, "
                               u"1000, 2000), (2, 'WAIT_BUYER_PAY', 'store', '小***星', 200, 200, 3000, 3000)")
                        .ok());
        }
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE(db.value()->queryInt(u"PRAGMA user_version").value(), qint64(kCacheSchema));
        QCOMPARE(db.value()->queryInt(u"SELECT count(*) FROM orders").value(), qint64(2));
        QCOMPARE(db.value()
                     ->queryText(u"SELECT group_concat(buyer_nick || ':' || payment_fen, ',') FROM "
                                 u"(SELECT * FROM orders ORDER BY tid)")
                     .value(),
                 u"糖***豆:100,小***星:200"_s);
        // Rows from before the uid was synced have none: buyers fall back to their nick.
        QCOMPARE(db.value()->queryInt(u"SELECT count(*) FROM orders WHERE buyer_open_uid = ''").value(), qint64(2));
        // The orders already cached wait for the search index below the mark, a creation time
        // since schema 8 (indexed in the background, not by the migration); new orders are
        // queued by the cache writer since schema 11 (tst_cachewriter), not by triggers.
        QCOMPARE(db.value()->queryText(u"SELECT value FROM sync_cursors WHERE name = 'search.backfill_below'").value(),
                 u"3001"_s);
        QCOMPARE(db.value()->queryInt(u"SELECT count(*) FROM order_search").value(), qint64(0));
        QCOMPARE(db.value()->queryInt(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                                      u"(tbl_name = 'orders' OR tbl_name = 'order_lines') AND sql LIKE '%AFTER INSERT%'")
                     .value(),
                 qint64(0));
    }

    // Schema 3 (issue 10): a quarantine, a count of unknown statuses from a partial index,
    // and rollup sums that refuse to overflow instead of turning into REALs.
    void cacheV3GuardsRollupsAndCountsUnknownStatuses()
    {
        QTemporaryDir dir;
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY(db.ok());
        Database &d = *db.value();
        QVERIFY(d.exec(u"INSERT INTO orders (tid, status, channel, payment_fen, total_fee_fen, created_ms, modified_ms) "
                       u"VALUES (1, 'TRADE_FINISHED', 'online', 1, 1, 1, 1), (2, 'SELLER_CONSIGNED_PART', 'online', 1, 1, 1, 1)")
                     .ok());
        const QString unknown = u"SELECT count(*) FROM orders WHERE status NOT IN ('WAIT_BUYER_PAY', "
                                u"'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED', 'TRADE_CLOSED', "
                                u"'TRADE_CLOSED_BY_TAOBAO')"_s;
        QCOMPARE(d.queryInt(unknown).value(), qint64(1));
        auto plan = d.prepare(u"EXPLAIN QUERY PLAN "_s + unknown);
        QVERIFY(plan.ok() && plan.value().step().valueOr(false));
        QVERIFY2(plan.value().text(3).contains(u"orders_unknown_status"), qPrintable(plan.value().text(3)));

        const QString cell = u"INSERT INTO rollup_minute VALUES (0, 'online', 1, '*', 'x', 1, 1, %1, 0) "
                             u"ON CONFLICT DO UPDATE SET gmv_fen = gmv_fen + excluded.gmv_fen"_s;
        QVERIFY(d.exec(cell.arg(std::numeric_limits<qint64>::max() - 1)).ok());
        const auto overflow = d.exec(cell.arg(2));
        QVERIFY(!overflow.ok());
        QVERIFY2(overflow.error().toString().contains(u"rollup-overflow"), qPrintable(overflow.error().toString()));
        QCOMPARE(d.queryInt(u"SELECT gmv_fen FROM rollup_minute").value(), std::numeric_limits<qint64>::max() - 1);
        QVERIFY(d.exec(u"INSERT INTO rollup_sku_hour VALUES (0, 1, 1, 1, 9223372036854775800) ON CONFLICT DO UPDATE SET "
                       u"gmv_fen = gmv_fen + excluded.gmv_fen"_s)
                    .ok());
        QVERIFY(!d.exec(u"INSERT INTO rollup_sku_hour VALUES (0, 1, 1, 1, 100) ON CONFLICT DO UPDATE SET "
                        u"gmv_fen = gmv_fen + excluded.gmv_fen"_s)
                     .ok());
    }

    void ledgerIsFullySynced()
    {
        QTemporaryDir dir;
        auto db = openWriter(dir.path(), DatabaseRole::Ledger);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->queryInt(u"PRAGMA synchronous").value(), qint64(2));
        for (const auto *table : {"outbox", "redemptions", "audit_log"}) {
            const QString sql = u"SELECT count(*) FROM sqlite_schema WHERE name='"_s + QString::fromLatin1(table) + u'\'';
            QVERIFY2(db.value()->queryInt(sql).value() == 1, table);
        }
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        {
            auto db = openWriter(dir.path(), DatabaseRole::Cache);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(u"INSERT INTO sync_cursors VALUES ('x', 'kept', 1)").ok());
        }
        auto again = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->queryText(u"SELECT value FROM sync_cursors WHERE name='x'").value(), u"kept"_s);
    }

    void upgradeAppliesOnlyNewMigrations()
    {
        QTemporaryDir dir;
        OpenOptions options{dir.filePath(u"up.sqlite"_s)};
        auto db = Database::open(options);
        QVERIFY(db.ok());
        QList<Migration> v1{{1, u"first"_s, u"CREATE TABLE a (x INTEGER);"_s}};
        QCOMPARE(migrate(*db.value(), v1).value().toVersion, 1);
        QVERIFY(db.value()->exec(u"INSERT INTO a VALUES (7)").ok());
        QList<Migration> v2 = v1;
        v2.append({2, u"second"_s, u"ALTER TABLE a ADD COLUMN y TEXT NOT NULL DEFAULT 'new';"_s});
        const auto report = migrate(*db.value(), v2);
        QVERIFY(report.ok());
        QCOMPARE(report.value().fromVersion, 1);
        QCOMPARE(report.value().toVersion, 2);
        QCOMPARE(db.value()->queryText(u"SELECT y FROM a WHERE x = 7").value(), u"new"_s);
    }

    void failedMigrationLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        auto db = Database::open(OpenOptions{dir.filePath(u"bad.sqlite"_s)});
        QVERIFY(db.ok());
        QList<Migration> migrations{{1, u"ok"_s, u"CREATE TABLE a (x INTEGER);"_s},
                                    {2, u"broken"_s, u"CREATE TABLE b (y INTEGER); SELECT nonsense FROM nowhere;"_s}};
        const auto report = migrate(*db.value(), migrations);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(u"broken"_s));
        QVERIFY(report.error().detail.contains(u"nowhere"_s)); // the statement and SQLite's message
        QCOMPARE(db.value()->queryInt(u"PRAGMA user_version").value(), qint64(1));
        QCOMPARE(db.value()->queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name='b'").value(), qint64(0));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        {
            auto db = openWriter(dir.path(), DatabaseRole::Cache);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(u"PRAGMA user_version = 99").ok());
        }
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"storage.too_new"_s);
        QVERIFY(db.error().message.contains(u"newer version"_s));
        auto raw = Database::open(OpenOptions{dir.filePath(u"cache.sqlite"_s)});
        QCOMPARE(raw.value()->queryInt(u"PRAGMA user_version").value(), qint64(99));
    }

    void corruptedFileGivesAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database, it is a shopping list\n").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("header then garbage") << header + QByteArray(8192, '\xAB');
    }

    void corruptedFileGivesAClearError()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"storage.corrupt"_s);
        QVERIFY(db.error().message.contains(u"cache.sqlite"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // nothing was overwritten
    }

    void damagedPageIsReportedNotCrashed()
    {
        QTemporaryDir dir;
        {
            auto db = openWriter(dir.path(), DatabaseRole::Cache);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
            for (int i = 0; i < 2000; ++i)
                QVERIFY(db.value()
                            ->exec(u"INSERT INTO sync_cursors VALUES ('k"_s + QString::number(i) +
                                   u"', hex(randomblob(64)), 0)")
                            .ok());
            QVERIFY(db.value()->exec(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        QFile f(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 1024);
        for (qint64 pos = 4096 * 3; pos < size; pos += 4096) { // scribble over every page but the first few
            f.seek(pos + 100);
            f.write(QByteArray(200, '\x5A'));
        }
        f.close();
        auto db = openWriter(dir.path(), DatabaseRole::Cache);
        if (db.ok()) { // the schema pages survived: reading the damaged table must fail cleanly
            const auto count = db.value()->queryInt(u"SELECT count(*) FROM sync_cursors WHERE value LIKE 'A%'");
            const auto check = db.value()->queryText(u"PRAGMA integrity_check");
            QVERIFY(!count.ok() || !check.ok() || check.value() != u"ok"_s);
        } else {
            QCOMPARE(db.error().code, u"storage.corrupt"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
