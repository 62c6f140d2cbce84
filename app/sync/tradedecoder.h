// Decoding trades straight from the platform's JSON bytes (pages of increment.get and the
// trade carried by a feed message) into Orders, strictly: a missing or malformed field
// fails the whole trade, and a truncated page fails the whole page.
#pragma once

#include "app/core/order.h"
#include "app/core/result.h"

#include <QByteArrayView>
#include <QList>

namespace mc::sync {

class JsonReader;

struct TradePage
{
    QList<core::Order> orders;
    std::int64_t totalResults = -1; // -1: not sent (use_has_next=true)
    bool hasNext = false;
};

// A whole response: {"<responseKey>": {"total_results", "has_next", "trades": {"trade": [...]}}}.
core::Result<TradePage> decodeTradePage(QByteArrayView json, QByteArrayView responseKey);
// One trade object, e.g. a feed message's content.
core::Result<core::Order> decodeTrade(QByteArrayView json);
// The trade at the reader's position.
core::Result<core::Order> decodeTrade(JsonReader &reader);

} // namespace mc::sync
