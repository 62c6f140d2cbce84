// merchant-console campaign SUBCOMMAND --data-dir DIR [OPTIONS]: campaigns without a window.
//   simulate --campaign FILE.json --from DATE --to DATE [--top N]   the rehearsal on the cached
//            orders of those Beijing days (both included), as JSON
//   import --campaign FILE.json --author NAME   saves the file as the campaign's next version
//            (validation issues are printed; a draft may have them)
//   export --id ID [--version N] [--out FILE]   a version (default the newest) as JSON
//   list | versions --id ID | diff --id ID --version A --against B
//   rollback --id ID --version N --author NAME  saves version N again as the newest
//   publish --id ID [--version N] --author NAME --endpoint URL --credentials FILE ...
//   vouchers --id ID --endpoint URL --credentials FILE [--out FILE.csv]   issues a voucher
//            campaign's codes in batches of 100 (resumable), optionally as CSV
#pragma once

#include <QStringList>

namespace mc::commands {

int runCampaign(const QStringList &arguments);

} // namespace mc::commands
