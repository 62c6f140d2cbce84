// Fixed-window budgets.
#include "sandbox/ratelimiter.h"

#include "app/protocol/errors.h"

using namespace Qt::StringLiterals;

namespace mc::sandbox {

core::Result<RateLimits> RateLimits::parse(QStringView spec)
{
    RateLimits limits;
    const QStringView trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == u"off")
        return limits;
    auto bad = [&](const QString &why) {
        return core::Error{u"sandbox.rate-limit"_s, u"invalid rate limit"_s, spec.toString() + u": " + why};
    };
    for (QStringView part : trimmed.split(u',')) {
        const qsizetype eq = part.indexOf(u'=');
        const qsizetype slash = part.indexOf(u'/');
        if (eq < 0 || slash < eq)
            return bad(u"expected app=CALLS/SECONDS or api=CALLS/SECONDS"_s);
        bool okCalls = false;
        bool okSeconds = false;
        RateBudget budget{part.sliced(eq + 1, slash - eq - 1).toLongLong(&okCalls),
                          part.sliced(slash + 1).toLongLong(&okSeconds)};
        if (!okCalls || !okSeconds || budget.calls < 0 || budget.windowSeconds < 1)
            return bad(u"CALLS must be >= 0 and SECONDS >= 1"_s);
        const QStringView name = part.first(eq).trimmed();
        if (name == u"app")
            limits.perApp = budget;
        else if (name == u"api")
            limits.perApi = budget;
        else
            return bad(u"unknown budget " + name.toString());
    }
    return limits;
}

QString RateLimits::toString() const
{
    QStringList parts;
    if (perApp.calls > 0)
        parts << u"app=%1/%2"_s.arg(perApp.calls).arg(perApp.windowSeconds);
    if (perApi.calls > 0)
        parts << u"api=%1/%2"_s.arg(perApi.calls).arg(perApi.windowSeconds);
    return parts.isEmpty() ? u"off"_s : parts.join(u',');
}

void RateLimiter::setLimits(const RateLimits &limits)
{
    std::lock_guard lock(m_mutex);
    m_limits = limits;
    m_apps.clear();
    m_apis.clear();
}

RateLimits RateLimiter::limits() const
{
    std::lock_guard lock(m_mutex);
    return m_limits;
}

std::optional<int> RateLimiter::charge(Window &window, const RateBudget &budget, std::int64_t wallMs)
{
    const std::int64_t windowMs = budget.windowSeconds * 1000;
    if (wallMs >= window.startMs + windowMs) {
        window.startMs = wallMs - (wallMs % windowMs);
        window.calls = 0;
    }
    if (window.calls >= budget.calls)
        return static_cast<int>((window.startMs + windowMs - wallMs + 999) / 1000);
    ++window.calls;
    return std::nullopt;
}

std::optional<RateLimiter::Refusal> RateLimiter::admit(QByteArrayView appKey, QByteArrayView method,
                                                       std::int64_t wallMs)
{
    std::lock_guard lock(m_mutex);
    if (m_limits.perApi.calls > 0) {
        if (auto ban = charge(m_apis[method.toByteArray()], m_limits.perApi, wallMs))
            return Refusal{protocol::subc::kApiLimit, *ban};
    }
    if (m_limits.perApp.calls > 0) {
        if (auto ban = charge(m_apps[appKey.toByteArray()], m_limits.perApp, wallMs))
            return Refusal{protocol::subc::kAppDailyQuota, *ban};
    }
    return std::nullopt;
}

} // namespace mc::sandbox
