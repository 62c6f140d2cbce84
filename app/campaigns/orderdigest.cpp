#include "app/campaigns/orderdigest.h"

#include "app/campaigns/campaignpricing.h"
#include "app/storage/database.h"

using namespace Qt::StringLiterals;

namespace mc::campaigns {

namespace {

void putVarint(std::uint64_t v, QByteArray &out)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

bool getVarint(const unsigned char *&p, const unsigned char *end, std::uint64_t &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const unsigned char b = *p++;
        v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
        if ((b & 0x80) == 0)
            return true;
    }
    return false; // more than ten bytes
}

std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

} // namespace

void encodeDigestLines(const std::vector<DigestLine> &lines, QByteArray &out)
{
    for (const DigestLine &l : lines) {
        putVarint(zigzag(l.skuId), out);
        putVarint((static_cast<std::uint64_t>(l.units) << 1) | (l.refunded ? 1U : 0U), out);
        putVarint(static_cast<std::uint64_t>(l.paymentFen), out);
        putVarint(static_cast<std::uint64_t>(l.categoryId), out);
    }
}

bool decodeDigestLines(QByteArrayView blob, std::vector<DigestLine> &out)
{
    out.clear();
    const auto *p = reinterpret_cast<const unsigned char *>(blob.data());
    const unsigned char *end = p + blob.size();
    while (p != end) {
        std::uint64_t sku = 0, units = 0, payment = 0, category = 0;
        if (!getVarint(p, end, sku) || !getVarint(p, end, units) || !getVarint(p, end, payment) ||
            !getVarint(p, end, category))
            return false;
        const auto n = static_cast<std::int64_t>(units >> 1);
        if (n < 1 || n > kMaxUnits || payment > static_cast<std::uint64_t>(kMaxLineFen) ||
            category > static_cast<std::uint64_t>(INT64_MAX))
            return false;
        out.push_back({unzigzag(sku), n, static_cast<std::int64_t>(payment), static_cast<std::int64_t>(category),
                       (units & 1) != 0});
    }
    return !out.empty();
}

core::Result<QHash<QByteArray, std::int64_t>> digestCategories(storage::Database &cache)
{
    auto all = cache.prepare(u"SELECT name, id FROM digest_categories"_s);
    if (!all)
        return all.error();
    QHash<QByteArray, std::int64_t> ids;
    while (true) {
        auto row = all.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return ids;
        ids.insert(all.value().blob(0), all.value().int64(1));
    }
}

std::uint64_t buyerKeyHash(QByteArrayView key)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace mc::campaigns
