// Checked integer arithmetic for money and counts: an overflow is reported, never wrapped
// (signed overflow is undefined behaviour, and a wrapped GMV is a wrong figure on a wall).
// GCC/Clang builtins, as Money already uses.
#pragma once

#include <cstdint>
#include <limits>

namespace mc::core {

// out = a + b; false, with out untouched, when the sum does not fit.
[[nodiscard]] inline bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t &out)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return false;
    out = sum;
    return true;
}

// out = a * b; false, with out untouched, when the product does not fit.
[[nodiscard]] inline bool checkedMul(std::int64_t a, std::int64_t b, std::int64_t &out)
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return false;
    out = product;
    return true;
}

// a + b, clamped to the int64 range: for display totals that must never wrap.
inline std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (!__builtin_add_overflow(a, b, &sum))
        return sum;
    return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

// A running sum that remembers whether it ever overflowed (it then stops changing).
class CheckedSum
{
public:
    CheckedSum &operator+=(std::int64_t v)
    {
        if (!m_overflow && !checkedAdd(m_value, v, m_value))
            m_overflow = true;
        return *this;
    }
    bool ok() const { return !m_overflow; }
    std::int64_t value() const { return m_value; }

private:
    std::int64_t m_value = 0;
    bool m_overflow = false;
};

} // namespace mc::core
