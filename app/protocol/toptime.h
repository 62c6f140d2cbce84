// The platform's time format: "yyyy-MM-dd HH:mm:ss" in GMT+8 (Beijing time), second
// precision. Hand-rolled because both sides format millions of timestamps per second.
#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace mc::protocol {

inline constexpr std::int64_t kBeijingOffsetMs = 8 * 3600 * 1000;

// Formats UTC milliseconds (sub-second part dropped) as GMT+8 wall time.
QByteArray formatTopTime(std::int64_t utcMs);
// Parses GMT+8 wall time to UTC milliseconds; nullopt for anything malformed.
std::optional<std::int64_t> parseTopTime(QByteArrayView text);
std::optional<std::int64_t> parseTopTime(QStringView text);

// Start of the Beijing calendar day containing utcMs, as UTC milliseconds.
std::int64_t beijingDayStartMs(std::int64_t utcMs);

} // namespace mc::protocol
