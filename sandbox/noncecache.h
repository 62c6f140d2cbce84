// Remembers signed nonces for longer than the timestamp window, so a captured request
// cannot be played again while its timestamp would still pass. Thread-safe.
#pragma once

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <deque>
#include <mutex>

namespace mc::sandbox {

class NonceCache
{
public:
    explicit NonceCache(std::int64_t memoryMs = 20 * 60 * 1000, qsizetype capacity = 1'000'000)
        : m_memoryMs(memoryMs), m_capacity(capacity)
    {}

    // true the first time (app key, nonce) is seen within the memory; false for a replay.
    bool remember(QByteArrayView appKey, QByteArrayView nonce, std::int64_t wallMs);

private:
    std::mutex m_mutex;
    QHash<QByteArray, std::int64_t> m_seen;
    std::deque<std::pair<std::int64_t, QByteArray>> m_byAge;
    std::int64_t m_memoryMs;
    qsizetype m_capacity;
};

} // namespace mc::sandbox
