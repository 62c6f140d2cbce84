// MessageFeed: the platform's message channel (TMC). Consume a batch, hand the decoded
// trades and stock changes to the caller to commit, and confirm the batch only after that
// commit. Delivery is at least once and unordered; the cache writer's upserts are
// idempotent and ignore versions older than what it has.
#pragma once

#include "app/core/order.h"
#include "app/core/result.h"
#include "app/core/stock.h"
#include "app/platform/platformclient.h"
#include "app/sync/rejectedtrade.h"

#include <QObject>

#include <functional>

class QTimer;

namespace mc::sync {

class MessageFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFeed)

public:
    struct Batch
    {
        QList<core::Order> orders;
        QList<RejectedTrade> rejected; // trades that failed validation: for the quarantine
        QList<core::StockLevel> stock;
        QList<std::int64_t> tidsToFetch; // messages that named a trade without carrying it
        std::int64_t newestPubMs = 0;
        QList<std::int64_t> pubTimesMs; // one per message: when the platform published it
    };
    using BatchSink = std::function<core::Status(const Batch &batch)>;

    MessageFeed(platform::PlatformClient &client, QByteArray groupName, BatchSink sink, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    std::int64_t applied() const { return m_applied; }
    std::int64_t malformed() const { return m_malformed; }

Q_SIGNALS:
    void drained();                         // a consume came back empty
    void failed(const QString &error);      // consume or commit failed; the feed stopped
    void batchApplied(int messages, qint64 newestPubMs);

private:
    void consume();
    void onConsumed(const platform::CallOutcome &outcome);
    void confirm(const QByteArray &ids);

    platform::PlatformClient &m_client;
    QByteArray m_group;
    BatchSink m_sink;
    QTimer *m_idle;
    bool m_running = false;
    int m_inFlight = 0; // consume calls awaiting an answer
    std::int64_t m_applied = 0;
    std::int64_t m_malformed = 0;
};

} // namespace mc::sync
