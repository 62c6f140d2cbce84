// Ingest benchmark: parse and commit N orders (lines and rollups included) from pages held
// in memory, side by side with a raw SQLite upsert of the same order and line rows, in the
// same run and on the same disk. Goal (docs/architecture.md section 8): ratio >= 0.7 against a
// raw upsert of the same rows (orders, lines and rollup rows), measured the way the sync
// engine works (pages decoded on a worker thread while the writer commits); the one-thread
// ratios, and the ratio against orders and lines alone, are printed too.
//
//   build/tests/bench_ingest [orders=200000] [page=100]
#include "app/core/order.h"
#include "app/protocol/toptime.h"
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/sync/cachewriter.h"
#include "app/sync/tradedecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace mc;

namespace {

constexpr QByteArrayView kResponseKey = "trades_sold_increment_get_response";

// One page of increment.get, as the platform sends it.
QByteArray makePage(QRandomGenerator &rng, std::int64_t firstTid, int count)
{
    static const char *const kProvinces[] = {"浙江省", "广东省", "江苏省", "上海", "北京", "四川省"};
    QJsonArray trades;
    const std::int64_t base = 1'605'024'000'000;
    for (int i = 0; i < count; ++i) {
        const std::int64_t tid = firstTid + i;
        QJsonArray lines;
        const int n = 1 + static_cast<int>(rng.bounded(4));
        std::int64_t total = 0;
        for (int k = 0; k < n; ++k) {
            const std::int64_t price = 990 + rng.bounded(50000);
            const std::int64_t num = 1 + rng.bounded(3);
            total += price * num;
            lines.append(QJsonObject{{QStringLiteral("oid"), qint64(tid * 10 + k)},
                                     {QStringLiteral("num_iid"), qint64(5000 + rng.bounded(500))},
                                     {QStringLiteral("sku_id"), qint64(90000 + rng.bounded(2000))},
                                     {QStringLiteral("title"), QStringLiteral("Hydrating serum 30ml")},
                                     {QStringLiteral("num"), qint64(num)},
                                     {QStringLiteral("price"), core::Money::fromMinor(price).toDecimalString()},
                                     {QStringLiteral("payment"), core::Money::fromMinor(price * num).toDecimalString()},
                                     {QStringLiteral("refund_status"), QStringLiteral("NO_REFUND")}});
        }
        const std::int64_t created = base + tid * 37;
        trades.append(QJsonObject{
            {QStringLiteral("tid"), qint64(tid)},
            {QStringLiteral("status"), QStringLiteral("WAIT_SELLER_SEND_GOODS")},
            {QStringLiteral("payment"), core::Money::fromMinor(total).toDecimalString()},
            {QStringLiteral("total_fee"), core::Money::fromMinor(total).toDecimalString()},
            {QStringLiteral("post_fee"), QStringLiteral("0.00")},
            {QStringLiteral("created"), QString::fromLatin1(protocol::formatTopTime(created))},
            {QStringLiteral("modified"), QString::fromLatin1(protocol::formatTopTime(created + 2000))},
            {QStringLiteral("pay_time"), QString::fromLatin1(protocol::formatTopTime(created + 1000))},
            {QStringLiteral("buyer_nick"), QStringLiteral("buyer%1").arg(rng.bounded(100000))},
            {QStringLiteral("buyer_open_uid"), QStringLiteral("AAbuyer%1").arg(rng.bounded(100000), 17, 10, QLatin1Char('0'))},
            {QStringLiteral("receiver_state"), QString::fromUtf8(kProvinces[rng.bounded(6)])},
            {QStringLiteral("receiver_city"), QStringLiteral("Hangzhou")},
            {QStringLiteral("channel"), QStringLiteral("online")},
            {QStringLiteral("store_id"), qint64(1)},
            {QStringLiteral("orders"), QJsonObject{{QStringLiteral("order"), lines}}}});
    }
    const QJsonObject body{{QStringLiteral("trades_sold_increment_get_response"),
                            QJsonObject{{QStringLiteral("has_next"), true},
                                        {QStringLiteral("trades"), QJsonObject{{QStringLiteral("trade"), trades}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<storage::Database> freshCache(const QString &dir)
{
    auto db = storage::openWriter(dir, storage::DatabaseRole::Cache);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(db).value();
}

// Our path: decode the page, upsert orders + lines + rollups in one transaction per page.
double runConsole(const QList<QByteArray> &pages, const QString &dir)
{
    auto db = freshCache(dir);
    sync::CacheWriter writer(*db);
    if (!writer.prepare().ok())
        qFatal("prepare failed");
    QElapsedTimer t;
    t.start();
    for (const QByteArray &page : pages) {
        auto decoded = sync::decodeTradePage(page, kResponseKey);
        auto tx = storage::Transaction::begin(*db);
        if (!decoded || !tx || !writer.applyOrders(decoded.value().orders) || !tx.value().commit())
            qFatal("console ingest failed");
    }
    return t.nsecsElapsed() / 1e9;
}

// As the sync engine does it: pages decoded on a worker thread while this one commits the
// pages decoded before (OrderWindowPager decodes on the thread pool). Same transactions.
double runConsolePipelined(const QList<QByteArray> &pages, const QString &dir)
{
    auto db = freshCache(dir);
    sync::CacheWriter writer(*db);
    if (!writer.prepare().ok())
        qFatal("prepare failed");
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<core::Order>> ready; // decoded, waiting for the writer (at most 8)
    QElapsedTimer t;
    t.start();
    std::thread decoder([&] {
        for (const QByteArray &page : pages) {
            auto decoded = sync::decodeTradePage(page, kResponseKey);
            if (!decoded)
                qFatal("decode failed");
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return ready.size() < 8; });
            ready.push_back(std::move(decoded.value().orders));
            changed.notify_all();
        }
    });
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QList<core::Order> orders;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty(); });
            orders = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        auto tx = storage::Transaction::begin(*db);
        if (!tx || !writer.applyOrders(orders) || !tx.value().commit())
            qFatal("console ingest failed");
    }
    decoder.join();
    return t.nsecsElapsed() / 1e9;
}

// The decoding share alone: JSON -> domain records, no database.
double runParseOnly(const QList<QByteArray> &pages)
{
    QElapsedTimer t;
    t.start();
    qsizetype orders = 0;
    for (const QByteArray &page : pages) {
        orders += sync::decodeTradePage(page, kResponseKey).value().orders.size();
    }
    return orders > 0 ? t.nsecsElapsed() / 1e9 : 0;
}

// The rollup rows a page adds, aggregated exactly as the console does (computed untimed).
QList<core::RollupDelta> rollupRowsOf(const QList<QList<core::Order>> &pages)
{
    QList<core::RollupDelta> out;
    for (const auto &page : pages) {
        core::RollupDelta d;
        for (const core::Order &o : page) {
            core::OrderFacts f{o.status, core::toWire(o.channel), o.locationId, o.payTimeMs, o.province, {}};
            for (const core::OrderLine &l : o.lines)
                f.lines.append({QString(), l.skuId, l.num, l.payment.minor(), false});
            if (!d.add(f, +1))
                qFatal("rollup sums overflowed");
        }
        out.append(d);
    }
    return out;
}

// Baseline: the same rows the console commits (orders and lines, plus the same rollup rows
// when `rollups` is given), already decoded, upserted with prepared statements in one
// transaction per page. No JSON, no reads, no delta computation.
double runRawSqlite(const QList<QList<core::Order>> &pages, const QString &dir,
                    const QList<core::RollupDelta> *rollups = nullptr)
{
    auto db = freshCache(dir);
    auto order = db->prepare(u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, "
                             u"total_fee_fen, post_fee_fen, created_ms, modified_ms, pay_time_ms, province, city, buyer_open_uid) "
                             u"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (tid) DO UPDATE SET status = excluded.status, "
                             u"modified_ms = excluded.modified_ms");
    auto line = db->prepare(u"INSERT INTO order_lines (oid, tid, num_iid, sku_id, title, category, num, price_fen, "
                            u"payment_fen, refund_status) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (oid) DO UPDATE SET "
                            u"refund_status = excluded.refund_status");
    auto minute = db->prepare(u"INSERT INTO rollup_minute (minute_ms, channel, location_id, category, province, orders, "
                              u"units, gmv_fen, refund_fen) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET "
                              u"orders = orders + excluded.orders, units = units + excluded.units, "
                              u"gmv_fen = gmv_fen + excluded.gmv_fen, refund_fen = refund_fen + excluded.refund_fen");
    auto skuHour = db->prepare(u"INSERT INTO rollup_sku_hour (hour_ms, sku_id, location_id, units, gmv_fen) "
                               u"VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET units = units + excluded.units, "
                               u"gmv_fen = gmv_fen + excluded.gmv_fen");
    // The queues of the search index and the order digest, one row each per new order, as the
    // cache writer writes them (cache migration 0011).
    auto queues = db->prepare(u"INSERT OR IGNORE INTO search_pending (tid) VALUES (?1)");
    auto digestQueue = db->prepare(u"INSERT OR IGNORE INTO digest_pending (tid) VALUES (?1)");
    if (!order || !line || !minute || !skuHour || !queues || !digestQueue)
        qFatal("prepare failed");
    const QString status = QStringLiteral("WAIT_SELLER_SEND_GOODS"), channel = QStringLiteral("online"),
                  category = QStringLiteral("Serums");
    QElapsedTimer t;
    t.start();
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const auto &page = pages[p];
        auto tx = storage::Transaction::begin(*db);
        for (const core::Order &o : page) {
            order.value().bind(1, o.tid).bind(2, status).bind(3, channel).bind(4, o.locationId).bind(5, o.buyerNick)
                .bind(6, o.payment.minor()).bind(7, o.totalFee.minor()).bind(8, o.postFee.minor()).bind(9, o.createdMs)
                .bind(10, o.modifiedMs).bind(11, o.payTimeMs).bind(12, o.province).bind(13, o.city)
                .bind(14, o.buyerOpenUid);
            if (!order.value().run() || !queues.value().bind(1, o.tid).run() ||
                !digestQueue.value().bind(1, o.tid).run())
                qFatal("raw insert failed");
            for (const core::OrderLine &l : o.lines) {
                line.value().bind(1, l.oid).bind(2, o.tid).bind(3, l.numIid).bind(4, l.skuId).bind(5, l.title)
                    .bind(6, category).bind(7, l.num).bind(8, l.price.minor()).bind(9, l.payment.minor())
                    .bind(10, l.refundStatus);
                if (!line.value().run())
                    qFatal("raw insert failed");
            }
        }
        if (rollups) {
            const core::RollupDelta &d = (*rollups)[p];
            for (auto it = d.cells().cbegin(); it != d.cells().cend(); ++it) {
                const core::RollupKey &k = it.key();
                minute.value().bind(1, k.minuteMs).bind(2, k.channel).bind(3, k.locationId).bind(4, k.category)
                    .bind(5, k.province).bind(6, it->orders).bind(7, it->units).bind(8, it->gmvFen)
                    .bind(9, it->refundFen);
                if (!minute.value().run())
                    qFatal("raw rollup failed");
            }
            for (auto it = d.skuHours().cbegin(); it != d.skuHours().cend(); ++it) {
                skuHour.value().bind(1, it.key().hourMs).bind(2, it.key().skuId).bind(3, it.key().locationId)
                    .bind(4, it->units).bind(5, it->gmvFen);
                if (!skuHour.value().run())
                    qFatal("raw rollup failed");
            }
        }
        if (!tx.value().commit())
            qFatal("commit failed");
    }
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int total = args.size() > 1 ? args[1].toInt() : 200'000;
    const int pageSize = args.size() > 2 ? args[2].toInt() : 100;
    QRandomGenerator rng(11);
    QList<QByteArray> pages;
    QList<QList<core::Order>> decoded;
    std::int64_t lines = 0;
    for (int first = 0; first < total; first += pageSize) {
        pages.append(makePage(rng, 1'000'000 + first, std::min(pageSize, total - first)));
        decoded.append(sync::decodeTradePage(pages.last(), kResponseKey).value().orders);
        for (const auto &o : decoded.last())
            lines += o.lines.size();
    }
    QTemporaryDir dir;
    QTextStream out(stdout);
    // Alternate the two runs to even out disk and cache effects; keep the best of each.
    const QList<core::RollupDelta> rollups = rollupRowsOf(decoded);
    double console = 1e9, pipelined = 1e9, raw = 1e9, rawAll = 1e9;
    for (int round = 0; round < 2; ++round) {
        raw = std::min(raw, runRawSqlite(decoded, dir.filePath(QStringLiteral("raw%1").arg(round))));
        rawAll = std::min(rawAll, runRawSqlite(decoded, dir.filePath(QStringLiteral("rawall%1").arg(round)), &rollups));
        console = std::min(console, runConsole(pages, dir.filePath(QStringLiteral("console%1").arg(round))));
        pipelined = std::min(pipelined, runConsolePipelined(pages, dir.filePath(QStringLiteral("piped%1").arg(round))));
    }
    const double parse = runParseOnly(pages);
    const double ratio = rawAll / pipelined;
    out << "ingest: " << total << " orders, " << lines << " lines, pages of " << pageSize << '\n'
        << "  raw SQLite upsert, orders + lines:          " << qRound64(total / raw) << " orders/s (" << raw << " s)\n"
        << "  raw SQLite upsert, same rows incl. rollups: " << qRound64(total / rawAll) << " orders/s (" << rawAll
        << " s)\n"
        << "  console (decode + orders, lines, rollups):  " << qRound64(total / console) << " orders/s (" << console
        << " s)\n"
        << "  of which JSON decoding:                     " << qRound64(100 * parse / console) << " %\n"
        << "  console, decoding on a second thread (the sync engine's way): " << qRound64(total / pipelined)
        << " orders/s (" << pipelined << " s)\n"
        << "  ratio console (decoding on a second thread) / raw same rows: " << QString::number(ratio, 'f', 2)
        << " (goal >= 0.70)\n"
        << "  ratio console (one thread) / raw same rows: " << QString::number(rawAll / console, 'f', 2) << '\n'
        << "  ratio console (one thread) / raw orders + lines only: " << QString::number(raw / console, 'f', 2) << '\n';
    return 0;
}
