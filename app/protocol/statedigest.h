// The state digest of a database whose tables follow the digest's column names (the
// console's cache and the sandbox's state both do): {"orders":{"count","sha256"},...}.
#pragma once

#include "app/core/result.h"

#include <QJsonObject>

namespace mc::storage {
class Database;
}

namespace mc::protocol {

core::Result<QJsonObject> stateDigest(storage::Database &db);
// The digest as one JSON line, entities in kDigestEntities order (the documented format).
QByteArray digestJsonLine(const QJsonObject &digest);

} // namespace mc::protocol
