// The canonical state digest of sandbox.sqlite (docs/platform-api.md "State digest"):
// mc::protocol::DigestBuilder over mc::protocol::digestQuery for every digest entity.
#pragma once

#include "app/storage/database.h"

#include <QByteArray>

namespace mc::sandbox {

class StateDigest
{
public:
    // {"orders":{"count":N,"sha256":"..."},"order_lines":{...},...} in kDigestEntities order,
    // computed inside one read transaction.
    static core::Result<QByteArray> compute(storage::Database &db);
};

} // namespace mc::sandbox
