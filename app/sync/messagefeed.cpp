// TMC consume / apply / commit / confirm loop.
#include "app/sync/messagefeed.h"

#include "app/protocol/toptime.h"
#include "app/sync/jsonreader.h"
#include "app/sync/payloadparsers.h"
#include "app/sync/tradedecoder.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFeed, "mc.sync.feed")

namespace mc::sync {

namespace {
constexpr int kBatchSize = 200;
constexpr int kIdleWaitMs = 100; // TOP: wait ~100 ms after an empty consume
// Two consume calls in flight: the next batch travels while this one is committed.
// Order does not matter (delivery is unordered anyway; versions decide).
constexpr int kParallelConsumes = 2;

// The bytes of member `key` of a JSON object as received: QJsonDocument would fold a
// repeated key and hide it from validation. Empty when absent or not well-formed.
QByteArray memberJson(const QByteArray &json, QByteArrayView key)
{
    JsonReader r(json);
    QByteArray out;
    const bool ok = r.object([&](const QByteArray &k) {
        if (k != key)
            return r.skip();
        const char *start = r.mark();
        if (!r.skip())
            return false;
        out = r.since(start).toByteArray();
        return true;
    });
    return ok ? out : QByteArray();
}
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
    consume();
}

void MessageFeed::stop()
{
    m_running = false;
    m_idle->stop();
}

void MessageFeed::consume()
{
    while (m_running && m_inFlight < kParallelConsumes) {
        ++m_inFlight;
        m_client.call("taobao.tmc.messages.consume",
                      {{"group_name", m_group}, {"quantity", QByteArray::number(kBatchSize)}},
                      [this](const platform::CallOutcome &outcome) { onConsumed(outcome); });
    }
}

void MessageFeed::onConsumed(const platform::CallOutcome &outcome)
{
    --m_inFlight;
    if (!outcome.ok()) {
        if (m_running && outcome.error->kind != platform::PlatformError::Kind::Cancelled) {
            m_running = false;
            Q_EMIT failed(outcome.error->toString());
        }
        return;
    }
    const QJsonArray messages = listAt(outcome.body, QLatin1String("messages"), QLatin1String("tmc_message"));
    if (messages.isEmpty()) {
        if (m_inFlight == 0) {
            Q_EMIT drained();
            if (m_running)
                m_idle->start(kIdleWaitMs);
        }
        return;
    }
    Batch batch;
    QByteArray ids;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QJsonValue id = message.value(QLatin1String("id"));
        if (!ids.isEmpty())
            ids += ',';
        ids += id.isString() ? id.toString().toLatin1() : QByteArray::number(id.toInteger());
        // pub_ms is our sandbox's millisecond extension; TOP itself sends whole seconds.
        const QJsonValue pubMs = message.value(QLatin1String("pub_ms"));
        const std::int64_t pub =
            pubMs.isDouble() ? pubMs.toInteger()
                             : protocol::parseTopTime(message.value(QLatin1String("pub_time")).toString()).value_or(0);
        batch.newestPubMs = std::max(batch.newestPubMs, pub);
        batch.pubTimesMs.append(pub);

        const QByteArray contentJson = message.value(QLatin1String("content")).toString().toUtf8();
        const QJsonObject content = QJsonDocument::fromJson(contentJson).object();
        const QString topic = message.value(QLatin1String("topic")).toString();
        bool understood = false;
        const QJsonObject trade = content.contains(QLatin1String("trade")) ? content.value(QLatin1String("trade")).toObject()
                                                                           : content;
        if (trade.contains(QLatin1String("orders")) && trade.contains(QLatin1String("status"))) {
            const QByteArray tradeJson = trade == content ? contentJson : memberJson(contentJson, "trade");
            if (auto decoded = decodeTradeOrReject(QByteArrayView(tradeJson))) {
                if (decoded.value().rejected) // set aside in the quarantine, with the others committed
                    batch.rejected.append(*decoded.value().rejected);
                else
                    batch.orders.append(std::move(decoded).value().order);
                understood = true;
            }
        } else if (content.contains(QLatin1String("sku_id")) && content.contains(QLatin1String("location_id"))) {
            if (auto level = parseStockLevel(content)) {
                batch.stock.append(level.value());
                understood = true;
            }
        } else if (content.contains(QLatin1String("tid"))) {
            batch.tidsToFetch.append(content.value(QLatin1String("tid")).toInteger());
            understood = true;
        }
        if (!understood) {
            // Confirmed anyway: the periodic increment poll is the safety net for its trade.
            ++m_malformed;
            qCWarning(lcFeed).noquote() << "unusable message" << id.toVariant().toString() << "topic" << topic;
        }
    }
    if (core::Status s = m_sink(batch); !s) {
        m_running = false; // not confirmed: the platform delivers these again
        Q_EMIT failed(s.error().toString());
        return;
    }
    m_applied += messages.size();
    confirm(ids);
    Q_EMIT batchApplied(static_cast<int>(messages.size()), batch.newestPubMs);
    if (m_running)
        consume();
}

void MessageFeed::confirm(const QByteArray &ids)
{
    m_client.call("taobao.tmc.messages.confirm", {{"group_name", m_group}, {"s_message_ids", ids}},
                  [](const platform::CallOutcome &outcome) {
                      if (!outcome.ok()) // redelivered later and applied idempotently
                          qCWarning(lcFeed).noquote() << "confirm failed:" << outcome.error->toString();
                  });
}

} // namespace mc::sync
