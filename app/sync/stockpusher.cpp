// Outbox -> taobao.item.quantity.update (type 1 = set, expected_quantity, idempotency_key).
#include "app/sync/stockpusher.h"
#include "app/protocol/errors.h"

#include "app/protocol/toptime.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace mc::sync {

namespace {
constexpr int kBatch = 50;
constexpr std::int64_t kRetryMs = 30'000;

std::int64_t currentFromMessage(const QString &message)
{
    static const QRegularExpression kCurrent(QStringLiteral("current quantity is (-?\\d+)"));
    const auto m = kCurrent.match(message);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

StockPusher::StockPusher(platform::PlatformClient &client, LedgerStore &ledger, const core::Clock &clock,
                         MirrorToCache mirror, QObject *parent)
    : QObject(parent), m_client(client), m_ledger(ledger), m_clock(clock), m_mirror(std::move(mirror))
{
}

void StockPusher::pushDue()
{
    if (m_busy)
        return;
    auto due = m_ledger.due(kStockAdjustKind, kBatch);
    if (!due) {
        qCWarning(lcSync).noquote() << "outbox unreadable:" << due.error().toString();
        return;
    }
    m_busy = true;
    sendNext(due.value());
}

void StockPusher::sendNext(QList<OutboxEntry> queue)
{
    if (queue.isEmpty()) {
        m_busy = false;
        if (auto n = m_ledger.pendingCount())
            Q_EMIT pendingChanged(n.value());
        return;
    }
    const OutboxEntry entry = queue.takeFirst();
    const QJsonObject &p = entry.payload;
    protocol::Parameters params{
        {"num_iid", QByteArray::number(p.value(QLatin1String("num_iid")).toInteger())},
        {"sku_id", QByteArray::number(p.value(QLatin1String("sku_id")).toInteger())},
        {"location_id", QByteArray::number(p.value(QLatin1String("location_id")).toInteger())},
        {"quantity", QByteArray::number(p.value(QLatin1String("quantity")).toInteger())},
        {"type", "1"},
        {"expected_quantity", QByteArray::number(p.value(QLatin1String("expected_quantity")).toInteger())},
        {"idempotency_key", entry.id.toLatin1()},
    };
    m_client.call("taobao.item.quantity.update", std::move(params),
                  [this, entry, queue](const platform::CallOutcome &outcome) { onAnswer(entry, outcome, queue); });
}

void StockPusher::onAnswer(const OutboxEntry &entry, const platform::CallOutcome &outcome, QList<OutboxEntry> queue)
{
    const QJsonObject &p = entry.payload;
    core::StockLevel level{p.value(QLatin1String("sku_id")).toInteger(), p.value(QLatin1String("location_id")).toInteger(),
                           p.value(QLatin1String("quantity")).toInteger(), 0};
    if (outcome.ok()) {
        const QJsonObject item = outcome.body.value(QLatin1String("item")).toObject();
        level.quantity = item.value(QLatin1String("quantity")).toInteger(level.quantity);
        level.modifiedMs = protocol::parseTopTime(item.value(QLatin1String("modified")).toString()).value_or(0);
        finishEntry(entry, QStringLiteral("acked"), {});
        m_mirror(level);
        Q_EMIT acknowledged(entry.id, level);
    } else if (outcome.error->subCode == protocol::subc::kStockConflict) {
        const std::int64_t current = currentFromMessage(outcome.error->message);
        if (current == level.quantity) { // already what we wanted (e.g. our own earlier attempt)
            finishEntry(entry, QStringLiteral("acked"), QStringLiteral("already at the requested quantity"));
            Q_EMIT acknowledged(entry.id, level);
        } else {
            finishEntry(entry, QStringLiteral("conflict"), outcome.error->message);
            Q_EMIT conflict({entry.id, level.skuId, level.locationId, level.quantity,
                             p.value(QLatin1String("expected_quantity")).toInteger(), current});
        }
    } else if (outcome.error->isRetryable() || outcome.error->kind == platform::PlatformError::Kind::Cancelled) {
        // The client already retried; keep it pending and try again later. Never dropped.
        (void)m_ledger.scheduleRetry(entry.id, m_clock.nowMs() + kRetryMs, outcome.error->toString());
    } else {
        finishEntry(entry, QStringLiteral("rejected"), outcome.error->toString());
        Q_EMIT rejected(entry.id, outcome.error->toString());
    }
    sendNext(std::move(queue));
}

void StockPusher::finishEntry(const OutboxEntry &entry, const QString &state, const QString &note)
{
    if (core::Status s = m_ledger.markDone(entry.id, state, note); !s)
        qCWarning(lcSync).noquote() << "outbox" << entry.id << "not marked" << state << ":" << s.error().toString();
}

} // namespace mc::sync
