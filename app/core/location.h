// Where stock lives and orders are fulfilled: the online warehouse or a physical store.
#pragma once

#include <QString>

#include <cstdint>

namespace mc::core {

enum class LocationKind { Warehouse, Store };

struct Location
{
    std::int64_t id = 0;
    LocationKind kind = LocationKind::Warehouse;
    QString name;
    QString province;
    QString city;
    std::int64_t modifiedMs = 0;

    friend bool operator==(const Location &, const Location &) = default;
};

inline QString toWire(LocationKind kind) { return kind == LocationKind::Store ? QStringLiteral("store") : QStringLiteral("warehouse"); }

} // namespace mc::core
