// What day close found: every redemption and till line in one category a manager
// understands, totals per category and per source in integer fen, the records set aside,
// the ledger's chain status, the resolutions and the sign-off.
#pragma once

#include "app/reconcile/dayrecords.h"

#include <QMap>
#include <QStringList>

#include <array>

namespace mc::reconcile {

enum class Category {
    Matched,               // counter, platform and settlement agree (and the till, when imported)
    PendingUpload,         // at the counter, not yet at the platform (with its age)
    RefusedByPlatform,     // at the counter, refused by the platform (with its reason)
    PlatformOnly,          // at the platform, not at this counter: another till or console
    TwoStores,             // the same voucher used up at another store first
    AmountDiffers,         // counter, platform or till disagree on the amount
    NotYetSettled,         // at the platform, no settlement line yet (overdue when past due)
    SettledDifferently,    // settled late, adjusted, withheld, or another amount than expected
    TillWithoutRedemption, // the till sold a voucher redemption nobody recorded
    RedemptionWithoutTill, // a redemption the till has no sale for
};
inline constexpr int kCategoryCount = 10;

struct Item
{
    Category category = Category::Matched;
    QString key; // stable: "<category>:<serial>" or "till:<receipt>:<code>"
    QString serial;
    QByteArray voucherId;
    QByteArray code;
    std::int64_t storeId = 0;
    std::int64_t redeemedMs = 0;
    std::int64_t amountFen = 0;   // the redemption's (or till line's) gross amount
    std::int64_t expectedFen = 0; // AmountDiffers / SettledDifferently: what was expected
    std::int64_t actualFen = 0;   // and what was found
    std::int64_t ageMs = 0;       // PendingUpload: since the redemption
    bool overdue = false;         // NotYetSettled: past the settlement time
    QString detail;               // the platform's reason, the settlement's status and note, ...
    QStringList history;          // discrepancies: what each source says about it, one line each
};

struct CategoryTotal
{
    std::int64_t count = 0;
    std::int64_t amountFen = 0;
    std::int64_t differenceFen = 0; // sum of actual - expected where the category has both
};

// Direct sums of each source over the scope's day (validated records only).
struct SourceTotals
{
    std::int64_t counterCount = 0;
    std::int64_t counterFen = 0; // every counter redemption, whatever its upload state
    std::int64_t platformCount = 0;
    std::int64_t platformFen = 0;
    std::int64_t settlementCount = 0;
    std::int64_t settlementGrossFen = 0;
    std::int64_t settlementCommissionFen = 0;
    std::int64_t settlementPaidFen = 0;
    std::int64_t tillCount = 0;
    std::int64_t tillFen = 0;
};

struct Resolution
{
    QString kind; // accept, write-off, dispute
    QString note;
    QString actor;
    std::int64_t atMs = 0;
};

struct ChainStatus
{
    // false: the figures came first and the chains are still being walked (a report of the
    // same scope with checked = true follows); nothing may be signed or exported until then.
    bool checked = true;
    bool redemptionsIntact = true;
    std::int64_t redemptionsFirstBadSeq = 0;
    bool dayCloseIntact = true;
    std::int64_t dayCloseFirstBadSeq = 0;
};

struct DayState
{
    bool signedOff = false;
    QString signedBy;
    std::int64_t signedAtMs = 0;
    QString signedFigures; // the figures as signed (fingerprint of the report)
    int reopenings = 0;
    QString lastReopenedBy;
    QString lastReopenReason;
    QMap<QString, Resolution> resolutions; // by item key, the latest
};

// One store's line of the head office's view (a report over every store).
struct StoreStatus
{
    std::int64_t storeId = 0;
    std::int64_t items = 0;         // redemptions and till lines of the day
    std::int64_t discrepancies = 0; // items not matched
    std::int64_t amountFen = 0;     // their amounts
    bool signedOff = false;
    QString signedBy;
};

struct DayReport
{
    DayScope scope;
    std::int64_t generatedMs = 0;
    QList<Item> items;
    std::array<CategoryTotal, kCategoryCount> totals{};
    SourceTotals sources;
    QList<SetAside> setAside;
    bool tillImported = false;
    bool overflow = false; // a total did not fit in 64 bits: the figures are not to be trusted
    ChainStatus chain;
    DayState state;
    bool changedSinceSignOff = false;
    QList<StoreStatus> stores; // all stores only: each store's status, by store id

    const CategoryTotal &total(Category c) const { return totals[static_cast<int>(c)]; }
    int discrepancyCount() const;
};

// "matched", "pending-upload", ... (JSON, CSV keys, resolution keys).
QString categoryKey(Category category);
// "Matched", "At the counter, not yet uploaded", ... translated (context mc::reconcile::Category).
QString categoryLabel(Category category);
// The report's figures in one line: what a sign-off signs and a later run compares.
QString figuresFingerprint(const DayReport &report);

} // namespace mc::reconcile
