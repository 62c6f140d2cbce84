// What an order must satisfy before it may touch the cache and its rollups (issue 10,
// "Figures you can trust"). A refused order is set aside with the reason, never applied.
//
// Reasons are short machine-readable codes, a colon, then detail: "duplicate-oid: 123",
// "negative-amount: payment -3.00". Codes: bad-id, bad-num, negative-amount,
// amount-overflow, missing-time, bad-time, duplicate-oid, bad-discount (and, from the decoder,
// duplicate-key, missing-field, bad-field; from the cache writer, oid-conflict and
// rollup-overflow).
#pragma once

#include "app/core/order.h"

#include <QString>

#include <cstdint>

namespace mc::core {

// The largest amount one field may carry: 10,000,000,000 yuan. Anything above is a broken
// record, and the bound keeps every rollup cell millions of orders away from overflowing.
inline constexpr std::int64_t kMaxAmountFen = 1'000'000'000'000;
// The most units one line may carry.
inline constexpr std::int64_t kMaxLineUnits = 1'000'000'000;

// Empty when the order may be applied; otherwise why not ("code: detail"). Checks ids
// (tid, oid, num_iid > 0; sku_id and store_id >= 0), times (created and modified set; pay_time
// set when the status counts as a sale), amounts (0 <= amount <= kMaxAmountFen, units in
// 1..kMaxLineUnits), oids unique within the order, and that its sums fit in 64 bits; its
// promotions (promotion_details) each name a campaign once, with a discount 0..kMaxAmountFen,
// and together no more than total_fee ("bad-discount: promotion_details 50.00 above total_fee 40.00").
QString validateOrder(const Order &order);

} // namespace mc::core
