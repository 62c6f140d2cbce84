// The client's own request budget: a token bucket so the console stays under the
// platform's per-app limit instead of discovering it through bans. Adaptive (AIMD): the
// configured rate is a ceiling that is never exceeded; a refusal (HTTP 429, a ban) halves
// the rate, and every second without one gives back a twentieth of the ceiling. Thread-safe,
// so clients on several threads may share one (the platform counts per app).
#pragma once

#include "app/core/clock.h"

#include <cstdint>
#include <mutex>

namespace mc::platform {

class RequestBudget
{
public:
    RequestBudget(const core::Clock &clock, double ratePerSecond, double burst);

    // Takes a token if one is available; otherwise returns false and sets waitMs.
    bool tryTake(std::int64_t &waitMs);
    // Nothing may be sent until the platform's ban lifts.
    void banUntil(std::int64_t untilMs);
    // The platform refused a call for its rate (429 or a ban): multiplicative decrease, at
    // most once per second (the calls already in flight are refused together).
    void noteRefused();
    // A call was answered: additive increase, once a second has passed without a refusal.
    void noteAccepted();
    int remaining() const; // whole tokens available now
    std::int64_t bannedUntilMs() const;
    double ratePerSecond() const;             // the current (adaptive) rate
    double ceiling() const { return m_ceiling; } // the configured rate, never exceeded

    static constexpr double kDecrease = 0.5;      // factor on a refusal
    static constexpr double kIncreaseShare = 0.05; // of the ceiling, per second without refusal
    static constexpr double kFloorShare = 0.02;    // the rate never drops below this share

private:
    void refill() const; // with m_mutex held

    const core::Clock &m_clock;
    const double m_ceiling;
    const double m_burst;
    mutable std::mutex m_mutex;
    double m_rate;
    mutable double m_tokens;
    mutable std::int64_t m_lastMs;
    std::int64_t m_bannedUntilMs = 0;
    std::int64_t m_lastChangeMs = 0;   // last decrease or increase of the rate
    std::int64_t m_lastDecreaseMs = 0;
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
