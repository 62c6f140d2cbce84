// TMC consume / decode / commit / confirm pipeline.
#include "app/sync/messagefeed.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcFeed, "mc.sync.feed")

namespace mc::sync {

namespace {
constexpr int kIdleWaitMs = 100;  // TOP: wait ~100 ms after an empty consume
constexpr int kMaxConfirmIds = 200; // TOP's limit for s_message_ids
} // namespace

MessageFeed::MessageFeed(platform::PlatformClient &client, QByteArray groupName, BatchSink sink, QObject *parent)
    : QObject(parent), m_client(client), m_group(std::move(groupName)), m_sink(std::move(sink)), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MessageFeed::consume);
}

void MessageFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_wanted = kMinConsumesInFlight;
    m_backlog = false;
    consume();
}

void MessageFeed::stop()
{
    m_running = false;
    ++m_generation;
    m_idle->stop();
    m_ready = {};
    m_readyBatches = 0;
}

void MessageFeed::fail(const QString &error)
{
    stop();
    Q_EMIT failed(error);
}

void MessageFeed::consume()
{
    while (m_running && m_consuming < m_wanted && m_consuming + m_decoding + m_readyBatches < kMaxHeldBatches) {
        ++m_consuming;
        m_client.callRaw("taobao.tmc.messages.consume",
                         {{"group_name", m_group}, {"quantity", QByteArray::number(kBatchSize)}},
                         [this, generation = m_generation](const platform::CallOutcome &outcome) {
                             onConsumed(generation, outcome);
                         });
    }
}

void MessageFeed::onConsumed(quint64 generation, const platform::CallOutcome &outcome)
{
    --m_consuming;
    if (generation != m_generation)
        return;
    if (!outcome.ok()) {
        if (m_running && outcome.error->kind != platform::PlatformError::Kind::Cancelled)
            fail(outcome.error->toString());
        return;
    }
    // Decoding is most of a batch's work besides the commit: a worker does it while this
    // thread commits. The continuation is dropped if the feed is gone by then.
    ++m_decoding;
    auto promise = std::make_shared<QPromise<core::Result<FeedBatch>>>();
    QFuture<core::Result<FeedBatch>> decoded = promise->future();
    QThreadPool::globalInstance()->start([promise, raw = outcome.raw] {
        promise->start();
        promise->addResult(decodeConsumeReply(raw));
        promise->finish();
    });
    (void)decoded.then(this, [this, generation](const core::Result<FeedBatch> &batch) { onDecoded(generation, batch); });
    if (m_backlog)
        consume(); // the next call travels while this answer is decoded
}

void MessageFeed::onDecoded(quint64 generation, const core::Result<FeedBatch> &decoded)
{
    --m_decoding;
    if (generation != m_generation || !m_running)
        return; // unconfirmed: delivered again
    if (!decoded)
        return fail(decoded.error().toString());
    const qsizetype messages = decoded.value().messages();
    m_backlog = messages >= kBatchSize;
    if (messages == 0) {
        m_wanted = kMinConsumesInFlight;
        if (m_consuming == 0 && m_decoding == 0 && m_readyBatches == 0) {
            Q_EMIT drained();
            if (m_running)
                m_idle->start(kIdleWaitMs);
        }
        return;
    }
    // More calls in flight while answers come back full (the queue has a backlog), fewer
    // once they do not, so an idle feed asks no more often than before.
    m_wanted = m_backlog ? std::min(m_wanted + 1, kMaxConsumesInFlight) : std::max(m_wanted - 1, kMinConsumesInFlight);
    if (m_readyBatches == 0)
        m_ready = decoded.value();
    else
        m_ready.append(FeedBatch(decoded.value()));
    ++m_readyBatches;
    // Committed from the event loop: batches decoded meanwhile join this commit.
    if (!m_commitQueued) {
        m_commitQueued = true;
        QMetaObject::invokeMethod(this, &MessageFeed::commitReady, Qt::QueuedConnection);
    }
    consume();
}

void MessageFeed::commitReady()
{
    m_commitQueued = false;
    if (!m_running || m_readyBatches == 0)
        return;
    FeedBatch batch = std::exchange(m_ready, {});
    m_readyBatches = 0;
    batch.foldRepeatedOrders();
    if (core::Status s = m_sink(batch); !s)
        return fail(s.error().toString()); // not confirmed: the platform delivers these again
    m_applied += batch.messages();
    m_malformed += batch.unusable;
    confirm(batch.messageIds);
    Q_EMIT batchApplied(static_cast<int>(batch.messages()), batch.newestPubMs);
    consume();
}

void MessageFeed::confirm(const QList<QByteArray> &ids)
{
    for (qsizetype from = 0; from < ids.size(); from += kMaxConfirmIds) {
        QByteArray list;
        for (const QByteArray &id : ids.mid(from, kMaxConfirmIds)) {
            if (id.isEmpty()) // a message without an id cannot be confirmed
                continue;
            if (!list.isEmpty())
                list += ',';
            list += id;
        }
        if (list.isEmpty())
            continue;
        m_client.call("taobao.tmc.messages.confirm", {{"group_name", m_group}, {"s_message_ids", list}},
                      [](const platform::CallOutcome &outcome) {
                          if (!outcome.ok()) // redelivered later and applied idempotently
                              qCWarning(lcFeed).noquote() << "confirm failed:" << outcome.error->toString();
                      });
    }
}

} // namespace mc::sync
