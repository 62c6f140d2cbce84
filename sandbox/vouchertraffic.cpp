// 11.11 vouchers: issued with paid online orders, redeemed at stores, sometimes refunded.
#include "sandbox/vouchertraffic.h"

#include "app/storage/database.h"
#include "sandbox/catalogsnapshot.h"
#include "sandbox/paramreader.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"
#include "sandbox/voucherdesk.h"
#include "sandbox/voucherrevocations.h"

#include <QUuid>

#include <algorithm>
#include <vector>

namespace mc::sandbox {

VoucherTraffic::VoucherTraffic(storage::Database &db, const CatalogSnapshot &catalog, VoucherDesk &desk,
                               VoucherRevocations &revocations, std::uint64_t seed, std::int64_t nextTid)
    : m_db(db), m_catalog(catalog), m_desk(desk), m_revocations(revocations),
      m_rng(seed ^ 0x766F7563686572ULL ^ static_cast<std::uint64_t>(nextTid) * 0xC2B2AE3D27D4EB4FULL)
{}

QByteArray VoucherTraffic::nextUuid7(std::int64_t ms)
{
    // RFC 9562 layout: 48-bit milliseconds, version 7, variant 10, the rest from the dice.
    const std::uint64_t a = m_rng.next();
    const std::uint64_t b = m_rng.next();
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((static_cast<std::uint64_t>(ms) >> (40 - 8 * i)) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | ((a >> 8) & 0x0F));
    bytes[7] = static_cast<char>(a & 0xFF);
    bytes[8] = static_cast<char>(0x80 | (b & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[i] = static_cast<char>((b >> (8 * (i - 8))) & 0xFF);
    return QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces);
}

core::Status VoucherTraffic::schedule(std::int64_t dueMs, const QByteArray &voucherId, Kind kind)
{
    auto insert = m_db.prepare(u"INSERT OR IGNORE INTO voucher_events (due_ms, voucher_id, kind) VALUES (?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    return insert.value().bind(1, dueMs).bindText(2, voucherId).bind(3, static_cast<int>(kind)).run();
}

core::Status VoucherTraffic::onlineOrderPaid(std::int64_t paidMs)
{
    if (!m_rng.chance(kIssueShare))
        return {};
    const auto &stores = m_catalog.stores();
    protocol::VoucherTerms terms;
    const std::int64_t now = wholeSecond(paidMs);
    terms.voucherId = nextUuid7(now);
    terms.campaignId = kCampaignId;
    terms.faceValueFen = kFaceValueFen;
    terms.uses = m_rng.chance(kMultiUseShare) ? kMultiUses : 1;
    terms.validFromMs = now;
    terms.validUntilMs = now + kValidDays * kDay;
    if (stores.size() >= static_cast<std::size_t>(kLimitedStores) && m_rng.chance(kLimitedShare)) {
        while (terms.storeIds.size() < kLimitedStores) {
            const std::int64_t id = m_rng.pick(stores).id;
            if (!terms.storeIds.contains(id))
                terms.storeIds.append(id);
        }
        std::sort(terms.storeIds.begin(), terms.storeIds.end());
    }
    if (auto code = m_desk.issueOne(terms, now); !code)
        return code.error();
    ++m_issued;
    if (m_rng.chance(kRedeemShare)) {
        const std::int64_t visits = terms.uses == 1 ? 1 : m_rng.range(1, terms.uses);
        for (std::int64_t i = 0; i < visits; ++i) {
            const std::int64_t wait =
                20 * kMinute + std::min(static_cast<std::int64_t>(m_rng.exponential(2.0 * kHour)), 10 * kHour);
            if (core::Status s = schedule(now + wait, terms.voucherId, Redeem); !s)
                return s;
        }
    }
    if (m_rng.chance(kRevokeShare))
        return schedule(now + 10 * kMinute + m_rng.range(0, 6 * kHour), terms.voucherId, Revoke);
    return {};
}

core::Status VoucherTraffic::advance(std::int64_t toMs)
{
    struct Due
    {
        std::int64_t dueMs;
        QByteArray voucherId;
        int kind;
    };
    std::vector<Due> due;
    auto select = m_db.prepare(
        u"SELECT due_ms, voucher_id, kind FROM voucher_events WHERE due_ms <= ?1 ORDER BY due_ms, voucher_id, kind");
    auto remove = m_db.prepare(u"DELETE FROM voucher_events WHERE due_ms <= ?1");
    if (!select)
        return select.error();
    if (!remove)
        return remove.error();
    if (core::Status s = forEachRow(select.value().bind(1, toMs),
                                    [&](storage::Statement &e) {
                                        due.push_back({e.int64(0), e.blob(1), static_cast<int>(e.int64(2))});
                                    });
        !s)
        return s;
    if (due.empty())
        return {};
    if (core::Status s = remove.value().bind(1, toMs).run(); !s)
        return s;
    for (const Due &d : due) {
        const std::int64_t at = wholeSecond(d.dueMs);
        if (core::Status s = d.kind == Redeem ? redeemAtStore(d.voucherId, at) : refund(d.voucherId, at); !s)
            return s;
    }
    return {};
}

core::Status VoucherTraffic::redeemAtStore(const QByteArray &voucherId, std::int64_t dueMs)
{
    Redemption r;
    QByteArray storeIds;
    auto voucher = m_db.prepare(u"SELECT code, store_ids FROM vouchers WHERE voucher_id = ?1");
    if (!voucher)
        return voucher.error();
    auto found = firstRow(voucher.value().bindText(1, voucherId), [&](storage::Statement &v) {
        r.code = v.blob(0);
        storeIds = v.blob(1);
    });
    if (!found)
        return found.error();
    if (!found.value() || m_catalog.stores().empty())
        return {};
    const QList<QByteArray> allowed = storeIds.split(',');
    r.storeId = storeIds.isEmpty() ? m_rng.pick(m_catalog.stores()).id : m_rng.pick(allowed).toLongLong();
    r.operatorId = "clerk-" + QByteArray::number(r.storeId) + "-" + QByteArray::number(m_rng.range(1, 4));
    r.recordedMs = dueMs;
    r.redeemedMs = m_rng.chance(kOfflineShare) ? dueMs - m_rng.range(1, 15) * kMinute : dueMs;
    r.serial = nextUuid7(r.redeemedMs);
    r.appKey = kTillAppKey;
    auto outcome = m_desk.redeem(r);
    if (!outcome)
        return outcome.error();
    ++(outcome.value().refusal ? m_refused : m_redeemed); // refused: used up or refunded before the visit
    return {};
}

core::Status VoucherTraffic::refund(const QByteArray &voucherId, std::int64_t dueMs)
{
    auto left = m_db.prepare(u"SELECT uses - used FROM vouchers WHERE voucher_id = ?1");
    if (!left)
        return left.error();
    std::int64_t unused = 0;
    auto found = firstRow(left.value().bindText(1, voucherId), [&](storage::Statement &v) { unused = v.int64(0); });
    if (!found)
        return found.error();
    if (unused <= 0)
        return {}; // used up: nothing left to refund
    auto revoked = m_revocations.revoke(voucherId, dueMs);
    if (!revoked)
        return revoked.error();
    if (revoked.value())
        ++m_revoked;
    return {};
}

} // namespace mc::sandbox
