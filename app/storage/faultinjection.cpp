// Global, thread-safe counter behind the fail-the-k-th-operation hook.
#include "app/storage/faultinjection.h"

#include <atomic>

namespace mc::storage::faults {

namespace {
std::atomic<std::int64_t> g_count{0};
std::atomic<std::int64_t> g_failAt{0};
} // namespace

void failOperation(std::int64_t k)
{
    g_count = 0;
    g_failAt = k;
}

std::int64_t operationCount() { return g_count.load(); }
void resetCount() { g_count = 0; }

bool shouldFail()
{
#ifdef MC_FAULT_INJECTION
    const std::int64_t n = ++g_count;
    std::int64_t expected = n;
    return g_failAt.load() == n && g_failAt.compare_exchange_strong(expected, 0);
#else
    return false;
#endif
}

bool compiledIn()
{
#ifdef MC_FAULT_INJECTION
    return true;
#else
    return false;
#endif
}

} // namespace mc::storage::faults
