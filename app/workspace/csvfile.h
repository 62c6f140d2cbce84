// A CSV file written through QSaveFile (csvwriter.h for the format): it appears only when
// complete, so a cancelled or failed export leaves nothing behind.
#pragma once

#include "app/core/result.h"

#include <QStringList>

#include <functional>

namespace mc::workspace {

inline constexpr char kCancelled[] = "workspace.cancelled";

// Called for each row; false stops the producer (cancelled, or the disk refused).
using CsvRowSink = std::function<bool(const QStringList &fields)>;

// Writes `header`, then the rows `produce` hands to the sink. `progress(rowsWritten)` is called
// every thousand rows and at the end; returning false cancels (an error coded kCancelled).
core::Result<std::int64_t> writeCsvFile(const QString &path, const QStringList &header,
                                        const std::function<core::Status(const CsvRowSink &)> &produce,
                                        const std::function<bool(std::int64_t)> &progress);

} // namespace mc::workspace
