// Decoding one taobao.tmc.messages.consume reply straight from its bytes (a pull parser, no
// QJsonDocument for the envelope or a trade) into what the feed commits. Pure and
// thread-safe: the feed runs it on the thread pool, so the committing thread only commits.
#pragma once

#include "app/core/order.h"
#include "app/core/result.h"
#include "app/core/stock.h"
#include "app/sync/rejectedtrade.h"

#include <QByteArrayView>
#include <QList>

namespace mc::sync {

struct FeedBatch
{
    QList<core::Order> orders;
    QList<RejectedTrade> rejected; // trades that failed validation: for the quarantine
    QList<core::StockLevel> stock;
    QList<std::int64_t> tidsToFetch; // messages that named a trade without carrying it
    std::int64_t newestPubMs = 0;
    QList<std::int64_t> pubTimesMs; // one per message: when the platform published it
    QList<QByteArray> messageIds;   // to confirm after the commit, one per message
    int unusable = 0;               // messages understood by nobody (confirmed anyway)

    qsizetype messages() const { return messageIds.size(); }
    // Appends another consumed batch: several are committed as one.
    void append(FeedBatch &&other);
    // Drops each order that reappears identical later in the list (a trade's messages carry
    // its state at delivery, so its create and pay messages often carry the same version):
    // the cache writer would write it twice for the same result, since what it keeps depends
    // only on the newest version and, among equals, the last one.
    void foldRepeatedOrders();
};

// A whole reply: {"tmc_messages_consume_response": {"messages": {"tmc_message": [...]}}}.
// Fails only when the reply is not well-formed JSON (nothing of it is committed or confirmed:
// the platform delivers the messages again); a message it cannot use counts as unusable.
core::Result<FeedBatch> decodeConsumeReply(QByteArrayView json);

} // namespace mc::sync
