// The client's own request budget: a token bucket so the console stays under the
// platform's per-app limit instead of discovering it through bans.
#pragma once

#include "app/core/clock.h"

#include <cstdint>

namespace mc::platform {

class RequestBudget
{
public:
    RequestBudget(const core::Clock &clock, double ratePerSecond, double burst);

    // Takes a token if one is available; otherwise returns false and sets waitMs.
    bool tryTake(std::int64_t &waitMs);
    // Nothing may be sent until the platform's ban lifts.
    void banUntil(std::int64_t untilMs);
    int remaining() const; // whole tokens available now
    std::int64_t bannedUntilMs() const { return m_bannedUntilMs; }
    double ratePerSecond() const { return m_rate; }

private:
    void refill() const;

    const core::Clock &m_clock;
    double m_rate;
    double m_burst;
    mutable double m_tokens;
    mutable std::int64_t m_lastMs;
    std::int64_t m_bannedUntilMs = 0;
};

// Capped exponential backoff with full jitter: a uniform delay in [0, min(cap, base * 2^n)].
class Backoff
{
public:
    Backoff(std::int64_t baseMs, std::int64_t capMs) : m_baseMs(baseMs), m_capMs(capMs) {}
    std::int64_t delayMs(int attempt, double unitRandom) const; // unitRandom in [0, 1)
    std::int64_t delayMs(int attempt) const;                   // uses a real random source

private:
    std::int64_t m_baseMs;
    std::int64_t m_capMs;
};

} // namespace mc::platform
