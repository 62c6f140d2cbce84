// The sandbox writes the shared digest (mc::protocol::computeStateDigest) into its replies.
#include "sandbox/statedigest.h"

#include "app/protocol/statedigest.h"
#include "sandbox/jsonwriter.h"

namespace mc::sandbox {

core::Status StateDigest::writeEntries(storage::Database &db, JsonWriter &w)
{
    auto entries = protocol::computeStateDigest(db);
    if (!entries)
        return entries.error();
    for (const protocol::DigestEntry &e : entries.value())
        w.key(e.entity.constData()).beginObject().field("count", e.count).field("sha256", e.sha256).endObject();
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
