// TMC consume replies: envelope, messages, and each message's content (a trade, a refund
// carrying its trade, a stock change, or only a tid).
#include "app/sync/feeddecoder.h"

#include "app/protocol/errors.h"
#include "app/protocol/toptime.h"
#include "app/sync/jsonreader.h"
#include "app/sync/payloadparsers.h"
#include "app/sync/tradedecoder.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcFeedDecoder, "mc.sync.feed")

namespace mc::sync {

namespace {

core::Error replyError(const QString &message) { return core::Error{QStringLiteral("sync.payload"), message, {}}; }

// The member names of a JSON object, the bytes of its "trade" member as received and its
// "tid": enough to tell what a message carries without building a QJsonObject.
struct Outline
{
    QList<QByteArray> keys;
    QByteArrayView trade; // empty when absent
    std::optional<std::int64_t> tid;
    bool has(QByteArrayView key) const { return keys.contains(key); }
};

std::optional<Outline> outline(QByteArrayView json)
{
    JsonReader r(json);
    if (!r.isAt('{'))
        return std::nullopt;
    Outline o;
    const bool ok = r.object([&](const QByteArray &key) {
        o.keys.append(key);
        if (key == "trade") {
            const char *start = r.mark();
            if (!r.skip())
                return false;
            o.trade = r.since(start);
            return true;
        }
        if (key == "tid") {
            std::int64_t tid = 0;
            bool matched = false;
            if (!r.integer(tid, matched))
                return false;
            if (matched)
                o.tid = tid;
            return true;
        }
        return r.skip();
    });
    if (!ok || !r.atEnd())
        return std::nullopt;
    return o;
}

// One message's content into `batch`; false when nothing in it is usable.
bool takeContent(const QByteArray &content, FeedBatch &batch)
{
    const std::optional<Outline> top = outline(content);
    if (!top)
        return false;
    // A refund carries its trade under "trade" (null when the trade is gone); a trade
    // message is the trade itself.
    const bool wrapped = top->has("trade");
    const QByteArrayView tradeJson = wrapped ? top->trade : QByteArrayView(content);
    const std::optional<Outline> trade = wrapped ? outline(tradeJson) : top;
    if (trade && trade->has("orders") && trade->has("status")) {
        auto decoded = decodeTradeOrReject(tradeJson);
        if (!decoded)
            return false;
        if (decoded.value().rejected) // set aside in the quarantine, with the others committed
            batch.rejected.append(*decoded.value().rejected);
        else
            batch.orders.append(std::move(decoded).value().order);
        return true;
    }
    if (top->has("sku_id") && top->has("location_id")) {
        auto level = parseStockLevel(QJsonDocument::fromJson(content).object());
        if (!level)
            return false;
        batch.stock.append(level.value());
        return true;
    }
    if (top->tid) { // the trade is fetched by the next increment poll
        batch.tidsToFetch.append(*top->tid);
        return true;
    }
    return false;
}

// One element of tmc_message into `batch`. False only when the JSON is not well-formed.
bool readMessage(JsonReader &r, FeedBatch &batch)
{
    if (!r.isAt('{')) { // well-formed but no message: nothing to confirm either
        ++batch.unusable;
        return r.skip();
    }
    QByteArray id, topic, content, pubTime;
    std::int64_t pubMs = 0;
    bool hasPubMs = false, hasContent = false;
    const bool ok = r.object([&](const QByteArray &key) {
        bool matched = false;
        if (key == "id") {
            if (r.isAt('"'))
                return r.string(id);
            std::int64_t n = 0;
            if (!r.integer(n, matched))
                return false;
            if (matched)
                id = QByteArray::number(n);
            return true;
        }
        if (key == "topic")
            return r.string(topic, matched);
        if (key == "pub_ms") // our sandbox's millisecond extension; TOP itself sends whole seconds
            return r.integer(pubMs, hasPubMs);
        if (key == "pub_time")
            return r.string(pubTime, matched);
        if (key == "content")
            return r.string(content, hasContent);
        return r.skip();
    });
    if (!ok)
        return false;
    const std::int64_t pub = hasPubMs ? pubMs : protocol::parseTopTime(QByteArrayView(pubTime)).value_or(0);
    batch.newestPubMs = std::max(batch.newestPubMs, pub);
    batch.pubTimesMs.append(pub);
    batch.messageIds.append(id);
    if (!hasContent || !takeContent(content, batch)) {
        // Confirmed anyway: the periodic increment poll is the safety net for its trade.
        ++batch.unusable;
        qCWarning(lcFeedDecoder).noquote() << "unusable message" << QString::fromLatin1(id) << "topic"
                                           << QString::fromUtf8(topic);
    }
    return true;
}

} // namespace

void FeedBatch::append(FeedBatch &&other)
{
    orders.append(std::move(other.orders));
    rejected.append(std::move(other.rejected));
    stock.append(std::move(other.stock));
    tidsToFetch.append(std::move(other.tidsToFetch));
    newestPubMs = std::max(newestPubMs, other.newestPubMs);
    pubTimesMs.append(std::move(other.pubTimesMs));
    messageIds.append(std::move(other.messageIds));
    unusable += other.unusable;
}

void FeedBatch::foldRepeatedOrders()
{
    QHash<std::int64_t, qsizetype> last; // tid -> index of its last occurrence
    last.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        last.insert(orders[i].tid, i);
    if (last.size() == orders.size())
        return;
    QList<core::Order> kept;
    kept.reserve(last.size());
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const qsizetype later = last.value(orders[i].tid);
        const bool repeatedLater =
            later != i && std::any_of(orders.cbegin() + i + 1, orders.cbegin() + later + 1,
                                      [&](const core::Order &o) { return o == orders[i]; });
        if (!repeatedLater)
            kept.append(std::move(orders[i]));
    }
    orders = std::move(kept);
}

core::Result<FeedBatch> decodeConsumeReply(QByteArrayView json)
{
    static const QByteArray kResponseKey = protocol::responseKey("taobao.tmc.messages.consume");
    JsonReader r(json);
    FeedBatch batch;
    bool sawResponse = false;
    const bool ok = r.object([&](const QByteArray &key) {
        if (key != kResponseKey)
            return r.skip();
        sawResponse = true;
        return r.object([&](const QByteArray &field) {
            if (field != "messages")
                return r.skip();
            return r.object([&](const QByteArray &inner) {
                if (inner != "tmc_message")
                    return r.skip();
                return r.array([&] { return readMessage(r, batch); });
            });
        });
    });
    if (!ok || !r.atEnd())
        return replyError(QStringLiteral("malformed or truncated consume reply (%1 bytes): %2")
                              .arg(json.size())
                              .arg(r.ok() ? QStringLiteral("trailing data") : r.error()));
    if (!sawResponse)
        return replyError(QStringLiteral("consume reply without ") + QString::fromLatin1(kResponseKey));
    return batch;
}

} // namespace mc::sync
