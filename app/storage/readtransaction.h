// A read snapshot on a reader connection: BEGIN on construction, COMMIT on destruction, so
// every statement of one answer sees the same committed state.
#pragma once

#include "app/storage/database.h"

namespace mc::storage {

class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db) { m_active = static_cast<bool>(m_db.exec(u"BEGIN")); }
    ~ReadTransaction()
    {
        if (m_active)
            (void)m_db.exec(u"COMMIT");
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace mc::storage
