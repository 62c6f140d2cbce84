// Runs each entity's canonical query and hashes the rows.
#include "app/protocol/statedigest.h"

#include "app/protocol/digest.h"
#include "app/storage/database.h"
#include "app/storage/readtransaction.h"

namespace mc::protocol {

core::Result<QList<DigestEntry>> computeStateDigest(storage::Database &db)
{
    storage::ReadTransaction snapshot(db);
    QList<DigestEntry> out;
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
        const std::int64_t count = digest.count();
        out.append({QByteArray(entity), count, digest.hexDigest()});
    }
    return out;
}

core::Result<QJsonObject> stateDigest(storage::Database &db)
{
    auto entries = computeStateDigest(db);
    if (!entries)
        return entries.error();
    QJsonObject out;
    for (const DigestEntry &e : entries.value())
        out.insert(QLatin1String(e.entity), QJsonObject{{QStringLiteral("count"), qint64(e.count)},
                                                        {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}});
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
