// TMC on the sandbox: messages are published as state changes (a topic and the subject's
// id) and delivered per group at least once, not strictly ordered: a batch handed out by
// taobao.tmc.messages.consume comes again after the redelivery timeout unless confirmed.
// Content is rendered from the subject's state at delivery time.
#pragma once

#include "sandbox/apicall.h"
#include "sandbox/faultplan.h"
#include "sandbox/messagerenderer.h"

#include <memory>
#include <optional>

namespace mc::sandbox {

class MessageQueue
{
public:
    static constexpr std::int64_t kRetentionMs = 3LL * 86'400'000; // TOP keeps messages three days
    static constexpr std::int64_t kMaxRetained = 3'000'000;

    static core::Result<std::unique_ptr<MessageQueue>> create(storage::Database &db, FaultPlan &faults,
                                                              std::int64_t redeliveryMs, QByteArray ownerAppKey);

    core::Status publish(QByteArrayView topic, std::int64_t pubMs, std::int64_t subjectId, std::int64_t locationId = 0,
                         std::int64_t arg = 0);
    // All three run inside the caller's transaction.
    ApiReply consume(const ApiCall &call);
    ApiReply confirm(const ApiCall &call);
    // consume() without the rendering: the messages handed out (marked in flight), for a
    // MessageRenderer on a reader thread; or the error reply (refusal set).
    struct Taken
    {
        std::optional<ApiReply> refusal;
        std::vector<TmcMessage> batch;
    };
    Taken takeForConsume(const ApiCall &call);
    // Drops messages past retention (and the oldest beyond the cap).
    core::Status prune(std::int64_t nowMs);
    std::int64_t publishedCount() const { return m_published; }

private:
    using Message = TmcMessage;
    MessageQueue(storage::Database &db, FaultPlan &faults, std::int64_t redeliveryMs, MessageRenderer renderer);
    core::Result<std::vector<Message>> take(const QByteArray &group, int quantity, std::int64_t nowMs);

    storage::Database &m_db;
    FaultPlan &m_faults;
    std::int64_t m_redeliveryMs;
    MessageRenderer m_renderer;
    std::int64_t m_published = 0;
    storage::Statement m_insert, m_ensureGroup, m_groupCursor, m_setCursor, m_due, m_byId, m_fresh, m_inflight,
        m_confirm, m_fail;
};

} // namespace mc::sandbox
