// Every column is fed as its text: SQLite renders an integer exactly as DigestBuilder's
// integer field does, and no number contains a character the text escaping would change.
#include "app/sandbox/statedigest.h"

#include "app/protocol/digest.h"
#include "app/sandbox/jsonwriter.h"
#include "app/storage/readtransaction.h"
#include "app/sandbox/rows.h"

namespace mc::sandbox {

core::Status StateDigest::writeEntries(storage::Database &db, JsonWriter &w)
{
    storage::ReadTransaction snapshot(db);
    for (const char *entity : protocol::kDigestEntities) {
        auto stmt = db.prepare(protocol::digestQuery(entity));
        if (!stmt)
            return stmt.error();
        protocol::DigestBuilder digest;
        const int columns = stmt.value().columnCount();
        const core::Status read = forEachRow(stmt.value(), [&](storage::Statement &row) {
            for (int c = 0; c < columns; ++c)
                digest.field(row.text(c));
            digest.endRow();
        });
        if (!read)
            return read;
        const std::int64_t count = digest.count();
        w.key(entity).beginObject().field("count", count).field("sha256", digest.hexDigest()).endObject();
    }
    return {};
}

core::Result<QByteArray> StateDigest::compute(storage::Database &db)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    if (core::Status s = writeEntries(db, w); !s)
        return s.error();
    w.endObject().finish();
    return out;
}

} // namespace mc::sandbox
