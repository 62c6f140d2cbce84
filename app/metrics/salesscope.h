// Which sales a view covers: every channel, online only, or one store. A store manager's
// credential can only ever see its own store.
#pragma once

#include <QString>

#include <cstdint>

namespace mc::metrics {

struct SalesScope
{
    enum class Kind { AllChannels, Online, Store };
    Kind kind = Kind::AllChannels;
    std::int64_t storeId = 0;

    static SalesScope all() { return {}; }
    static SalesScope online() { return {Kind::Online, 0}; }
    static SalesScope store(std::int64_t id) { return {Kind::Store, id}; }

    // Does a rollup cell with this channel and location belong to the scope?
    bool contains(const QString &channel, std::int64_t locationId) const;
    // SQL condition on columns `channel` and `location_id` (no user input: ids are integers).
    QString sqlCondition() const;

    friend bool operator==(const SalesScope &, const SalesScope &) = default;
};

} // namespace mc::metrics
