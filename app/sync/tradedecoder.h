// Decoding trades straight from the platform's JSON bytes (pages of increment.get and the
// trade carried by a feed message) into Orders. Two kinds of failure, kept apart:
// - JSON that is not well-formed (a truncated page): the whole page fails and is read again;
// - a well-formed trade that fails validation (a repeated oid or key, a negative or
//   overflowing amount, a zero id, a missing or unreadable time, a field of the wrong type;
//   app/core/ordervalidation.h): that trade alone is set aside as a RejectedTrade with its
//   JSON as received and a reason, and the rest of the page decodes as usual.
// An unknown status is no failure: the order decodes as OrderStatus::Unknown with its text.
#pragma once

#include "app/core/order.h"
#include "app/core/result.h"
#include "app/sync/rejectedtrade.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace mc::sync {

struct TradePage
{
    QList<core::Order> orders;
    QList<RejectedTrade> rejected; // set aside, for the quarantine
    std::int64_t totalResults = -1; // -1: not sent (use_has_next=true)
    bool hasNext = false;
};

struct DecodedTrade
{
    core::Order order;                     // when not rejected
    std::optional<RejectedTrade> rejected; // why it is set aside
};

inline constexpr auto kInvalidTradeCode = "sync.trade.invalid";

// A whole response: {"<responseKey>": {"total_results", "has_next", "trades": {"trade": [...]}}}.
core::Result<TradePage> decodeTradePage(QByteArrayView json, QByteArrayView responseKey);
// One trade object, e.g. a feed message's content: an error only when it is not well-formed.
core::Result<DecodedTrade> decodeTradeOrReject(QByteArrayView json);
// The same, a rejection being an error too (code kInvalidTradeCode, message: the reason).
core::Result<core::Order> decodeTrade(QByteArrayView json);

} // namespace mc::sync
