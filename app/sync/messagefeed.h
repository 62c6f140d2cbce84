// MessageFeed: the platform's message channel (TMC). Consume batches (several calls in
// flight), decode them on the thread pool, hand what has arrived meanwhile to the caller to
// commit as one, and confirm those messages only after that commit. Delivery is at least
// once and unordered; the cache writer's upserts are idempotent and ignore versions older
// than what it has, so a batch delivered again after a crash or a failed commit is harmless.
#pragma once

#include "app/core/result.h"
#include "app/platform/platformclient.h"
#include "app/sync/feeddecoder.h"

#include <QObject>

#include <functional>

class QTimer;

namespace mc::sync {

class MessageFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFeed)

public:
    using Batch = FeedBatch;
    using BatchSink = std::function<core::Status(const Batch &batch)>;

    // Bounds: consume calls in flight (HTTP/1.1 allows six connections to the platform; the
    // rest are left for confirms and polls), and consumed batches held at once, in flight,
    // decoding or waiting for the commit: at most kMaxHeldBatches x 200 messages in memory.
    static constexpr int kBatchSize = 200; // TOP's maximum per consume
    static constexpr int kMinConsumesInFlight = 2;
    static constexpr int kMaxConsumesInFlight = 4;
    static constexpr int kMaxHeldBatches = 12;

    MessageFeed(platform::PlatformClient &client, QByteArray groupName, BatchSink sink, QObject *parent = nullptr);

    void start();
    // Results still on their way are dropped unconfirmed; the platform delivers them again.
    void stop();
    bool isRunning() const { return m_running; }
    std::int64_t applied() const { return m_applied; }
    std::int64_t malformed() const { return m_malformed; }

Q_SIGNALS:
    void drained();                         // consumes came back empty, none outstanding
    void failed(const QString &error);      // consume, decoding or commit failed; the feed stopped
    void batchApplied(int messages, qint64 newestPubMs);

private:
    void consume();
    void onConsumed(quint64 generation, const platform::CallOutcome &outcome);
    void onDecoded(quint64 generation, const core::Result<FeedBatch> &decoded);
    void commitReady();
    void fail(const QString &error);
    void confirm(const QList<QByteArray> &ids);

    platform::PlatformClient &m_client;
    QByteArray m_group;
    BatchSink m_sink;
    QTimer *m_idle;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by stop(): later results of earlier calls are dropped
    int m_consuming = 0;      // consume calls awaiting an answer
    int m_decoding = 0;       // answers on the thread pool
    int m_readyBatches = 0;   // decoded batches in m_ready
    int m_wanted = kMinConsumesInFlight; // grows while answers come back full
    // The last answer was full: the next call goes out as soon as an answer arrives, not after
    // its decoding. Not when the queue is empty: then a call would always be out, and the
    // feed would never see itself drained.
    bool m_backlog = false;
    bool m_commitQueued = false;
    FeedBatch m_ready; // decoded, not yet committed
    std::int64_t m_applied = 0;
    std::int64_t m_malformed = 0;
};

} // namespace mc::sync
