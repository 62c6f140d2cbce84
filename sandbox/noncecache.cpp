// Nonce memory with expiry by age and a size cap.
#include "sandbox/noncecache.h"

namespace mc::sandbox {

bool NonceCache::remember(QByteArrayView appKey, QByteArrayView nonce, std::int64_t wallMs)
{
    QByteArray key;
    key.reserve(appKey.size() + nonce.size() + 1);
    key.append(appKey).append('\n').append(nonce);
    std::lock_guard lock(m_mutex);
    while (!m_byAge.empty() &&
           (m_byAge.front().first + m_memoryMs < wallMs || static_cast<qsizetype>(m_byAge.size()) >= m_capacity)) {
        m_seen.remove(m_byAge.front().second);
        m_byAge.pop_front();
    }
    if (m_seen.contains(key))
        return false;
    m_seen.insert(key, wallMs);
    m_byAge.emplace_back(wallMs, std::move(key));
    return true;
}

} // namespace mc::sandbox
