// SyncHarness: a SyncEngine in the test process against a running SandboxProcess, for
// tests that inject faults the real process cannot take from outside (failing the k-th
// database operation, a skewed clock) or that drive pushes.
#pragma once

#include "app/core/clock.h"
#include "app/sync/syncengine.h"
#include "tests/support/sandboxprocess.h"

#include <memory>

namespace mc::test {

struct SyncRun
{
    bool ok = false;
    QString error;
    sync::SyncCounters counters; // what the engine did
};

// The system clock shifted by a fixed offset: a computer whose clock is wrong.
class OffsetClock final : public core::Clock
{
public:
    explicit OffsetClock(std::int64_t offsetMs) : m_offsetMs(offsetMs) {}
    std::int64_t nowMs() const override { return core::SystemClock::instance().nowMs() + m_offsetMs; }

private:
    std::int64_t m_offsetMs;
};

class SyncHarness
{
public:
    SyncHarness(const SandboxProcess &sandbox, QString dataDir, const core::Clock &clock = core::SystemClock::instance());

    platform::ClientOptions clientOptions;
    sync::SyncOptions syncOptions;
    std::int64_t storeId = 0; // 0: the owner's credential; else that store manager's

    // A fresh engine (like a restarted console) over the same data folder.
    std::unique_ptr<sync::SyncEngine> makeEngine();
    // makeEngine(), open(), runOnce() and wait for caughtUp or fatalError.
    SyncRun runOnce(int timeoutMs = 120'000);

private:
    const SandboxProcess &m_sandbox;
    const core::Clock &m_clock;
};

} // namespace mc::test
