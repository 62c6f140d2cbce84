// VoucherIssuer: the vouchers of a campaign, issued in batches of 100 (mc.vouchers.issue).
// plan() writes every batch with its idempotency key into the ledger first; run() sends the
// pending ones one after another, each answer stored with its batch in one transaction, with
// progress and cancel. After a crash or a cancel, run() again resumes: a batch whose answer
// was lost goes out with the same key and the platform answers with the codes it issued then,
// so no voucher is issued twice. Lives on the thread of its platform client.
#pragma once

#include "app/campaigns/campaignspec.h"
#include "app/core/result.h"

#include <QObject>

#include <atomic>

namespace mc::platform {
class PlatformClient;
}
namespace mc::storage {
class Database;
}

namespace mc::campaigns {

struct IssuedVoucher
{
    QString voucherId;
    QString code;
    friend bool operator==(const IssuedVoucher &, const IssuedVoucher &) = default;
};

inline constexpr int kVouchersPerCall = 100;

class VoucherIssuer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherIssuer)

public:
    VoucherIssuer(platform::PlatformClient &client, storage::Database &ledger, QObject *parent = nullptr);

    // Plans the campaign's `campaign.voucherQuantity` vouchers (face value, minimum spend is
    // the campaign's; valid in its window; redeemable in `storeIds`, empty: every store).
    // Planning again changes nothing: the first plan stands.
    core::Status plan(const CampaignSpec &campaign, const QList<std::int64_t> &storeIds);
    // Sends the pending batches; emits progress after each, then finished (or failed).
    void run(const QString &campaignId);
    void cancel() { m_cancel = true; }

    // The codes issued so far, in batch order.
    core::Result<QList<IssuedVoucher>> issued(const QString &campaignId);
    // {issued, planned}
    core::Result<std::pair<int, int>> counts(const QString &campaignId);

Q_SIGNALS:
    void progress(int issued, int planned);
    void finished(int issued, int planned, bool cancelled);
    void failed(const QString &message);

private:
    void sendNext(const QString &campaignId);

    platform::PlatformClient &m_client;
    storage::Database &m_ledger;
    std::atomic_bool m_cancel = false;
};

// The codes as CSV for Excel and WPS (UTF-8 with BOM, CRLF): voucher id, code.
core::Status writeVoucherCsv(const QString &path, const QList<IssuedVoucher> &vouchers);

} // namespace mc::campaigns

Q_DECLARE_METATYPE(mc::campaigns::IssuedVoucher)
