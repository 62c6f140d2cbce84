// Row loops over a prepared statement without the step/reset boilerplate: the statement is
// always reset afterwards (bindings cleared), on success and on error alike.
#pragma once

#include "app/storage/statement.h"

#include <type_traits>

namespace mc::sandbox {

// Calls onRow(stmt) for every row; onRow may return false to stop early.
template<typename Fn> core::Status forEachRow(storage::Statement &stmt, Fn &&onRow)
{
    core::Status status;
    for (;;) {
        auto step = stmt.step();
        if (!step) {
            status = step.error();
            break;
        }
        if (!step.value())
            break;
        if constexpr (std::is_same_v<std::invoke_result_t<Fn &, storage::Statement &>, bool>) {
            if (!onRow(stmt))
                break;
        } else {
            onRow(stmt);
        }
    }
    stmt.reset();
    return status;
}

// Calls onRow(stmt) for the first row, if any; true when there was one.
template<typename Fn> core::Result<bool> firstRow(storage::Statement &stmt, Fn &&onRow)
{
    bool found = false;
    core::Status status = forEachRow(stmt, [&](storage::Statement &s) {
        onRow(s);
        found = true;
        return false;
    });
    if (!status)
        return status.error();
    return found;
}

} // namespace mc::sandbox
