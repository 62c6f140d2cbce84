// The Orders workspace's queries on a real cache file: keyset pages, anchored positions,
// search through the trigram index (complete, half-built, or not at all) and the new orders
// above a list, each compared with a brute-force SQL answer over the same rows; and the CSV
// export (BOM, CRLF, quoting, nothing left behind when cancelled).
#include "app/storage/databases.h"
#include "app/workspace/orderexport.h"
#include "app/workspace/orderquery.h"
#include "app/workspace/searchindexer.h"
#include "app/workspace/ordertext.h"
#include "app/workspace/searchkey.h"
#include "tests/support/ordercache.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc;
using workspace::OrderFilter;
using workspace::OrderKey;
using workspace::OrderQuery;

namespace {

constexpr int kOrders = 5000;

void seed(storage::Database &db, int from, int count, std::int64_t baseMs)
{
    QVERIFY(test::seedOrders(db, from, count, baseMs));
}

// The same rows by brute force: every order, filtered in C++ terms by SQL without the index.
QList<std::int64_t> bruteForce(storage::Database &db, const QString &where)
{
    QList<std::int64_t> out;
    auto s = db.prepare(u"SELECT tid FROM orders o WHERE "_s + where + u" ORDER BY created_ms DESC, tid DESC");
    while (s.value().step().valueOr(false))
        out.append(s.value().int64(0));
    return out;
}

QList<std::int64_t> tids(const QList<workspace::OrderRow> &rows)
{
    QList<std::int64_t> out;
    for (const auto &r : rows)
        out.append(r.tid);
    return out;
}

// Every match through keyset pages of `page` rows.
QList<std::int64_t> paged(OrderQuery &q, const OrderFilter &f, int page)
{
    QList<std::int64_t> out;
    std::optional<OrderKey> after;
    while (true) {
        auto rows = q.rows(f, after, page);
        if (!rows || rows.value().isEmpty())
            return out;
        out += tids(rows.value());
        after = rows.value().constLast().key();
    }
}

} // namespace

class TestOrderQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_writer;
    std::unique_ptr<storage::Database> m_reader;
    const std::int64_t m_base = 1'762'790'400'000; // 2025-11-11 00:00 Beijing

    void buildIndex()
    {
        workspace::SearchIndexer indexer(m_dir.path());
        QVERIFY(indexer.open().ok());
        while (indexer.indexBatch(700).valueOr(0) > 0) {
        }
        QVERIFY(indexer.state().value().complete());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto writer = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY2(writer.ok(), qPrintable(writer.ok() ? QString() : writer.error().toString()));
        m_writer = std::move(writer).value();
        seed(*m_writer, 0, kOrders, m_base);
        auto reader = storage::openReader(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(reader.ok());
        m_reader = std::move(reader).value();
    }

    void keysetPagesEqualTheWholeOrdering_data()
    {
        QTest::addColumn<OrderFilter>("filter");
        QTest::addColumn<QString>("where");
        QTest::newRow("everything") << OrderFilter{} << u"1"_s;
        OrderFilter f;
        f.fromMs = m_base + 100'000;
        f.toMs = m_base + 900'000;
        QTest::newRow("period") << f << u"created_ms >= %1 AND created_ms < %2"_s.arg(f.fromMs).arg(f.toMs);
        f = {};
        f.statuses = {u"WAIT_BUYER_PAY"_s};
        f.channel = u"store"_s;
        QTest::newRow("status and channel") << f << u"status = 'WAIT_BUYER_PAY' AND channel = 'store'"_s;
        f = {};
        f.locationId = 101;
        f.province = u"贵州省"_s;
        f.minFen = 1000;
        f.maxFen = 30000;
        QTest::newRow("store, province, amount")
            << f << u"location_id = 101 AND province = '贵州省' AND payment_fen BETWEEN 1000 AND 30000"_s;
    }
    void keysetPagesEqualTheWholeOrdering()
    {
        QFETCH(OrderFilter, filter);
        QFETCH(QString, where);
        OrderQuery q(*m_reader);
        const QList<std::int64_t> expected = bruteForce(*m_reader, where);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(paged(q, filter, 97), expected);
    }

    void anchorsReachAnyPosition()
    {
        OrderQuery q(*m_reader);
        const QList<std::int64_t> expected = bruteForce(*m_reader, u"1"_s);
        QList<OrderKey> anchors;
        OrderKey last;
        std::int64_t counted = 0;
        std::optional<OrderKey> after;
        while (true) { // in chunks, as the browser walks
            auto walked = q.scanAnchors({}, after, counted, 777, anchors, last);
            QVERIFY(walked.ok());
            counted += walked.value();
            after = last;
            if (walked.value() < 777)
                break;
        }
        QCOMPARE(counted, expected.size());
        QCOMPARE(anchors.size(), (expected.size() + OrderQuery::kAnchorEvery - 1) / OrderQuery::kAnchorEvery);
        for (int pos : {0, 1, 1023, 1024, 1025, 2047, 3000, kOrders - 1}) {
            const auto rows = q.rows({}, anchors.at(pos / OrderQuery::kAnchorEvery), 3, pos % OrderQuery::kAnchorEvery,
                                     true);
            QVERIFY(rows.ok() && !rows.value().isEmpty());
            QCOMPARE(rows.value().first().tid, expected.at(pos));
        }
    }

    void searchIsExactWithTheIndexBuiltHalfBuiltOrNot()
    {
        const QString title = u"EXISTS (SELECT 1 FROM order_lines l WHERE l.tid = o.tid AND "
                              u"instr(lower(l.title), lower('%1')) > 0)"_s;
        const QString nick = u"instr(lower(o.buyer_nick), lower('%1')) > 0"_s;
        QList<QPair<QString, QList<std::int64_t>>> cases;
        for (const QString &term : {u"精华"_s, u"精华乳"_s, u"mate 60"_s, u"***妈"_s, u"张三"_s, u"_%_"_s, u"\"T\""_s}) {
            const QString quoted = QString(term).replace(u"'"_s, u"''"_s);
            cases.append({term, bruteForce(*m_reader, u"("_s + nick.arg(quoted) + u" OR "_s + title.arg(quoted) + u')')});
            QVERIFY2(!cases.last().second.isEmpty(), qPrintable(term));
        }
        auto check = [&](const char *stage) {
            for (std::int64_t window : {std::int64_t(20'000), std::int64_t(7)}) {
                // Small windows, every term taken as common: a walk of many windows that hands
                // over to the index mid-list once it is complete.
                OrderQuery q(*m_reader);
                q.setFirstScanWindow(window);
                if (window == 7)
                    q.setIndexDrivenMax(0);
                for (const auto &[term, expected] : cases) {
                    OrderFilter f;
                    f.search = term;
                    QVERIFY2(paged(q, f, 250) == expected,
                             qPrintable(term + u" "_s + QLatin1String(stage) + u", window "_s + QString::number(window)));
                    // A page from the middle, as the anchors ask for it.
                    if (expected.size() > 40) {
                        const auto middle = q.rows(f, std::nullopt, 10, 30);
                        QVERIFY(middle.ok());
                        QCOMPARE(tids(middle.value()), expected.mid(30, 10));
                    }
                }
            }
        };
        // As after migration 0006 on a cache that already held every order: all in the backlog.
        QVERIFY(m_writer->exec(u"DELETE FROM search_pending; DELETE FROM order_search; "
                               u"UPDATE sync_cursors SET value = (SELECT max(created_ms) + 1 FROM orders) "
                               u"WHERE name = 'search.backfill_below'").ok());
        check("with nothing indexed");
        workspace::SearchIndexer indexer(m_dir.path());
        QVERIFY(indexer.open().ok());
        QVERIFY(indexer.indexBatch(1500).valueOr(0) > 0);
        check("with the backlog half done");
        buildIndex();
        check("with the index complete");
        seed(*m_writer, kOrders + 100, 40, m_base + 2 * 86'400'000); // queued, not yet indexed
        for (auto &[term, expected] : cases) {
            const QString quoted = QString(term).replace(u"'"_s, u"''"_s);
            expected = bruteForce(*m_reader, u"("_s + nick.arg(quoted) + u" OR "_s + title.arg(quoted) + u')');
        }
        check("with new orders queued");
        QVERIFY(m_reader->queryInt(u"SELECT count(*) FROM search_pending").value() == 40);
    }

    // TOP's times are to the second: many orders share a created_ms, and their tids may share
    // the index slot they prefer (tid % 2^20). Each gets its own row, indexing them again
    // moves none, and a search returns them in the list's order (tid descending) across pages.
    void ordersOfOneMillisecondShareTheIndexExactly()
    {
        const std::int64_t ms = m_base - 5 * 86'400'000; // below the rest of the list
        const std::int64_t slots = workspace::kSearchSlots;
        QVERIFY(m_writer->exec(u"BEGIN").ok());
        for (int i = 0; i < 40; ++i) {
            // 40 orders in one ms; pairs of tids want the same slot, and the higher the tid the
            // lower the slot it wants: the index's order within the ms is not the list's.
            const std::int64_t tid = 7'000'000'000LL + i * slots + (39 - i) / 2;
            QVERIFY(m_writer->exec(u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, "
                                   u"total_fee_fen, created_ms, modified_ms, province) VALUES (%1, 'WAIT_SELLER_SEND_GOODS', "
                                   u"'online', 1, '同秒买家', 100, 100, %2, %2, '浙江省')"_s.arg(tid).arg(ms))
                        .ok());
        }
        QVERIFY(mc::test::queueForDerivedData(*m_writer));
        QVERIFY(m_writer->exec(u"COMMIT").ok());
        buildIndex();
        const QString same = u"buyer_nick = '同秒买家'"_s;
        QCOMPARE(m_reader->queryInt(u"SELECT count(*) FROM order_search WHERE rowid BETWEEN %1 AND %2"_s
                                        .arg(workspace::searchKeyFloor(ms))
                                        .arg(workspace::searchKeyCeiling(ms)))
                     .value(),
                 qint64(40));
        // Indexed again (new lines arrived, say): still one row each, in the same slots.
        QVERIFY(m_writer->exec(u"INSERT INTO search_pending (tid) SELECT tid FROM orders WHERE "_s + same).ok());
        buildIndex();
        QCOMPARE(m_reader->queryInt(u"SELECT count(DISTINCT tid) = count(*) AND count(*) = 40 FROM order_search "
                                    u"WHERE order_search MATCH '同秒买'"_s)
                     .value(),
                 qint64(1));
        OrderFilter f;
        f.search = u"同秒买"_s;
        for (std::int64_t window : {std::int64_t(1), std::int64_t(1'000'000)}) {
            for (int chunk : {1, 3, 512}) { // small chunks end inside the millisecond
                OrderQuery q(*m_reader);
                q.setFirstScanWindow(window); // 1: the index answers; a million: the list walk does
                q.setIndexChunk(chunk);
                for (int page : {1, 3, 7, 100})
                    QCOMPARE(paged(q, f, page), bruteForce(*m_reader, same));
            }
        }
    }

    // The list's units and first title are kept on the order by the indexer (migration 0008);
    // a line changed, added or deleted shows at once (the kept values are dropped by triggers
    // and computed from the lines until the indexer comes by again).
    void listColumnsFollowTheLines()
    {
        buildIndex();
        const QString truth = u"SELECT o.tid, (SELECT coalesce(sum(num), 0) FROM order_lines WHERE tid = o.tid), "
                              u"coalesce((SELECT title FROM order_lines WHERE tid = o.tid ORDER BY oid LIMIT 1), '') "
                              u"FROM orders o ORDER BY o.created_ms DESC, o.tid DESC"_s;
        auto listed = [&] {
            OrderQuery q(*m_reader);
            QStringList out;
            QVERIFY(q.forEach({}, [&](const workspace::OrderRow &r) {
                         out << u"%1:%2:%3"_s.arg(r.tid).arg(r.items).arg(r.firstTitle);
                         return true;
                     }).ok());
            QStringList expected;
            auto s = m_reader->prepare(truth);
            while (s.value().step().valueOr(false))
                expected << u"%1:%2:%3"_s.arg(s.value().int64(0)).arg(s.value().int64(1)).arg(s.value().text(2));
            QCOMPARE(out, expected);
        };
        QCOMPARE(m_reader->queryInt(u"SELECT count(*) FROM orders WHERE items IS NULL").value(), qint64(0));
        listed();
        const std::int64_t tid = bruteForce(*m_reader, u"1"_s).at(10);
        QVERIFY(m_writer->exec(u"UPDATE order_lines SET num = num + 5, title = 'Changed 改过' WHERE oid = "
                               u"(SELECT min(oid) FROM order_lines WHERE tid = %1)"_s.arg(tid))
                    .ok());
        // A new line: the cache writer clears the order's list columns and queues it (migration 0011).
        const std::int64_t gainsLine = bruteForce(*m_reader, u"1"_s).at(11);
        QVERIFY(m_writer->exec(u"INSERT INTO order_lines (oid, tid, num_iid, sku_id, title, num, price_fen, "
                               u"payment_fen) SELECT 1, %1, 1, 1, 'First 第一', 2, 1, 1; "
                               u"UPDATE orders SET items = NULL, first_title = NULL WHERE tid = %1"_s.arg(gainsLine))
                    .ok());
        QVERIFY(mc::test::queueForDerivedData(*m_writer));
        QVERIFY(m_writer->exec(u"DELETE FROM order_lines WHERE oid = (SELECT max(oid) FROM order_lines WHERE tid = %1)"_s
                                   .arg(bruteForce(*m_reader, u"1"_s).at(12)))
                    .ok());
        QCOMPARE(m_reader->queryInt(u"SELECT count(*) FROM orders WHERE items IS NULL").value(), qint64(3));
        listed();
        buildIndex();
        QCOMPARE(m_reader->queryInt(u"SELECT count(*) FROM orders WHERE items IS NULL").value(), qint64(0));
        listed();
    }

    void orderIdFindsExactlyThatOrder()
    {
        const std::int64_t tid = bruteForce(*m_reader, u"1"_s).at(1234);
        OrderFilter f;
        f.search = QString::number(tid);
        OrderQuery q(*m_reader);
        QCOMPARE(paged(q, f, 10), QList<std::int64_t>{tid});
    }

    void newOrdersAboveAListAreCountedAndFetched()
    {
        OrderQuery q(*m_reader);
        const OrderKey top = q.rows({}, std::nullopt, 1).value().first().key();
        seed(*m_writer, kOrders + 200, 30, m_base + 3 * 86'400'000); // days later: above the list
        QCOMPARE(q.countNewerThan({}, top).value(), 30);
        const QList<std::int64_t> all = bruteForce(*m_reader, u"1"_s);
        QCOMPARE(tids(q.newerThan({}, top, 10, 5).value()), all.mid(5, 10));
        // The new ones are queued for the index and found by search at once.
        OrderFilter f;
        f.search = u"精华"_s;
        QCOMPARE(paged(q, f, 100),
                 bruteForce(*m_reader, u"EXISTS (SELECT 1 FROM order_lines l WHERE l.tid = o.tid AND l.title LIKE '%精华%')"_s));
    }

    void exportWritesWhatSpreadsheetsRead()
    {
        const QString path = m_dir.filePath(u"orders.csv"_s);
        OrderFilter f;
        f.search = u"shirt"_s;
        auto written = workspace::exportOrders(m_dir.path(), f, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size() - 2, written.value()); // header, rows, and the empty piece after the last CRLF
        QVERIFY(lines.first().endsWith('\r'));
        QVERIFY(csv.contains("\"100% cotton \"\"T\"\" shirt, white\"")); // quoted, quotes doubled
        QVERIFY(csv.contains(",\t9000")); // order ids as text: no 2.00E+14 in Excel
        QCOMPARE(written.value(), paged(*std::make_unique<OrderQuery>(*m_reader), f, 500).size());
    }

    // The export's hand-made Beijing time equals Qt's calendar for any instant, leap days,
    // year ends and times before 1970 included.
    void beijingTimeMatchesQt()
    {
        const QTimeZone beijing(8 * 3600);
        std::int64_t t = -2'208'988'800'000; // 1900
        const std::int64_t end = 4'102'444'800'000; // 2100
        for (std::int64_t step = 9'876'543'211; t < end; t += step) {
            for (std::int64_t ms : {t, t - t % 86'400'000 - 8 * 3'600'000, t - t % 86'400'000 - 8 * 3'600'000 - 1}) {
                QCOMPARE(workspace::OrderText::time(ms),
                         QDateTime::fromMSecsSinceEpoch(ms, beijing).toString(u"yyyy-MM-dd HH:mm:ss"_s));
            }
        }
        QCOMPARE(workspace::OrderText::time(951'753'600'000), u"2000-02-29 00:00:00"_s); // 2000-02-28 16:00 UTC
        QCOMPARE(workspace::OrderText::time(1'762'876'799'999), u"2025-11-11 23:59:59"_s);
    }

    void cancelledExportLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        auto written = workspace::exportOrders(m_dir.path(), {}, path, [](std::int64_t) { return false; });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QString::fromLatin1(workspace::kCancelled));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestOrderQuery)
#include "tst_orderquery.moc"
