// A trade set aside because it failed validation (issue 10): what the cache's quarantine
// keeps until the platform sends a version of it that passes.
#pragma once

#include "app/core/order.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace mc::sync {

struct RejectedTrade
{
    std::int64_t tid = 0;        // as sent; 0 when it had no readable tid
    std::int64_t modifiedMs = 0; // its modified time when readable, else 0
    QByteArray json;             // the trade as received
    QString reason;              // "code: detail" (app/core/ordervalidation.h)
};

// A decoded order the cache writer refuses (an oid of another trade, a rollup that would
// overflow): its JSON is the decoded trade rendered again, the raw bytes are gone by then.
RejectedTrade rejectDecoded(const core::Order &order, QString reason);

} // namespace mc::sync
