// Test hook: make the k-th storage operation (an exec, a prepare, or one execution of a
// prepared statement however many rows it returns) fail, to prove that
// every caller survives a failure at every point. Compiled in only with MC_FAULT_INJECTION.
#pragma once

#include <cstdint>

namespace mc::storage::faults {

// Arms the hook: operation number k (1-based, counted from now) fails once. 0 disarms.
void failOperation(std::int64_t k);
// Operations counted since the last failOperation() or resetCount().
std::int64_t operationCount();
void resetCount();
// Called by the storage layer before each operation; true when this one must fail.
bool shouldFail();
bool compiledIn();

} // namespace mc::storage::faults
