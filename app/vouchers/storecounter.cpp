#include "app/vouchers/storecounter.h"

#include "app/platform/platformclient.h"
#include "app/protocol/errors.h"
#include "app/protocol/toptime.h"
#include "app/storage/databases.h"
#include "app/vouchers/platformrecords.h"
#include "app/vouchers/redemptionbook.h"
#include "app/vouchers/voucherkeyring.h"
#include "app/vouchers/voucherverifier.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCounter, "mc.vouchers.counter")

namespace mc::vouchers {

namespace {
constexpr int kPageSize = 500;
constexpr int kMaxPages = 200;
constexpr std::int64_t kRedemptionHistoryMs = 31LL * 24 * 3600 * 1000; // the platform takes 30 days back
constexpr int kMaxOperatorChars = 64;
} // namespace

void registerVoucherMetaTypes()
{
    qRegisterMetaType<VoucherVerdict>();
    qRegisterMetaType<RedemptionRecord>();
    qRegisterMetaType<QList<RedemptionRecord>>();
}

StoreCounter::StoreCounter(CounterOptions options, const core::Clock &clock, platform::PlatformClient *client,
                           QObject *parent)
    : CounterService(parent), m_options(std::move(options)), m_clock(clock), m_client(client),
      m_wake(new QTimer(this))
{
    registerVoucherMetaTypes();
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &StoreCounter::uploadDue);
}

StoreCounter::~StoreCounter() = default;

core::Status StoreCounter::open()
{
    return openWith(false);
}

core::Status StoreCounter::openForVerifying()
{
    return openWith(true);
}

core::Status StoreCounter::openWith(bool readOnly)
{
    auto cache = readOnly ? storage::openReader(m_options.dataDir, storage::DatabaseRole::Cache)
                          : storage::openWriter(m_options.dataDir, storage::DatabaseRole::Cache);
    if (!cache)
        return cache.error();
    m_cache = std::move(cache).value();
    auto keys = VoucherKeyring::load(*m_cache);
    if (!keys)
        return keys.error();
    m_keys = std::make_unique<VoucherKeyring>(std::move(keys).value());
    m_records = std::make_unique<PlatformRecords>(*m_cache);
    auto book = readOnly ? RedemptionBook::openReadOnly(m_options.dataDir, m_clock)
                         : RedemptionBook::open(m_options.dataDir, m_clock);
    if (!book)
        return book.error();
    m_book = std::move(book).value();
    m_verifier = std::make_unique<VoucherVerifier>(*m_keys, m_records.get(), m_book.get(), m_clock, m_options.storeId);
    return {};
}

int StoreCounter::keyCount() const
{
    return m_keys ? m_keys->size() : 0;
}

VoucherVerdict StoreCounter::verifyNow(const QByteArray &code)
{
    return m_verifier->verify(code);
}

void StoreCounter::check(const QByteArray &code)
{
    Q_EMIT verdictReady(verifyNow(code));
}

namespace {
VoucherVerdict withThisUse(VoucherVerdict verdict)
{
    if (verdict.terms.usesLeft > 0)
        --verdict.terms.usesLeft;
    return verdict;
}
} // namespace

void StoreCounter::redeem(const QByteArray &code, const QString &operatorName)
{
    const VoucherVerdict verdict = verifyNow(code);
    if (!verdict.accepted()) {
        Q_EMIT redemptionFinished(verdict, false, {});
        return;
    }
    RedemptionRecord record;
    record.code = verdict.code;
    record.voucherId = verdict.terms.voucherId;
    record.storeId = m_options.storeId;
    record.operatorName = operatorName.left(kMaxOperatorChars);
    record.faceValueFen = verdict.terms.faceValueFen;
    record.redeemedMs = verdict.checkedAtMs;
    auto recorded = m_book->record(record);
    if (!recorded) {
        // Not in the ledger: not accepted. The verdict itself was fine, so say why here.
        qCWarning(lcCounter).noquote() << "cannot record a redemption:" << recorded.error().toString();
        Q_EMIT alert(QCoreApplication::translate("mc::vouchers::StoreCounter",
                                                 "The redemption could not be saved: %1")
                         .arg(recorded.error().toString()));
        Q_EMIT redemptionFinished(verdict, false, {});
        return;
    }
    // What the page shows after the redemption: the uses left now, this one counted.
    Q_EMIT redemptionFinished(withThisUse(verdict), true, recorded.value());
    refreshQueue();
    if (m_client)
        upload(recorded.value());
}

