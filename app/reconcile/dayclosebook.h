// DayCloseBook: resolutions, sign-offs and reopenings of store days in ledger.sqlite (table
// day_close_log), each an appended entry in its own keyed hash chain with the manager's name.
// A signed-off day accepts no resolution and no second sign-off until a reopening (with a
// reason) is recorded; nothing is ever updated or deleted.
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/core/uuid7.h"
#include "app/reconcile/dayreport.h"

namespace mc::storage {
class Database;
}

namespace mc::reconcile {

inline constexpr auto kDaySignedOff = "reconcile.day-signed-off";

class DayCloseBook
{
public:
    // `ledger`: the writer connection of ledger.sqlite (schema v4 or later); `key`: ledger.key.
    DayCloseBook(storage::Database &ledger, QByteArray key, const core::Clock &clock);

    core::Result<DayState> state(std::int64_t storeId, const QDate &day);
    // Every store signed off for the day now: store id -> the manager who signed.
    core::Result<QMap<std::int64_t, QString>> signedOffStores(const QDate &day);
    // kind: accept, write-off or dispute. Refused on a signed-off day.
    core::Status resolve(std::int64_t storeId, const QDate &day, const QString &itemKey, const QString &kind,
                         const QString &note, const QString &actor);
    // Locks the day with its figures (figuresFingerprint). Refused when already signed off.
    core::Status signOff(std::int64_t storeId, const QDate &day, const QString &actor, const QString &figures);
    // Unlocks a signed-off day; a reason is required.
    core::Status reopen(std::int64_t storeId, const QDate &day, const QString &actor, const QString &reason);
    // Re-computes the chain: false with the first bad seq when an entry was changed,
    // deleted or inserted, or linked without the key.
    core::Result<bool> verifyChain(std::int64_t *firstBadSeq = nullptr);

    static bool isResolutionKind(const QString &kind);

private:
    struct Entry
    {
        QString action, subject, resolution, note, actor, detail;
    };
    // Appends in one transaction when the day's signed-off state is `signedOff`.
    core::Status appendIf(std::int64_t storeId, const QDate &day, bool signedOff, const Entry &entry);
    core::Status append(std::int64_t storeId, const QDate &day, const Entry &entry);

    storage::Database &m_db;
    QByteArray m_key;
    const core::Clock &m_clock;
    core::Uuid7Generator m_ids;
};

} // namespace mc::reconcile
