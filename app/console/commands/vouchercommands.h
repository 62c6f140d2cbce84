// Voucher commands for scripts and tests:
//   merchant-console voucher verify --data-dir DIR [--store ID]
//       codes on stdin, one JSON verdict per line, offline (keys from the cache)
//   merchant-console redeem --data-dir DIR --store ID [--operator NAME]
//       [--endpoint URL --credentials FILE [--tls-sha256 HEX]] CODE
//       verifies, records in the ledger, and with an endpoint uploads once; exit 0 accepted,
//       5 refused (here or by the platform)
#pragma once

#include <QStringList>

namespace mc::commands {

int runVoucher(const QStringList &arguments);
int runRedeem(const QStringList &arguments);

} // namespace mc::commands
