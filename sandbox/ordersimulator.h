// The live order simulator: creates orders at the scenario's rate (online through the
// warehouse, in-store at a store), takes stock at the right location, and moves each order
// through its lifecycle (paid or closed unpaid, shipped, finished, sometimes refunded), with
// a TMC message for every change. Runs on the state thread inside the tick's transaction.
#pragma once

#include "sandbox/catalogsnapshot.h"
#include "sandbox/orderfactory.h"
#include "sandbox/orderledger.h"
#include "sandbox/stockbook.h"
#include "sandbox/trafficcurve.h"

namespace mc::sandbox {

class VoucherTraffic;

class OrderSimulator
{
public:
    OrderSimulator(const CatalogSnapshot &catalog, OrderLedger &ledger, StockBook &stock, MessageQueue &messages,
                   Scenario scenario, double peakOrdersPerSecond, std::uint64_t seed, std::int64_t nextTid,
                   VoucherTraffic *vouchers = nullptr);

    // Orders for the sandbox time (fromMs, toMs], then every lifecycle event due by toMs.
    core::Status advance(std::int64_t fromMs, std::int64_t toMs);

    std::int64_t ordersCreated() const { return m_created; }
    std::int64_t eventsApplied() const { return m_events; }
    std::int64_t ordersDropped() const { return m_dropped; }

private:
    core::Status createOrder(std::int64_t nowMs);
    core::Status apply(const OrderLedger::Due &due, std::int64_t nowMs);
    bool takeStock(std::int64_t locationId, int skuIndex, std::int64_t num, std::int64_t nowMs);
    core::Status returnStock(std::int64_t tid, std::int64_t locationId, std::int64_t nowMs);
    std::int64_t exponentialMs(double meanMs);

    const CatalogSnapshot &m_catalog;
    OrderFactory m_factory;
    OrderLedger &m_ledger;
    StockBook &m_stock;
    MessageQueue &m_messages;
    VoucherTraffic *m_vouchers; // 11.11 only: vouchers to online buyers, redeemed at stores
    TrafficCurve m_curve;
    double m_peakRate;
    Rng m_rng;
    std::int64_t m_nextTid;
    double m_carry = 0.0;
    std::int64_t m_publishMs = 0; // when the current tick publishes its messages
    std::int64_t m_created = 0;
    std::int64_t m_events = 0;
    std::int64_t m_dropped = 0;
    bool m_frozen;             // no orders and no lifecycle steps: digests can be compared at leisure
    core::Status m_stockError; // a stock write failing inside OrderFactory's availability check
};

} // namespace mc::sandbox
