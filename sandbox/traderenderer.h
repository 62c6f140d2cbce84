// Renders trades (TOP "trade" objects with their sub-orders) from sandbox.sqlite straight
// into JSON bytes: increment.get pages, fullinfo.get and TMC message content all use it.
#pragma once

#include "sandbox/jsonwriter.h"
#include "app/storage/database.h"

namespace mc::sandbox {

class TradeRenderer
{
public:
    // The orders columns a row handed to writeRow() must start with, in this order.
    static constexpr QStringView kColumns =
        u"tid, status, channel, location_id, buyer_nick, payment_fen, total_fee_fen, post_fee_fen, created_ms, "
        u"modified_ms, pay_time_ms, province, city, buyer_open_uid";
    static constexpr int kLocationColumn = 3;

    static core::Result<TradeRenderer> create(storage::Database &db);

    // The trade at the current row of `row` (kColumns first), lines included.
    core::Status writeRow(const storage::Statement &row, JsonWriter &w);
    // One trade by id; false when there is none. storeId, when not null, receives its location.
    core::Result<bool> writeByTid(std::int64_t tid, JsonWriter &w, std::int64_t *locationId = nullptr);

private:
    TradeRenderer(storage::Statement lines, storage::Statement byTid, storage::Statement promotions);
    core::Status writePromotions(std::int64_t tid, JsonWriter &w);

    storage::Statement m_lines;
    storage::Statement m_byTid;
    storage::Statement m_promotions;
};

} // namespace mc::sandbox
