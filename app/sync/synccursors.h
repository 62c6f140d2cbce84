// Names of the sync cursors kept in cache.sqlite (table sync_cursors), shared by the
// engine's phases, and the whole-second rounding the platform's time format imposes.
#pragma once

#include <QString>

#include <cstdint>

namespace mc::sync::cursors {

inline const QString kCatalog = QStringLiteral("catalog.since");        // ms: items modified since
inline const QString kStock = QStringLiteral("stock.since");            // ms: stock levels modified since
inline const QString kHistory = QStringLiteral("orders.history");       // "fromMs-toMs": the history plan
inline const QString kIncremental = QStringLiteral("orders.incremental"); // ms: every trade before is read
inline const QString kCommitSeq = QStringLiteral("commit.seq"); // number of the last order commit

inline std::int64_t wholeSecond(std::int64_t ms) { return ms - ms % 1000; }

} // namespace mc::sync::cursors
