// What one client may hold of the sandbox's HTTP front: request sizes, time to send a
// request's headers, time a keep-alive connection may sit idle, connections overall and per
// client address (docs/platform-api.md "Transport").
#pragma once

#include <QtGlobal>

namespace mc::sandbox {

struct ConnectionLimits
{
    // A request body larger than this is refused (413) before it is read.
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    // The request line and headers together (431 beyond).
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    // After a refusal, how long and how much of the rest of a request is read and dropped
    // before closing (so the client can read the answer rather than meet a reset).
    static constexpr int kLingerMs = 1000;
    static constexpr qint64 kLingerBytes = 16 * 1024 * 1024;

    int headerTimeoutMs = 10'000; // from a request's first byte (or a TLS connect) to the end of its headers
    int idleTimeoutMs = 30'000;   // a connection with nothing in flight, or a body that stopped coming
    int maxConnections = 256;
    int maxConnectionsPerAddress = 64;
};

} // namespace mc::sandbox