void StoreCounter::retryUpload(const QString &serial)
{
    auto record = m_book->find(serial);
    if (!record) {
        qCWarning(lcCounter).noquote() << record.error().toString();
        return;
    }
    if (record.value().state == UploadState::Pending && m_client)
        upload(record.value());
}

void StoreCounter::refreshQueue()
{
    auto queue = m_book->queue(protocol::beijingDayStartMs(m_clock.nowMs()));
    auto pending = m_book->pendingCount();
    if (!queue || !pending) {
        qCWarning(lcCounter).noquote() << "cannot read the redemption queue:"
                                       << (queue ? pending.error() : queue.error()).toString();
        return;
    }
    Q_EMIT queueChanged(queue.value(), pending.value());
}

void StoreCounter::setPlatformClient(platform::PlatformClient *client)
{
    m_client = client;
    m_inFlight.clear(); // callbacks of the old client may still come; they are matched by serial
    if (m_client)
        uploadDue();
}

void StoreCounter::uploadDue()
{
    if (!m_client)
        return;
    auto due = m_book->due(m_clock.nowMs());
    if (!due) {
        qCWarning(lcCounter).noquote() << "cannot read pending redemptions:" << due.error().toString();
        return;
    }
    for (const RedemptionRecord &record : due.value())
        upload(record);
    scheduleWake();
}

void StoreCounter::scheduleWake()
{
    auto next = m_book->earliestNextTry();
    if (!next || next.value() < 0 || !m_client) {
        m_wake->stop();
        return;
    }
    const std::int64_t delay = std::clamp<std::int64_t>(next.value() - m_clock.nowMs(), 0, m_options.maxRetryMs);
    m_wake->start(static_cast<int>(delay));
}

void StoreCounter::upload(const RedemptionRecord &record)
{
    if (!m_client || m_inFlight.contains(record.serial))
        return;
    m_inFlight.insert(record.serial);
    protocol::Parameters params{
        {"verify_code", record.code},
        {"consume_num", "1"},
        {"storeid", QByteArray::number(record.storeId)},
        {"operatorid", record.operatorName.toUtf8()},
        {"serial_num", record.serial.toLatin1()},
        {"redeemed_at", protocol::formatTopTime(record.redeemedMs)},
        {"idempotency_key", record.serial.toLatin1()},
    };
    QPointer<StoreCounter> self(this);
    m_client->call("taobao.vmarket.eticket.auth.consume", std::move(params),
                   [self, record](const platform::CallOutcome &outcome) {
                       if (self)
                           self->uploaded(record, outcome);
                   });
}

void StoreCounter::uploaded(RedemptionRecord record, const platform::CallOutcome &outcome)
{
    m_inFlight.remove(record.serial);
    // The ledger's row is the truth: another answer may have settled it meanwhile.
    if (auto current = m_book->find(record.serial); current && current.value().state != UploadState::Pending)
        return;
    else if (current)
        record = current.value();
    ++record.attempts;
    record.nextTryMs = 0;
    if (outcome.ok()) {
        record.state = UploadState::Confirmed;
        record.platformMessage = u"confirmed; %1 use(s) left"_s.arg(outcome.body.value(u"left_num").toInteger());
    } else {
        const platform::PlatformError &error = *outcome.error;
        record.platformMessage = error.toString();
        if (error.kind == platform::PlatformError::Kind::Platform && error.subCode == protocol::subc::kEticketExhausted) {
            record.state = UploadState::Conflict;
        } else if (error.kind == platform::PlatformError::Kind::Platform && error.subCode.startsWith("isv.")) {
            record.state = UploadState::Refused;
        } else {
            // Network, platform trouble, credentials or permission: kept, tried again later.
            const int doublings = std::min(record.attempts - 1, 20);
            record.nextTryMs = m_clock.nowMs() + std::min(m_options.firstRetryMs << doublings, m_options.maxRetryMs);
        }
    }
    if (core::Status s = m_book->update(record); !s) {
        qCWarning(lcCounter).noquote() << "cannot save the upload state of" << record.serial << s.error().toString();
        return;
    }
    Q_EMIT redemptionUpdated(record);
    if (record.state == UploadState::Conflict)
        Q_EMIT alert(QCoreApplication::translate("mc::vouchers::StoreCounter",
                                                 "Voucher %1 was already used up elsewhere: the redemption at %2 "
                                                 "(serial %3) is in conflict and must be settled with the customer.")
                         .arg(QString::fromLatin1(record.voucherId),
                              QString::fromLatin1(protocol::formatTopTime(record.redeemedMs)), record.serial));
    refreshQueue();
    scheduleWake();
}

