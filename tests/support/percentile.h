// Percentiles of benchmark samples: the value at rank p * (n - 1) of the sorted samples.
#pragma once

#include <algorithm>
#include <vector>

namespace mc::test {

// T{} when there are no samples.
template <typename T>
T percentile(std::vector<T> samples, double p)
{
    if (samples.empty())
        return T{};
    std::sort(samples.begin(), samples.end());
    return samples[static_cast<size_t>(p * static_cast<double>(samples.size() - 1))];
}

} // namespace mc::test
