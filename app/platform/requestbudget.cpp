// Token bucket and jittered backoff.
#include "app/platform/requestbudget.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace mc::platform {

RequestBudget::RequestBudget(const core::Clock &clock, double ratePerSecond, double burst)
    : m_clock(clock), m_ceiling(ratePerSecond), m_burst(burst), m_rate(ratePerSecond), m_tokens(burst),
      m_lastMs(clock.nowMs())
{
}

void RequestBudget::refill() const
{
    const std::int64_t now = m_clock.nowMs();
    if (now > m_lastMs) {
        m_tokens = std::min(m_burst, m_tokens + static_cast<double>(now - m_lastMs) * m_rate / 1000.0);
        m_lastMs = now;
    }
}

bool RequestBudget::tryTake(std::int64_t &waitMs)
{
    const std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock.nowMs();
    if (now < m_bannedUntilMs) {
        waitMs = m_bannedUntilMs - now;
        return false;
    }
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        waitMs = 0;
        return true;
    }
    waitMs = static_cast<std::int64_t>(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
    return false;
}

void RequestBudget::banUntil(std::int64_t untilMs)
{
    const std::lock_guard lock(m_mutex);
    m_bannedUntilMs = std::max(m_bannedUntilMs, untilMs);
}

void RequestBudget::noteRefused()
{
    const std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock.nowMs();
    if (m_lastDecreaseMs > 0 && now - m_lastDecreaseMs < 1000)
        return; // the same burst of refusals
    refill(); // tokens earned at the old rate stay earned
    m_rate = std::max(m_ceiling * kFloorShare, m_rate * kDecrease);
    m_tokens = std::min(m_tokens, 1.0); // no burst right after a refusal
    m_lastChangeMs = m_lastDecreaseMs = now;
}

void RequestBudget::noteAccepted()
{
    const std::lock_guard lock(m_mutex);
    if (m_rate >= m_ceiling)
        return;
    const std::int64_t now = m_clock.nowMs();
    if (now - m_lastChangeMs < 1000)
        return;
    refill();
    const double seconds = static_cast<double>(now - m_lastChangeMs) / 1000.0;
    m_rate = std::min(m_ceiling, m_rate + m_ceiling * kIncreaseShare * std::floor(seconds));
    m_lastChangeMs = now;
}

int RequestBudget::remaining() const
{
    const std::lock_guard lock(m_mutex);
    if (m_clock.nowMs() < m_bannedUntilMs)
        return 0;
    refill();
    return static_cast<int>(m_tokens);
}

std::int64_t RequestBudget::bannedUntilMs() const
{
    const std::lock_guard lock(m_mutex);
    return m_bannedUntilMs;
}

double RequestBudget::ratePerSecond() const
{
    const std::lock_guard lock(m_mutex);
    return m_rate;
}

std::int64_t Backoff::delayMs(int attempt, double unitRandom) const
{
    const int shift = std::clamp(attempt, 0, 30);
    const std::int64_t ceiling = std::min<std::int64_t>(m_capMs, m_baseMs << shift);
    return static_cast<std::int64_t>(unitRandom * static_cast<double>(ceiling));
}

std::int64_t Backoff::delayMs(int attempt) const { return delayMs(attempt, QRandomGenerator::global()->generateDouble()); }

} // namespace mc::platform
