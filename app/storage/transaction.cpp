// RAII transaction over the SQLite C API.
#include "app/storage/transaction.h"

#include <sqlite3.h>

#include <utility>

namespace mc::storage {

Result<Transaction> Transaction::begin(Database &db)
{
    if (Status s = db.exec(u"BEGIN IMMEDIATE"); !s)
        return s.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction() { rollback(); }

Status Transaction::commit()
{
    if (!m_db)
        return Error{QString::fromLatin1(codes::kFailed), QStringLiteral("no transaction to commit"), {}};
    Status s = m_db->exec(u"COMMIT");
    if (!s) {
        rollback(); // a failed COMMIT leaves the transaction open: end it
        return s;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (Database *db = std::exchange(m_db, nullptr)) {
        // Not through exec(): a rollback must never be the injected fault.
        sqlite3_exec(db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

} // namespace mc::storage
