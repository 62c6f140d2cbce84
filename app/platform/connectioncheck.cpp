// ConnectionCheck: the error table of docs/platform-api.md read for a person.
#include "app/platform/connectioncheck.h"

#include "app/protocol/errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mc::platform {

namespace {
using Kind = ConnectionVerdict::Kind;

QString text(const char *source)
{
    return QCoreApplication::translate("ConnectionCheck", source);
}

Kind kindOfPlatformError(const PlatformError &e)
{
    namespace errc = protocol::errc;
    switch (e.code) {
    case errc::kMissingAppKey:
    case errc::kInvalidAppKey: return Kind::WrongAppKey;
    case errc::kInvalidSignature:
        return e.subCode == protocol::subc::kSignatureMismatch ? Kind::WrongSecret : Kind::PlatformTrouble;
    case errc::kMissingSession:
    case errc::kInvalidSession: return Kind::SessionRefused;
    case errc::kInvalidTimestamp:
        return e.subCode == protocol::subc::kTimestampOutOfWindow ? Kind::ClockOff : Kind::PlatformTrouble;
    case errc::kInsufficientIsvPermissions:
    case errc::kInsufficientUserPermissions:
    case errc::kInsufficientPartnerPermissions: return Kind::NotAllowed;
    default: return Kind::PlatformTrouble;
    }
}

Kind kindOf(const PlatformError &e)
{
    switch (e.kind) {
    case PlatformError::Kind::ClockSkew: return Kind::ClockOff;
    case PlatformError::Kind::Tls:
        // checkEndpoint() refuses plain http:// off this computer before any connection.
        return e.message.contains(QLatin1String("http://")) ? Kind::InsecureEndpoint : Kind::CertificateMismatch;
    case PlatformError::Kind::Network:
    case PlatformError::Kind::Timeout: return Kind::Unreachable;
    default: return kindOfPlatformError(e);
    }
}

// Stores among the shop's locations: {"locations":{"location":[{"location_id","kind"}]}}.
QList<std::int64_t> storesIn(const QByteArray &raw)
{
    const QJsonObject response =
        QJsonDocument::fromJson(raw).object().value(QLatin1String(protocol::responseKey("mc.locations.get"))).toObject();
    QList<std::int64_t> stores;
    const QJsonArray locations =
        response.value(QLatin1String("locations")).toObject().value(QLatin1String("location")).toArray();
    for (const QJsonValue &location : locations)
        if (location.toObject().value(QLatin1String("kind")).toString() == QLatin1String("store"))
            stores.append(location.toObject().value(QLatin1String("location_id")).toInteger());
    return stores;
}
} // namespace

