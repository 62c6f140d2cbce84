#include "tests/support/campaignorders.h"
#include "tests/support/ordercache.h"

#include "app/storage/database.h"

using namespace Qt::StringLiterals;

namespace mc::test {

namespace {

struct Store
{
    std::int64_t id;
    const char16_t *city;
    const char16_t *province;
};

constexpr Store kStores[] = {{1001, u"杭州", u"浙江省"}, {1002, u"杭州", u"浙江省"}, {1003, u"宁波", u"浙江省"},
                             {1004, u"宁波", u"浙江省"}, {1005, u"上海", u"上海市"}, {1006, u"上海", u"上海市"},
                             {1007, u"上海", u"上海市"}, {1008, u"杭州", u"浙江省"}, {1009, u"宁波", u"浙江省"},
                             {1010, u"上海", u"上海市"}};
constexpr const char16_t *kCategories[] = {u"母婴", u"美妆", u"数码", u"食品"};
constexpr const char16_t *kStatuses[] = {u"TRADE_FINISHED", u"WAIT_SELLER_SEND_GOODS", u"WAIT_BUYER_CONFIRM_GOODS",
                                         u"TRADE_FINISHED", u"WAIT_BUYER_PAY", u"TRADE_CLOSED", u"TRADE_FINISHED"};

} // namespace

bool seedCampaignOrders(storage::Database &db, const CampaignOrdersOptions &o)
{
    if (!db.exec(u"BEGIN").ok())
        return false;
    auto location = db.prepare(u"INSERT OR REPLACE INTO locations (location_id, kind, name, province, city) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5)");
    auto order = db.prepare(u"INSERT INTO orders (tid, status, channel, location_id, buyer_nick, buyer_open_uid, "
                            u"payment_fen, total_fee_fen, created_ms, modified_ms, pay_time_ms) "
                            u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?8, ?9)");
    auto line = db.prepare(u"INSERT INTO order_lines (oid, tid, num_iid, sku_id, title, category, num, price_fen, "
                           u"payment_fen, refund_status) VALUES (?1, ?2, ?3, ?4, 'item', ?5, ?6, ?7, ?8, ?9)");
    if (!location || !order || !line)
        return false;
    if (!location.value().bind(1, std::int64_t(1000)).bind(2, u"warehouse"_s).bind(3, u"仓库"_s).bind(4, u""_s)
             .bind(5, u""_s).run())
        return false;
    for (const Store &s : kStores) {
        location.value().reset();
        if (!location.value().bind(1, s.id).bind(2, u"store"_s).bind(3, u"store %1"_s.arg(s.id))
                 .bind(4, QString::fromUtf16(s.province)).bind(5, QString::fromUtf16(s.city)).run())
            return false;
    }
    // The catalog: one item per SKU (7000..7059), its category the one its order lines carry.
    auto item = db.prepare(u"INSERT OR REPLACE INTO items (num_iid, title, category, price_fen) VALUES (?1, ?2, ?3, ?4)");
    auto sku = db.prepare(u"INSERT OR REPLACE INTO skus (sku_id, num_iid, price_fen) VALUES (?1, ?2, ?3)");
    if (!item || !sku)
        return false;
    for (std::int64_t s = 7000; s < 7060; ++s) {
        const std::int64_t price = 990 + (s % 12) * 4'500;
        item.value().reset();
        sku.value().reset();
        if (!item.value().bind(1, 100'000 + s).bind(2, u"item %1"_s.arg(s)).bind(3, QString::fromUtf16(kCategories[s % 4]))
                 .bind(4, price).run() ||
            !sku.value().bind(1, s).bind(2, 100'000 + s).bind(3, price).run())
            return false;
    }
    for (std::int64_t i = 0; i < o.count; ++i) {
        const std::int64_t tid = 5'000'000'000LL + i;
        const bool store = i % 3 == 0;
        const std::int64_t locationId = store ? kStores[(i / 3) % 10].id : 1000;
        const QString status = QString::fromUtf16(kStatuses[(i * 5) % 7]);
        const std::int64_t created = o.baseMs + i * o.stepMs;
        struct Row
        {
            std::int64_t sku, price, units, payment;
        };
        Row rows[4];
        const int lines = 1 + int((i * 7) % 4);
        std::int64_t paid = 0;
        const bool bad = o.withBadLines && i % 997 == 5;
        for (int l = 0; l < lines; ++l) {
            Row &r = rows[l];
            r.sku = 7000 + (i * 13 + l * 31) % 60;
            r.price = 990 + (r.sku % 12) * 4'500; // 9.90 .. 504.90
            r.units = 1 + (i + l) % 3;
            r.payment = r.price * r.units - (i % 4 == 0 ? r.price * r.units / 10 : 0);
            if (bad && l == 0) {
                if (i % 2)
                    r.units = 0;
                else
                    r.payment = -100;
            }
            paid += r.payment;
        }
        order.value().reset();
        if (!order.value()
                 .bind(1, tid)
                 .bind(2, status)
                 .bind(3, store ? u"store"_s : u"online"_s)
                 .bind(4, locationId)
                 .bind(5, u"买***%1"_s.arg(i % 50))
                 .bind(6, i % 11 == 0 ? u""_s : u"uid-%1"_s.arg((i * 31) % 700))
                 .bind(7, paid)
                 .bind(8, created)
                 .bind(9, status == u"WAIT_BUYER_PAY" ? std::int64_t(0) : created + 5000)
                 .run())
            return false;
        for (int l = 0; l < lines; ++l) {
            const Row &r = rows[l];
            line.value().reset();
            if (!line.value()
                     .bind(1, tid * 10 + l + 1)
                     .bind(2, tid)
                     .bind(3, 100'000 + r.sku)
                     .bind(4, r.sku)
                     .bind(5, QString::fromUtf16(kCategories[r.sku % 4]))
                     .bind(6, r.units)
                     .bind(7, r.price)
                     .bind(8, r.payment)
                     .bind(9, (i + l) % 23 == 0 ? u"SUCCESS"_s : u"NO_REFUND"_s)
                     .run())
                return false;
        }
    }
    return queueForDerivedData(db) && db.exec(u"COMMIT").ok();
}

} // namespace mc::test
