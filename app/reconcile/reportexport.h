// A day report as JSON (for scripts) and as CSV for a spreadsheet: UTF-8 with a byte-order
// mark and CRLF line ends, so Excel and WPS open it with the right characters; headers and
// category names in the installed translation (Chinese under zh_CN). Text that a spreadsheet
// would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
#pragma once

#include "app/reconcile/dayreport.h"

#include <QByteArray>
#include <QJsonObject>

namespace mc::reconcile {

QJsonObject reportToJson(const DayReport &report);
QByteArray reportToCsv(const DayReport &report);
// "12.00"
QString yuan(std::int64_t fen);
// "2025-11-11 10:00:00" (Beijing time, as the platform writes it); empty for 0.
QString beijingTime(std::int64_t utcMs);

} // namespace mc::reconcile