ConnectionVerdict verdictOf(const CallOutcome &outcome, std::int64_t storeId)
{
    ConnectionVerdict v;
    if (outcome.error) {
        const PlatformError &e = *outcome.error;
        v.kind = kindOf(e);
        v.detail = e.toString();
        if (v.kind == Kind::ClockOff)
            v.clockOffMinutes = std::llround(static_cast<double>(e.clockSkewMs) / 60'000.0);
        return v;
    }
    const QList<std::int64_t> stores = storesIn(outcome.raw);
    v.stores = static_cast<int>(stores.size());
    if (storeId != 0 && !stores.contains(storeId)) {
        v.kind = Kind::UnknownStore;
        v.detail = QStringLiteral("store %1 is not among the shop's %2 stores").arg(storeId).arg(stores.size());
        return v;
    }
    v.kind = Kind::Connected;
    return v;
}

ConnectionVerdict storeVerdictOf(const CallOutcome &outcome, const ConnectionVerdict &connected)
{
    if (!outcome.error)
        return connected;
    ConnectionVerdict v = verdictOf(outcome, 0);
    if (v.kind == Kind::NotAllowed && outcome.error->subCode.endsWith(":store-scope"))
        v.kind = Kind::OtherStore;
    return v;
}

QString describe(const ConnectionVerdict &v)
{
    switch (v.kind) {
    case Kind::Connected:
        return QCoreApplication::translate("ConnectionCheck", "Connected. The platform accepted your keys; the shop "
                                                              "has %n store(s).",
                                           nullptr, v.stores);
    case Kind::WrongAppKey:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The platform does not know this app key. Copy it again "
                                                         "from the platform's developer console."));
    case Kind::WrongSecret:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The app key is right but the app secret is wrong: the "
                                                         "platform refused the signature. Copy the secret again."));
    case Kind::SessionRefused:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The session key was refused: it has expired or belongs "
                                                         "to another app. Authorize the app again to get a new one."));
    case Kind::ClockOff: {
        const int minutes = static_cast<int>(std::llabs(v.clockOffMinutes));
        if (v.clockOffMinutes < 0)
            return QCoreApplication::translate("ConnectionCheck",
                                               "This computer's clock is %n minute(s) ahead of the platform's. "
                                               "Correct the date and time (or turn on automatic time), then try again.",
                                               nullptr, minutes);
        return QCoreApplication::translate("ConnectionCheck",
                                           "This computer's clock is %n minute(s) behind the platform's. "
                                           "Correct the date and time (or turn on automatic time), then try again.",
                                           nullptr, minutes);
    }
    case Kind::CertificateMismatch:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck",
                                      "The server's certificate is not the one expected (the certificate pin "
                                      "differs, or it is not trusted). Check the address and the pin: someone may "
                                      "be in between."));
    case Kind::InsecureEndpoint:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "Use an https:// address: plain http:// is only allowed "
                                                         "to this computer."));
    case Kind::Unreachable:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The platform cannot be reached at this address. Check "
                                                         "the address and this computer's network connection."));
    case Kind::UnknownStore:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The keys work, but the shop has no store with this store "
                                                         "id. Leave it empty for the owner's sign-in."));
    case Kind::OtherStore:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "These keys are another store's manager sign-in. Enter "
                                                         "that store's id, or the keys of this store."));
    case Kind::NotAllowed:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The keys work, but this sign-in may not read the shop. "
                                                         "Ask the shop's owner for access."));
    case Kind::PlatformTrouble:
        return text(QT_TRANSLATE_NOOP("ConnectionCheck", "The platform answered with an error it may recover "
                                                         "from. Try again in a few minutes."));
    }
    return {};
}

ConnectionCheck::ConnectionCheck(QObject *parent) : QObject(parent) {}

ConnectionCheck::~ConnectionCheck() = default;

ClientOptions ConnectionCheck::optionsFor(const QUrl &endpoint, const QByteArray &pinnedSha256)
{
    ClientOptions options;
    options.endpoint = endpoint;
    if (options.endpoint.path().isEmpty() || options.endpoint.path() == QLatin1String("/"))
        options.endpoint.setPath(QStringLiteral("/router/rest"));
    options.pinnedSha256 = pinnedSha256;
    options.timeoutMs = 10'000;
    options.maxAttempts = 2;
    options.maxRateLimitWaits = 0;
    options.backoffBaseMs = 200;
    options.backoffCapMs = 1'000;
    return options;
}

void ConnectionCheck::start(const ClientOptions &options, const Credentials &credentials)
{
    if (m_client)
        m_client->cancelAll();
    m_client = std::make_unique<PlatformClient>(options, credentials, core::SystemClock::instance());
    const std::int64_t storeId = credentials.storeId;
    PlatformClient *client = m_client.get();
    auto current = [this, client](const CallOutcome &outcome) {
        return client == m_client.get() && !(outcome.error && outcome.error->kind == PlatformError::Kind::Cancelled);
    };
    client->callRaw("mc.locations.get", {}, [this, client, storeId, current](const CallOutcome &outcome) {
        if (!current(outcome))
            return;
        const ConnectionVerdict verdict = verdictOf(outcome, storeId);
        if (!verdict.ok() || storeId == 0)
            return Q_EMIT finished(verdict);
        // A store's sign-in: is it this store's? Naming another store is refused.
        protocol::Parameters params{{"location_id", QByteArray::number(storeId)}, {"page_size", "1"}};
        client->callRaw("mc.stock.levels.get", std::move(params), [this, current, verdict](const CallOutcome &scoped) {
            if (current(scoped))
                Q_EMIT finished(storeVerdictOf(scoped, verdict));
        });
    });
}

} // namespace mc::platform
