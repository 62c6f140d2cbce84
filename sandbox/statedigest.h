// The canonical state digest of sandbox.sqlite (docs/platform-api.md "State digest"):
// mc::protocol::DigestBuilder over mc::protocol::digestQuery for every digest entity.
#pragma once

#include "sandbox/jsonwriter.h"
#include "app/storage/database.h"

#include <QByteArray>

namespace mc::sandbox {

class StateDigest
{
public:
    // {"orders":{"count":N,"sha256":"..."},"order_lines":{...},...} in kDigestEntities order,
    // computed inside one read transaction.
    static core::Result<QByteArray> compute(storage::Database &db);
    // The same entries written as fields of an object the caller has opened.
    static core::Status writeEntries(storage::Database &db, JsonWriter &w);
};

} // namespace mc::sandbox
