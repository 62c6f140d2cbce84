// The printable sheet of a voucher campaign's codes for flyers and posters: A4 pages of nine
// QR codes each (vector squares with the standard quiet zone, about 45 mm wide), every code
// with its text beneath (what a cashier types when the camera fails) and dashed lines to cut
// along; each page names the campaign, its face value and minimum spend, its validity and
// where it is redeemable. Needs a QGuiApplication (fonts). Used by the Campaigns page and by
// `merchant-console campaign vouchers --pdf`.
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/campaigns/voucherissuer.h"
#include "app/core/result.h"

#include <QByteArray>

namespace mc::ui {

inline constexpr int kVoucherSheetColumns = 3;
inline constexpr int kVoucherSheetRows = 3;

core::Result<QByteArray> voucherQrSheetPdf(const campaigns::CampaignSpec &campaign,
                                           const QList<campaigns::IssuedVoucher> &vouchers);
// The same, written to `path` whole or not at all.
core::Status writeVoucherQrSheet(const QString &path, const campaigns::CampaignSpec &campaign,
                                 const QList<campaigns::IssuedVoucher> &vouchers);

} // namespace mc::ui
