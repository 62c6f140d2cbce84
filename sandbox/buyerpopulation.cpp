// Buyer identities from a keyed 64-bit mix of the buyer index.
#include "sandbox/buyerpopulation.h"

#include "sandbox/merchantdata.h"

#include <QStringBuilder>

#include <cmath>

namespace mc::sandbox {

namespace {
// Keys make the sandbox's uids opaque (not the index in disguise), as TOP's are.
constexpr std::uint64_t kUidKeyHigh = 0x6d632e6f70656e2eULL;
constexpr std::uint64_t kUidKeyLow = 0x7569642e6b657932ULL;
constexpr std::uint64_t kNickKey = 0x6e69636b2e6b6579ULL;

// splitmix64's finaliser: a bijection on 64 bits, so different indices never share the
// uid's first half (uids are unique by construction, not by luck).
std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

void appendBigEndian(QByteArray &out, std::uint64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out += static_cast<char>((value >> shift) & 0xFF);
}
} // namespace

std::int64_t pickBuyer(Rng &rng)
{
    const double u = rng.real();
    return static_cast<std::int64_t>(std::floor(static_cast<double>(kBuyerPopulation) * u * u));
}

QByteArray buyerNick(std::int64_t buyer)
{
    const auto syllables = data::nickSyllables();
    const std::uint64_t h = mix(static_cast<std::uint64_t>(buyer) ^ kNickKey);
    const std::uint64_t n = syllables.size();
    return QByteArray(syllables[h % n]) + "***" + QByteArray(syllables[(h / n) % n]);
}

QByteArray buyerOpenUid(std::int64_t buyer)
{
    const auto index = static_cast<std::uint64_t>(buyer);
    QByteArray hash;
    hash.reserve(16);
    appendBigEndian(hash, mix(index ^ kUidKeyHigh));
    appendBigEndian(hash, mix(index ^ kUidKeyLow));
    return "AA" + hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace mc::sandbox
