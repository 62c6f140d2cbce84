// The order digest (cache migration 0010): what a rehearsal needs of one paid order, packed so
// a window of ten million orders is one range scan. This file is the row's format, shared by
// the keeper that writes it (digestbuilder.h) and the rehearsal that reads it.
//
// A row's lines blob holds, per line, four unsigned LEB128 varints: the SKU id (zigzag), the
// units times two plus 1 when the line is refunded, the payment in fen, and the line's category
// as an id of digest_categories (0: none). Only lines that pass validation are packed; an order
// with a line that does not is flagged kDigestReadLines and its lines are read from order_lines.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <cstdint>
#include <vector>

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

inline constexpr std::int64_t kDigestStore = 1;     // sold in a store
inline constexpr std::int64_t kDigestReadLines = 2; // a line fails validation: read order_lines

// SQL over `orders o`, shared by the digest's writer and the rehearsal's direct reads: the
// orders that count (paid, not closed), and the buyer's key for per-buyer limits.
inline constexpr char16_t kCountedOrderSql[] =
    u"o.status IN ('WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED')";
inline constexpr char16_t kBuyerKeySql[] =
    u"CASE o.buyer_open_uid WHEN '' THEN 'nick:' || o.buyer_nick ELSE o.buyer_open_uid END";

struct DigestLine
{
    std::int64_t skuId = 0;
    std::int64_t units = 0;
    std::int64_t paymentFen = 0;
    std::int64_t categoryId = 0;
    bool refunded = false;
    friend bool operator==(const DigestLine &, const DigestLine &) = default;
};

// Appends the packed lines to `out`.
void encodeDigestLines(const std::vector<DigestLine> &lines, QByteArray &out);

// Unpacks `blob` into `out` (cleared first); false when the blob is malformed (a truncated
// varint, a negative or oversized value), and then `out` is unspecified.
bool decodeDigestLines(QByteArrayView blob, std::vector<DigestLine> &out);

// digest_categories: each category's number, by its UTF-8 name.
core::Result<QHash<QByteArray, std::int64_t>> digestCategories(storage::Database &cache);

// The buyer's key for per-buyer limits, as the digest stores it: 64-bit FNV-1a of the key's
// UTF-8 bytes (the open uid, else "nick:" + nick). Two buyers could share one (about one chance
// in 400,000 among ten million buyers); both paths of a rehearsal use the same hash, so a
// rehearsal never depends on which path read an order.
std::uint64_t buyerKeyHash(QByteArrayView key);

} // namespace mc::campaigns
