// StoreCounter: the CounterService of one store's counter. Verifies codes offline against
// the cached keys (VoucherVerifier), records accepted redemptions durably before answering
// (RedemptionBook), and uploads them with taobao.vmarket.eticket.auth.consume, serial_num =
// the redemption's UUIDv7: at once when a platform client is given, again with exponential
// backoff (2 s doubling to 5 min by default, same serial) after network trouble, until the
// platform confirms or refuses. isv.eticket-exhausted is a Conflict and raises alert().
// Lives on the thread of its platform client (the sync thread); nothing is ever deleted.
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/vouchers/counterservice.h"

#include <QPointer>
#include <QSet>

#include <cstdint>
#include <memory>

class QTimer;

namespace mc::platform {
class PlatformClient;
struct CallOutcome;
} // namespace mc::platform
namespace mc::storage {
class Database;
}

namespace mc::vouchers {

class VoucherKeyring;
class PlatformRecords;
class RedemptionBook;
class VoucherVerifier;

struct CounterOptions
{
    QString dataDir;              // cache.sqlite (keys, platform records) and ledger.sqlite
    std::int64_t storeId = 0;     // this counter's store
    std::int64_t firstRetryMs = 2'000;
    std::int64_t maxRetryMs = 5 * 60 * 1000;
};

class StoreCounter final : public CounterService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreCounter)

public:
    // `clock`: the platform-corrected clock; `client` may be null (offline: nothing uploads).
    StoreCounter(CounterOptions options, const core::Clock &clock, platform::PlatformClient *client = nullptr,
                 QObject *parent = nullptr);
    ~StoreCounter() override;

    // Opens (and migrates) the databases and loads the cached keys.
    core::Status open();
    // Verification only, beside the console that has the data folder open (read-only
    // connections; redeeming through it fails).
    core::Status openForVerifying();
    // The verdict now, synchronously (check() emits the same).
    VoucherVerdict verifyNow(const QByteArray &code);
    int keyCount() const;
    std::int64_t storeId() const override { return m_options.storeId; }
    RedemptionBook &book() { return *m_book; }
    PlatformRecords &platformRecords() { return *m_records; }
    VoucherKeyring &keyring() { return *m_keys; }

public Q_SLOTS:
    void check(const QByteArray &code) override;
    void redeem(const QByteArray &code, const QString &operatorName) override;
    void retryUpload(const QString &serial) override;
    void refreshQueue() override;
    // Fetches the keys, the revocations and this store's redemptions into the cache, then
    // uploads what is due; platformRefreshed() follows.
    void refreshFromPlatform();
    // Uploads every pending redemption whose next try is due.
    void uploadDue();
    // Uses another platform client from now on (null: offline).
    void setPlatformClient(mc::platform::PlatformClient *client);

Q_SIGNALS:
    void platformRefreshed(bool ok, const QString &message);

private:
    void upload(const RedemptionRecord &record);
    void uploaded(RedemptionRecord record, const platform::CallOutcome &outcome);
    void scheduleWake();
    core::Status openWith(bool readOnly);
    void fetchRevocations(int page);
    void fetchRedemptions(int page);
    void refreshFinished(bool ok, const QString &message);

    CounterOptions m_options;
    const core::Clock &m_clock;
    QPointer<platform::PlatformClient> m_client;
    std::unique_ptr<storage::Database> m_cache;
    std::unique_ptr<VoucherKeyring> m_keys;
    std::unique_ptr<PlatformRecords> m_records;
    std::unique_ptr<RedemptionBook> m_book;
    std::unique_ptr<VoucherVerifier> m_verifier;
    QSet<QString> m_inFlight; // serials being uploaded: never two calls for one serial at once
    QTimer *m_wake;
    bool m_refreshing = false;
};

void registerVoucherMetaTypes();

} // namespace mc::vouchers
