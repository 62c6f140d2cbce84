#include "tests/support/ordercache.h"

#include "app/storage/database.h"

using namespace Qt::StringLiterals;

namespace mc::test {

const QStringList &sampleTitles()
{
    static const QStringList titles{u"华为 Mate 60 手机"_s, u"Glacier Spring 冰川泉 修护精华乳"_s,
                                    u"Alpen Milk 阿尔卑 孕妇配方奶粉"_s, u"Zenleaf 禅叶 蔓越莓精华胶囊"_s,
                                    u"100% cotton \"T\" shirt, white"_s};
    return titles;
}

const QStringList &sampleNicks()
{
    static const QStringList nicks{u"喵***妈"_s, u"小***宝"_s, u"星***果"_s, u"tom_%_cat"_s, u"张三丰"_s};
    return nicks;
}

std::int64_t seededTid(std::int64_t i)
{
    return 9'000'000'000LL + (i * 7919) % 1'000'000'007LL; // a permutation of 0 .. 10^9+6
}

bool seedOrders(storage::Database &db, std::int64_t from, std::int64_t count, std::int64_t baseMs)
{
    if (!db.exec(u"BEGIN").ok())
        return false;
    auto order = db.prepare(u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, payment_fen, "
                            u"total_fee_fen, created_ms, modified_ms, province) VALUES (?,?,?,?,?,?,?,?,?,?)");
    auto line = db.prepare(u"INSERT INTO order_lines (oid, tid, num_iid, sku_id, title, num, price_fen, payment_fen) "
                           u"VALUES (?,?,?,?,?,?,?,?)");
    if (!order || !line)
        return false;
    const QStringList &titles = sampleTitles();
    const QStringList &nicks = sampleNicks();
    for (std::int64_t i = from; i < from + count; ++i) {
        const std::int64_t tid = seededTid(i);
        const std::int64_t created = baseMs + (i / 3) * 1000; // three orders per second
        const std::int64_t paid = 100 + (i * 37) % 50000;
        order.value().reset();
        order.value()
            .bind(1, tid)
            .bind(2, i % 4 == 0 ? u"WAIT_BUYER_PAY"_s : u"WAIT_SELLER_SEND_GOODS"_s)
            .bind(3, i % 5 == 0 ? u"store"_s : u"online"_s)
            .bind(4, std::int64_t(i % 5 == 0 ? 100 + i % 3 : 1))
            .bind(5, nicks[i % nicks.size()])
            .bind(6, paid)
            .bind(7, paid)
            .bind(8, created)
            .bind(9, created)
            .bind(10, i % 7 == 0 ? u"贵州省"_s : u"浙江省"_s);
        if (!order.value().run())
            return false;
        for (int l = 0; l < 1 + i % 2; ++l) {
            line.value().reset();
            line.value()
                .bind(1, tid * 10 + l)
                .bind(2, tid)
                .bind(3, std::int64_t(1000 + l))
                .bind(4, std::int64_t(5000 + i % 40))
                .bind(5, titles[(i + l) % titles.size()])
                .bind(6, 1 + l)
                .bind(7, std::int64_t(100))
                .bind(8, std::int64_t(100));
            if (!line.value().run())
                return false;
        }
    }
    return queueForDerivedData(db) && db.exec(u"COMMIT").ok();
}

bool queueForDerivedData(storage::Database &db)
{
    return db.exec(u"INSERT OR IGNORE INTO search_pending (tid) SELECT tid FROM orders WHERE items IS NULL; "
                   u"INSERT OR IGNORE INTO digest_pending (tid) SELECT tid FROM orders o WHERE NOT EXISTS "
                   u"(SELECT 1 FROM order_digest d WHERE d.created_ms = o.created_ms AND d.tid = o.tid)"_s)
        .ok();
}

} // namespace mc::test
