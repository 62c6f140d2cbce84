// Order creation and lifecycle. Delays are sandbox time: most buyers pay within minutes, an
// eighth never do and are closed after 15 minutes, shipping takes hours on 11.11, receipt is
// confirmed days later, and a few lines are refunded.
#include "sandbox/ordersimulator.h"

#include "sandbox/sandboxtime.h"
#include "sandbox/vouchertraffic.h"

namespace mc::sandbox {

namespace {
constexpr std::int64_t kMaxOrdersPerAdvance = 20'000;
constexpr int kDueBatch = 20'000;
} // namespace

OrderSimulator::OrderSimulator(const CatalogSnapshot &catalog, OrderLedger &ledger, StockBook &stock,
                               MessageQueue &messages, Scenario scenario, double peakOrdersPerSecond,
                               std::uint64_t seed, std::int64_t nextTid, VoucherTraffic *vouchers)
    : m_catalog(catalog), m_factory(catalog), m_ledger(ledger), m_stock(stock), m_messages(messages),
      m_vouchers(vouchers), m_curve(scenario), m_peakRate(peakOrdersPerSecond),
      m_rng(seed ^ static_cast<std::uint64_t>(nextTid) * 0x9E3779B97F4A7C15ULL), m_nextTid(nextTid),
      m_frozen(scenario == Scenario::Frozen)
{}

std::int64_t OrderSimulator::exponentialMs(double meanMs)
{
    return static_cast<std::int64_t>(m_rng.exponential(meanMs));
}

core::Status OrderSimulator::advance(std::int64_t fromMs, std::int64_t toMs)
{
    if (toMs <= fromMs || m_frozen)
        return {};
    // Order timestamps are whole seconds, as on TOP; messages carry the instant this tick
    // publishes them (pub_ms), so latency measured from them is not flattered or inflated.
    m_publishMs = toMs;
    const double seconds = static_cast<double>(toMs - fromMs) / 1000.0;
    m_carry += m_peakRate * m_curve.factor(fromMs + (toMs - fromMs) / 2) * seconds;
    auto count = static_cast<std::int64_t>(m_carry);
    m_carry -= static_cast<double>(count);
    if (count > kMaxOrdersPerAdvance) {
        m_dropped += count - kMaxOrdersPerAdvance;
        count = kMaxOrdersPerAdvance;
    }
    for (std::int64_t i = 0; i < count; ++i)
        if (core::Status s = createOrder(wholeSecond(fromMs + (toMs - fromMs) * (i + 1) / count)); !s)
            return s;
    for (;;) {
        auto due = m_ledger.takeDue(toMs, kDueBatch);
        if (!due)
            return due.error();
        for (const OrderLedger::Due &d : due.value())
            if (core::Status s = apply(d, wholeSecond(std::max(d.dueMs, fromMs))); !s)
                return s;
        if (static_cast<int>(due.value().size()) < kDueBatch)
            break;
    }
    if (m_vouchers)
        if (core::Status s = m_vouchers->advance(toMs); !s)
            return s;
    return m_stock.flush(toMs);
}

bool OrderSimulator::takeStock(std::int64_t locationId, int skuIndex, std::int64_t num, std::int64_t nowMs)
{
    const std::int64_t skuId = m_catalog.skus()[static_cast<std::size_t>(skuIndex)].skuId;
    std::int64_t quantity = m_stock.quantity(locationId, skuId).value_or(-1);
    const bool isWarehouse = locationId == m_catalog.warehouse().id;
    if (quantity < num) {
        if (!isWarehouse)
            return false;
        quantity = std::max<std::int64_t>(quantity, 0) + m_rng.range(2000, 8000); // replenished from the supplier
    }
    if (core::Status s = m_stock.set(locationId, skuId, quantity - num, nowMs, false); !s) {
        m_stockError = s;
        return false;
    }
    return true;
}

core::Status OrderSimulator::returnStock(std::int64_t tid, std::int64_t locationId, std::int64_t nowMs)
{
    auto lines = m_ledger.lineStock(tid);
    if (!lines)
        return lines.error();
    for (const OrderLedger::LineStock &l : lines.value()) {
        const auto quantity = m_stock.quantity(locationId, l.skuId);
        if (core::Status s = m_stock.set(locationId, l.skuId, quantity.value_or(0) + l.num, nowMs, false); !s)
            return s;
    }
    return {};
}

core::Status OrderSimulator::createOrder(std::int64_t nowMs)
{
    const auto &stores = m_catalog.stores();
    const LocationEntry *store = !stores.empty() && m_rng.chance(0.15) ? &m_rng.pick(stores) : nullptr;
    const auto available = [&](std::int64_t locationId, int skuIndex, std::int64_t num) {
        return takeStock(locationId, skuIndex, num, nowMs);
    };
    NewOrder order;
    const std::int64_t tid = m_nextTid;
    bool made = m_factory.make(m_rng, tid, store, available, order);
    if (!made && store) {
        store = nullptr; // the store is sold out of what it carries: the buyer orders online
        made = m_factory.make(m_rng, tid, nullptr, available, order);
    }
    if (!m_stockError)
        return std::exchange(m_stockError, {});
    if (!made)
        return {};
    ++m_nextTid;
    ++m_created;
    if (store) {
        if (core::Status s = m_ledger.insert(order, status::kWaitSellerSend, nowMs, nowMs, nowMs); !s)
            return s;
        if (core::Status s = m_messages.publish(topic::kTradeCreate, m_publishMs, tid); !s)
            return s;
        if (core::Status s = m_messages.publish(topic::kTradeBuyerPay, m_publishMs, tid); !s)
            return s;
        if (m_rng.chance(0.02))
            if (core::Status s = m_ledger.schedule(nowMs + 10 * kMinute + m_rng.range(0, kDay), tid, OrderEvent::Refund,
                                                   tid * 10 + m_rng.range(1, order.lines.size()));
                !s)
                return s;
        return m_ledger.schedule(nowMs + kMinute + m_rng.range(0, 20 * kMinute), tid, OrderEvent::Finish);
    }
    if (core::Status s = m_ledger.insert(order, status::kWaitBuyerPay, nowMs, nowMs, 0); !s)
        return s;
    if (core::Status s = m_messages.publish(topic::kTradeCreate, m_publishMs, tid); !s)
        return s;
    if (m_rng.chance(0.12))
        return m_ledger.schedule(nowMs + 15 * kMinute, tid, OrderEvent::Close);
    return m_ledger.schedule(nowMs + kSecond + std::min(exponentialMs(90.0 * kSecond), 14 * kMinute), tid,
                             OrderEvent::Pay);
}

core::Status OrderSimulator::apply(const OrderLedger::Due &due, std::int64_t nowMs)
{
    auto current = m_ledger.current(due.tid);
    if (!current)
        return current.error();
    if (!current.value())
        return {};
    const OrderLedger::Current &order = *current.value();
    const std::int64_t modified = std::max(nowMs, order.modifiedMs + kSecond); // every change moves modified
    const QByteArrayView state(order.status);
    ++m_events;
    switch (due.event) {
    case OrderEvent::Pay: {
        if (state != status::kWaitBuyerPay)
            return {};
        if (core::Status s = m_ledger.setStatus(due.tid, status::kWaitSellerSend, modified, modified); !s)
            return s;
        if (core::Status s = m_messages.publish(topic::kTradeBuyerPay, m_publishMs, due.tid); !s)
            return s;
        if (m_vouchers)
            if (core::Status s = m_vouchers->onlineOrderPaid(modified); !s)
                return s;
        if (m_rng.chance(0.04)) {
            auto lines = m_ledger.lineStock(due.tid);
            if (!lines)
                return lines.error();
            const std::int64_t oid = due.tid * 10 + m_rng.range(1, std::max<qsizetype>(lines.value().size(), 1));
            if (core::Status s = m_ledger.schedule(modified + 30 * kMinute + m_rng.range(0, 2 * kDay), due.tid,
                                                   OrderEvent::Refund, oid);
                !s)
                return s;
        }
        return m_ledger.schedule(modified + 20 * kMinute + exponentialMs(3.0 * kHour), due.tid, OrderEvent::Ship);
    }
    case OrderEvent::Close:
        if (state != status::kWaitBuyerPay)
            return {};
        if (core::Status s = m_ledger.setStatus(due.tid, status::kClosedByTaobao, modified, 0); !s)
            return s;
        if (core::Status s = m_messages.publish(topic::kTradeClose, m_publishMs, due.tid); !s)
            return s;
        return returnStock(due.tid, order.locationId, modified);
    case OrderEvent::Ship:
        if (state != status::kWaitSellerSend)
            return {};
        if (core::Status s = m_ledger.setStatus(due.tid, status::kWaitBuyerConfirm, modified, 0); !s)
            return s;
        if (core::Status s = m_messages.publish(topic::kTradeSellerShip, m_publishMs, due.tid); !s)
            return s;
        return m_ledger.schedule(modified + kDay + m_rng.range(0, 3 * kDay), due.tid, OrderEvent::Finish);
    case OrderEvent::Finish:
        if (state != status::kWaitBuyerConfirm && state != status::kWaitSellerSend)
            return {};
        if (core::Status s = m_ledger.setStatus(due.tid, status::kFinished, modified, 0); !s)
            return s;
        return m_messages.publish(topic::kTradeSuccess, m_publishMs, due.tid);
    case OrderEvent::Refund: {
        if (state == status::kWaitBuyerPay || state == status::kClosed || state == status::kClosedByTaobao)
            return {};
        auto left = m_ledger.refundLine(due.arg, modified);
        if (!left)
            return left.error();
        if (core::Status s = m_messages.publish(topic::kRefundSuccess, m_publishMs, due.tid, 0, due.arg); !s)
            return s;
        if (left.value() > 0 || state == status::kFinished)
            return {};
        if (core::Status s = m_ledger.setStatus(due.tid, status::kClosed, modified, 0); !s)
            return s;
        return m_messages.publish(topic::kTradeClose, m_publishMs, due.tid);
    }
    }
    return {};
}

} // namespace mc::sandbox
