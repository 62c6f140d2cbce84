// The platform's settlement statement (mc.settlements.get, docs/platform-api.md): each
// redemption is settled at face value minus a commission the day after, unless an exception
// was drawn for it (seeded by --seed, rate --settlement-exceptions) or set by a test
// (mc.admin.settlement.set): late, adjusted, withheld or missing.
// One instance per connection: record() and set() on the state thread, list() on readers.
#pragma once

#include "app/storage/database.h"
#include "sandbox/apicall.h"

#include <cstdint>

namespace mc::sandbox {

struct SettlementTerms
{
    std::int64_t commissionBp = 60;
    double exceptionRate = 0.0; // share of redemptions with an exception, drawn from the seed
    std::uint64_t seed = 1111;
};

class SettlementDesk
{
public:
    SettlementDesk(storage::Database &db, SettlementTerms terms) : m_db(db), m_terms(terms) {}

    // Writer, inside the redemption's transaction: the settlement line of a new redemption.
    core::Status record(const QByteArray &serial, std::int64_t storeId, const QByteArray &voucherId,
                        std::int64_t grossFen, std::int64_t redeemedMs);
    // Writer: mc.admin.settlement.set (serial_num, outcome, late_days, amount, note).
    ApiReply set(const ApiCall &call);
    // Reader: mc.settlements.get.
    ApiReply list(const ApiCall &call);

private:
    storage::Database &m_db;
    SettlementTerms m_terms;
};

} // namespace mc::sandbox
