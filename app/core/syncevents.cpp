// Coalescing change summaries: the sync thread merges what it committed since the last emit.
#include "app/core/syncevents.h"

#include <algorithm>

namespace mc::core {

void ChangeSummary::merge(const ChangeSummary &other)
{
    ordersInserted += other.ordersInserted;
    ordersUpdated += other.ordersUpdated;
    productsChanged += other.productsChanged;
    locationsChanged += other.locationsChanged;
    rollups.merge(other.rollups);
    stock += other.stock;
    newestOrderModifiedMs = std::max(newestOrderModifiedMs, other.newestOrderModifiedMs);
    if (other.oldestInsertedCreatedMs > 0)
        oldestInsertedCreatedMs = oldestInsertedCreatedMs > 0
                                      ? std::min(oldestInsertedCreatedMs, other.oldestInsertedCreatedMs)
                                      : other.oldestInsertedCreatedMs;
    committedAtMs = std::max(committedAtMs, other.committedAtMs);
    if (other.firstCommitSeq > 0) {
        firstCommitSeq = firstCommitSeq > 0 ? std::min(firstCommitSeq, other.firstCommitSeq) : other.firstCommitSeq;
        lastCommitSeq = std::max(lastCommitSeq, other.lastCommitSeq);
    }
}

} // namespace mc::core
