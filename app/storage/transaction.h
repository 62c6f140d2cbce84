// Transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed.
#pragma once

#include "app/storage/database.h"

#include <optional>

namespace mc::storage {

class Transaction
{
public:
    // IMMEDIATE takes the write lock up front, so a busy database fails here and not
    // half-way through a batch.
    static Result<Transaction> begin(Database &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();
    void rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database &db) : m_db(&db) {}
    Database *m_db = nullptr;
};

} // namespace mc::storage
