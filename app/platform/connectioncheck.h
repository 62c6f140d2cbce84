// "Test connection": one signed call with the credentials a person typed in, and a verdict
// they can act on (wrong app key, wrong secret, session refused, clock off by N minutes,
// certificate mismatch, unreachable, no such store), mapped from the platform's error codes
// (docs/platform-api.md, Errors) and the client's transport checks. GUI-less; the first-run
// screen shows describe() of the verdict.
#pragma once

#include "app/platform/credentials.h"
#include "app/platform/platformclient.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace mc::platform {

struct ConnectionVerdict
{
    enum class Kind {
        Connected,
        WrongAppKey,         // error 28/29: the platform does not know this app key
        WrongSecret,         // error 25 isv.signature-mismatch: the key is known, the signature not
        SessionRefused,      // error 26/27: missing, expired or another app's session
        ClockOff,            // the Date header (or error 31) says this computer's clock is off
        CertificateMismatch, // the pinned fingerprint differs, or the certificate is not trusted
        InsecureEndpoint,    // http:// to another computer
        Unreachable,         // nothing answered: refused, DNS, timeout
        UnknownStore,        // the store id is not one of the shop's stores
        OtherStore,          // a store manager's sign-in of another store than the id given
        NotAllowed,          // error 11-13: this credential may not read the shop
        PlatformTrouble,     // anything else: busy, rate limited, a broken answer
    };
    Kind kind = Kind::Unreachable;
    std::int64_t clockOffMinutes = 0; // ClockOff: platform minus this computer, rounded
    int stores = 0;                   // Connected: the shop's stores
    QString detail;                   // the technical reason, for a "Details" line and logs

    bool ok() const { return kind == Kind::Connected; }
};

// The verdict of a mc.locations.get outcome for a console that will act as store `storeId`
// (0: the owner).
ConnectionVerdict verdictOf(const CallOutcome &outcome, std::int64_t storeId);
// For a store id: the verdict of mc.stock.levels.get naming that store (error 12
// isv.permission-denied:store-scope: the sign-in is another store's). `connected` is the
// verdict of the first call.
ConnectionVerdict storeVerdictOf(const CallOutcome &outcome, const ConnectionVerdict &connected);

// One or two sentences for a person, translated (context "ConnectionCheck").
QString describe(const ConnectionVerdict &verdict);

// Runs the check on the calling thread's event loop; finished() follows start() once.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // Few attempts and a short timeout: a person is waiting for the answer.
    static ClientOptions optionsFor(const QUrl &endpoint, const QByteArray &pinnedSha256);
    void start(const ClientOptions &options, const Credentials &credentials);

Q_SIGNALS:
    void finished(const mc::platform::ConnectionVerdict &verdict);

private:
    std::unique_ptr<PlatformClient> m_client;
};

} // namespace mc::platform
