// Runs each entity's canonical query and hashes the rows.
#include "app/protocol/statedigest.h"

#include "app/protocol/digest.h"
#include "app/storage/database.h"

namespace mc::protocol {

core::Result<QJsonObject> stateDigest(storage::Database &db)
{
    QJsonObject out;
    for (const char *entity : kDigestEntities) {
        auto stmt = db.prepare(digestQuery(entity));
        if (!stmt)
            return stmt.error();
        storage::Statement &s = stmt.value();
        DigestBuilder digest;
        const int columns = s.columnCount();
        for (;;) {
            auto row = s.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            for (int c = 0; c < columns; ++c) {
                if (s.isNull(c))
                    digest.field(QStringView());
                else if (s.isInteger(c))
                    digest.field(s.int64(c));
                else
                    digest.field(s.text(c));
            }
            digest.endRow();
        }
        out.insert(QLatin1String(entity), digest.toJson());
    }
    return out;
}

QByteArray digestJsonLine(const QJsonObject &digest)
{
    QByteArray out = "{";
    for (const char *entity : kDigestEntities) {
        const QJsonObject e = digest.value(QLatin1String(entity)).toObject();
        if (out.size() > 1)
            out += ',';
        out += '"' + QByteArray(entity) + "\":{\"count\":" + QByteArray::number(e.value(QLatin1String("count")).toInteger()) +
               ",\"sha256\":\"" + e.value(QLatin1String("sha256")).toString().toLatin1() + "\"}";
    }
    return out + '}';
}

} // namespace mc::protocol
