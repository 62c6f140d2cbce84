// Call budgets as on TOP: per app (accesscontrol.limited-by-app-access-count) and per method
// across all apps (accesscontrol.limited-by-api-access-count). Fixed windows of wall time: a
// caller over budget is banned until its window ends. Thread-safe; changeable while serving.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <mutex>
#include <optional>

namespace mc::sandbox {

struct RateBudget
{
    std::int64_t calls = 0; // 0: unlimited
    std::int64_t windowSeconds = 1;
};

struct RateLimits
{
    RateBudget perApp;
    RateBudget perApi;

    // "off", or "app=CALLS/SECONDS,api=CALLS/SECONDS" (either part may be left out).
    static core::Result<RateLimits> parse(QStringView spec);
    QString toString() const;
};

class RateLimiter
{
public:
    struct Refusal
    {
        QByteArray subCode;
        int banSeconds = 1;
    };

    void setLimits(const RateLimits &limits);
    RateLimits limits() const;
    std::optional<Refusal> admit(QByteArrayView appKey, QByteArrayView method, std::int64_t wallMs);

private:
    struct Window
    {
        std::int64_t startMs = 0;
        std::int64_t calls = 0;
    };
    static std::optional<int> charge(Window &window, const RateBudget &budget, std::int64_t wallMs);

    mutable std::mutex m_mutex;
    RateLimits m_limits;
    QHash<QByteArray, Window> m_apps;
    QHash<QByteArray, Window> m_apis;
};

} // namespace mc::sandbox
