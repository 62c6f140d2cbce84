// Clock: the only source of "now". Production uses SystemClock; tests and the sandbox's
// fast-forwarded day use ManualClock or ScaledClock so nothing waits for wall time.
#pragma once

#include <QDateTime>

#include <atomic>
#include <cstdint>

namespace mc::core {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0; // milliseconds since the Unix epoch, UTC
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
    static const SystemClock &instance();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t startMs = 0) : m_ms(startMs) {}
    std::int64_t nowMs() const override { return m_ms.load(std::memory_order_relaxed); }
    void setMs(std::int64_t ms) { m_ms.store(ms, std::memory_order_relaxed); }
    void advanceMs(std::int64_t deltaMs) { m_ms.fetch_add(deltaMs, std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_ms;
};

// Simulated time running `factor` times faster than `base`, starting at `simulatedStartMs`.
class ScaledClock final : public Clock
{
public:
    ScaledClock(const Clock &base, std::int64_t simulatedStartMs, double factor);
    std::int64_t nowMs() const override;
    double factor() const { return m_factor; }

private:
    const Clock &m_base;
    std::int64_t m_baseStartMs;
    std::int64_t m_simulatedStartMs;
    double m_factor;
};

} // namespace mc::core
