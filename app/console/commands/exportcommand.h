// merchant-console export orders --data-dir DIR --out FILE [--from DATE] [--to DATE]
//     [--status S]... [--channel online|store] [--store ID] [--province P] [--min YUAN]
//     [--max YUAN] [--search TEXT] [--lang en|zh_CN]
// The orders of the cache that match, newest first, as CSV for Excel and WPS (the Orders
// page's export). Dates are Beijing days, both included. Reads only: it runs beside the app.
#pragma once

#include <QStringList>

namespace mc::commands {

int runExport(const QStringList &arguments);

} // namespace mc::commands
