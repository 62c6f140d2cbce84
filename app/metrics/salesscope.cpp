// Scope filters.
#include "app/metrics/salesscope.h"

namespace mc::metrics {

bool SalesScope::contains(const QString &channel, std::int64_t locationId) const
{
    switch (kind) {
    case Kind::AllChannels: return true;
    case Kind::Online: return channel == QLatin1String("online");
    case Kind::Store: return channel == QLatin1String("store") && locationId == storeId;
    }
    return false;
}

QString SalesScope::sqlCondition() const
{
    switch (kind) {
    case Kind::AllChannels: return QStringLiteral("1");
    case Kind::Online: return QStringLiteral("channel = 'online'");
    case Kind::Store: return QStringLiteral("channel = 'store' AND location_id = %1").arg(storeId);
    }
    return QStringLiteral("0");
}

} // namespace mc::metrics
