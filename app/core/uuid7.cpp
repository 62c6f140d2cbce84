// UUIDv7 layout: 48-bit ms timestamp, version 7, 12-bit counter, variant 10, 62 random bits.
#include "app/core/uuid7.h"

#include <QRandomGenerator>

#include <array>

namespace mc::core {

QUuid Uuid7Generator::next()
{
    std::int64_t ms = m_clock.nowMs();
    std::uint16_t counter = 0;
    {
        std::lock_guard lock(m_mutex);
        if (ms <= m_lastMs) {
            ms = m_lastMs;
            if (++m_counter > 0x0FFF) { // counter exhausted: borrow the next millisecond
                ++ms;
                m_counter = 0;
            }
        } else {
            // Start low in the counter space so there is room to count up.
            m_counter = static_cast<std::uint16_t>(QRandomGenerator::global()->bounded(0x400));
        }
        m_lastMs = ms;
        counter = m_counter;
    }

    const quint64 random = QRandomGenerator::system()->generate64();
    std::array<char, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<char>((static_cast<std::uint64_t>(ms) >> (40 - 8 * i)) & 0xFF);
    b[6] = static_cast<char>(0x70 | ((counter >> 8) & 0x0F));
    b[7] = static_cast<char>(counter & 0xFF);
    b[8] = static_cast<char>(0x80 | ((random >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<char>((random >> (8 * (15 - i))) & 0xFF);
    return QUuid::fromRfc4122(QByteArrayView(b.data(), 16));
}

std::int64_t Uuid7Generator::timestampMs(const QUuid &id)
{
    const QByteArray b = id.toRfc4122();
    std::int64_t ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<unsigned char>(b[i]);
    return ms;
}

bool Uuid7Generator::isUuid7(const QUuid &id)
{
    const QByteArray b = id.toRfc4122();
    return (static_cast<unsigned char>(b[6]) >> 4) == 7 && (static_cast<unsigned char>(b[8]) >> 6) == 2;
}

} // namespace mc::core
