// A small deterministic random number generator (splitmix64 + xoshiro256**): the seeded
// merchant must come out identical on every platform, which std:: distributions don't promise.
#pragma once

#include <cmath>
#include <cstdint>
#include <iterator>

namespace mc::sandbox {

class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto &word : m_s)
            word = splitMix(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double real() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [low, high] (inclusive).
    std::int64_t range(std::int64_t low, std::int64_t high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<std::int64_t>(span == 0 ? next() : next() % span);
    }
    bool chance(double probability) { return real() < probability; }
    // Exponentially distributed with the given mean (waiting times).
    double exponential(double mean) { return -std::log(1.0 - real()) * mean; }
    template<typename Container> const auto &pick(const Container &items)
    {
        return items[static_cast<std::size_t>(range(0, static_cast<std::int64_t>(std::size(items)) - 1))];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_s[4];
};

} // namespace mc::sandbox
