// The installation's ledger key: 32 random bytes that key the ledger's hash chains
// (HMAC-SHA256), kept outside ledger.sqlite in ledger.key beside it, readable by the owner
// only. Made on first use; a ledger whose key is lost can no longer be verified.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <functional>

namespace mc::storage {
class Database;
class Statement;
} // namespace mc::storage

namespace mc::sync {

inline constexpr auto kChainSha256 = "sha256";          // links written before the key existed
inline constexpr auto kChainHmacSha256 = "hmac-sha256"; // links keyed with the ledger key

QString ledgerKeyPath(const QString &dataDir);
// Reads the key, creating it when `createIfMissing` and there is none yet.
core::Result<QByteArray> loadLedgerKey(const QString &dataDir, bool createIfMissing);

// One link of a chain: HMAC-SHA256(key, previous || row), or SHA-256 for legacy rows.
QByteArray chainLink(const QByteArray &scheme, const QByteArray &key, const QByteArray &previous,
                     const QByteArray &canonicalRow);

// Where a walk of a chain got to: the last verified seq and its link (seq 0: the start).
struct ChainPoint
{
    std::int64_t seq = 0;
    QByteArray hash = QByteArray(32, '\0');
};

// The last link of a chained table (seq, hash), or the start when it is empty: where the
// next row is appended. `table` is a name from the code, never from input.
core::Result<ChainPoint> chainTail(storage::Database &db, QStringView table);

// Walks one keyed chain: `select` returns the rows in seq order with seq first and
// prev_hash, hash, chain as its last three columns; `canonicalRow` gives a row's chained
// text. True when every link is keyed and intact; false with the first bad seq when a row
// was changed, deleted, inserted, or linked without the key. With `resume`, the walk starts
// after that point (`select` takes the seq as ?1 and returns only later rows) and, when
// intact, moves the point to the last row: a later walk checks only what was appended.
core::Result<bool> verifyKeyedChain(storage::Database &db, QStringView select, const QByteArray &key,
                                    const std::function<QByteArray(storage::Statement &)> &canonicalRow,
                                    std::int64_t *firstBadSeq, ChainPoint *resume = nullptr);

} // namespace mc::sync
