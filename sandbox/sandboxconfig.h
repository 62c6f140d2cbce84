// How a platform sandbox is started (SandboxConfig) and what it reports once it serves
// (ReadyInfo, printed by the executable as its one JSON line on stdout).
#pragma once

#include "app/core/clock.h"
#include "sandbox/connectionlimits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace mc::sandbox {

enum class Scenario {
    SinglesDay, // 11.11: midnight surge, decay through the day, evening bump
    Steady,     // a constant rate
    Idle,       // no generated orders; pending lifecycle steps (ship, finish, refund) go on
    Frozen,     // nothing happens by itself: the state changes only through calls
};

QString scenarioName(Scenario scenario);
std::optional<Scenario> scenarioFromName(QStringView name);

struct SandboxConfig
{
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 0; // 0: pick a free port
    bool tls = false;
    Scenario scenario = Scenario::SinglesDay;
    // Orders per simulated second: the peak of the 11.11 curve, or the steady rate.
    double ordersPerSecond = 20.0;
    // Simulated seconds per wall second (60: an hour of 11.11 per real minute).
    double speed = 1.0;
    // Historical orders to have in the database (generated on start up to this count).
    std::int64_t seedOrders = 0;
    std::uint64_t seed = 1111; // the seeded merchant and the simulator's dice
    // Settlement (mc.settlements.get): the commission in basis points and the share of
    // redemptions with a seeded exception (negative: 4 % for singles-day, none otherwise).
    std::int64_t commissionBp = 60;
    double settlementExceptionRate = -1.0;
    QString faults;            // fault spec, docs/platform-api.md "Faults"
    QString rateLimits = QStringLiteral("app=5000/10");
    std::int64_t redeliveryMs = 30'000; // sandbox time before an unconfirmed message comes again
    int workerThreads = 2;              // threads answering read calls
    ConnectionLimits connections;       // timeouts and caps of the HTTP front
    // Sandbox time at the very first start; by default 11-10 23:58 Beijing time of the last
    // past 11.11 for singles-day, the wall clock otherwise. Later starts resume where they stopped.
    std::optional<std::int64_t> startMs;
    // The wall clock (tests may pass a ManualClock); nullptr: the system clock.
    const core::Clock *wallClock = nullptr;
};

struct ReadyInfo
{
    QString url;          // "http://127.0.0.1:PORT/router/rest"
    QByteArray tlsSha256; // lowercase hex SHA-256 of the certificate (DER); empty without TLS
    QString credentialsPath;
    QString dataDir;
    quint16 port = 0;
    QString scenario;
    double speed = 1.0;
    std::int64_t clockMs = 0; // sandbox time when it became ready

    // One line of JSON, without the trailing newline.
    QByteArray toJsonLine() const;
};

} // namespace mc::sandbox

// For PlatformSandbox::ready across threads (queued connections).
Q_DECLARE_METATYPE(mc::sandbox::ReadyInfo)
