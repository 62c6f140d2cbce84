// Faults injected on request (--faults SPEC, or mc.admin.faults.set while serving): errors,
// latency, hung responses, truncated bodies, connection resets, duplicated and reordered
// messages, per method. Grammar in docs/platform-api.md "Faults". Thread-safe.
#pragma once

#include "app/core/result.h"
#include "sandbox/rng.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <mutex>

namespace mc::sandbox {

struct FaultDecision
{
    enum class Kind { None, Unavailable, RemoteError, Hang, Truncate, Reset };
    Kind kind = Kind::None;
    int latencyMs = 0;
};

class FaultPlan
{
public:
    FaultPlan();
    // Replaces every rule; an empty spec or "off" clears them. The old plan stays on error.
    core::Status set(QStringView spec);
    QString spec() const;

    // What to do to one call of `method` (mc.admin.* calls are never faulted).
    FaultDecision decide(QByteArrayView method);
    // For a message batch of taobao.tmc.messages.consume.
    bool duplicateMessage();
    bool reorderBatch();

private:
    struct Rule
    {
        QByteArray scope; // "*" or a method name
        double unavailable = 0, remoteError = 0, hang = 0, truncate = 0, reset = 0, duplicate = 0, reorder = 0;
        int latencyMinMs = 0, latencyMaxMs = 0;
        std::int64_t after = 0;  // leave the first N matching calls alone
        std::int64_t count = -1; // fault at most N calls (-1: no limit)
        std::int64_t seen = 0;
        std::int64_t applied = 0;
    };
    static core::Result<QList<Rule>> parse(QStringView spec, std::uint64_t &seed);
    bool armed(Rule &rule);

    mutable std::mutex m_mutex;
    QList<Rule> m_rules;
    QString m_spec;
    Rng m_rng;
};

} // namespace mc::sandbox