void StoreCounter::refreshFromPlatform()
{
    if (!m_client || m_refreshing)
        return;
    m_refreshing = true;
    QPointer<StoreCounter> self(this);
    m_client->call("mc.voucher.keys.get", {}, [self](const platform::CallOutcome &outcome) {
        if (!self)
            return;
        if (!outcome.ok())
            return self->refreshFinished(false, outcome.error->toString());
        auto keys = VoucherKeyring::parseKeys(outcome.body);
        core::Status stored = keys ? self->m_keys->store(keys.value(), self->m_clock.nowMs()) : keys.error();
        if (!stored)
            return self->refreshFinished(false, stored.error().toString());
        self->fetchRevocations(1);
    });
}

void StoreCounter::fetchRevocations(int page)
{
    QPointer<StoreCounter> self(this);
    m_client->call("mc.voucher.revocations.get",
                   {{"page_no", QByteArray::number(page)}, {"page_size", QByteArray::number(kPageSize)}},
                   [self, page](const platform::CallOutcome &outcome) {
                       if (!self)
                           return;
                       if (!outcome.ok()) {
                           // A platform without the extension has nothing revoked to tell.
                           if (outcome.error->code == 22)
                               return self->fetchRedemptions(1);
                           return self->refreshFinished(false, outcome.error->toString());
                       }
                       int total = 0;
                       auto rows = PlatformRecords::parseRevocations(outcome.body, &total);
                       core::Status stored =
                           rows ? self->m_records->storeRevocations(rows.value(), self->m_clock.nowMs()) : rows.error();
                       if (!stored)
                           return self->refreshFinished(false, stored.error().toString());
                       if (page * kPageSize < total && !rows.value().isEmpty() && page < kMaxPages)
                           return self->fetchRevocations(page + 1);
                       self->fetchRedemptions(1);
                   });
}

void StoreCounter::fetchRedemptions(int page)
{
    protocol::Parameters params{
        {"page_no", QByteArray::number(page)},
        {"page_size", QByteArray::number(kPageSize)},
        {"start_redeemed", protocol::formatTopTime(m_clock.nowMs() - kRedemptionHistoryMs)},
    };
    if (m_options.storeId != 0 && !m_client->credentials().isStoreManager())
        params.emplace("store_id", QByteArray::number(m_options.storeId));
    QPointer<StoreCounter> self(this);
    m_client->call("mc.redemptions.get", std::move(params), [self, page](const platform::CallOutcome &outcome) {
        if (!self)
            return;
        if (!outcome.ok())
            return self->refreshFinished(false, outcome.error->toString());
        int total = 0;
        auto rows = PlatformRecords::parseRedemptions(outcome.body, &total);
        core::Status stored = rows ? self->m_records->storeRedemptions(rows.value()) : rows.error();
        if (!stored)
            return self->refreshFinished(false, stored.error().toString());
        if (page * kPageSize < total && !rows.value().isEmpty() && page < kMaxPages)
            return self->fetchRedemptions(page + 1);
        self->refreshFinished(true, {});
    });
}

void StoreCounter::refreshFinished(bool ok, const QString &message)
{
    m_refreshing = false;
    if (!ok)
        qCWarning(lcCounter).noquote() << "voucher refresh failed:" << message;
    Q_EMIT platformRefreshed(ok, message);
    uploadDue();
}

} // namespace mc::vouchers
