// The state digest of a database whose tables follow the digest's column names (the
// console's cache and the sandbox's state both do). One row loop for both sides: the
// console prints it as JSON, the sandbox writes it into its reply.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <cstdint>

namespace mc::storage {
class Database;
}

namespace mc::protocol {

struct DigestEntry
{
    QByteArray entity; // one of kDigestEntities
    std::int64_t count = 0;
    QByteArray sha256; // hex
};

// Every entity in kDigestEntities order, computed inside one read snapshot.
core::Result<QList<DigestEntry>> computeStateDigest(storage::Database &db);
// {"orders":{"count":N,"sha256":"..."},...}
core::Result<QJsonObject> stateDigest(storage::Database &db);
// The digest as one JSON line, entities in kDigestEntities order (the documented format).
QByteArray digestJsonLine(const QJsonObject &digest);

} // namespace mc::protocol
