// TMC storage, delivery and confirmation.
#include "sandbox/messagequeue.h"

#include "app/protocol/errors.h"
#include "sandbox/envelope.h"
#include "sandbox/paramreader.h"
#include "sandbox/rows.h"

#include <algorithm>

namespace mc::sandbox {

MessageQueue::MessageQueue(storage::Database &db, FaultPlan &faults, std::int64_t redeliveryMs,
                           MessageRenderer renderer)
    : m_db(db), m_faults(faults), m_redeliveryMs(redeliveryMs), m_renderer(std::move(renderer))
{}

core::Result<std::unique_ptr<MessageQueue>> MessageQueue::create(storage::Database &db, FaultPlan &faults,
                                                                 std::int64_t redeliveryMs, QByteArray ownerAppKey)
{
    auto renderer = MessageRenderer::create(db, std::move(ownerAppKey));
    if (!renderer)
        return renderer.error();
    std::unique_ptr<MessageQueue> q(new MessageQueue(db, faults, redeliveryMs, std::move(renderer).value()));
    const std::pair<storage::Statement *, QStringView> all[] = {
        {&q->m_insert,
         u"INSERT INTO tmc_messages (topic, pub_ms, subject_id, location_id, arg) VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&q->m_ensureGroup, u"INSERT OR IGNORE INTO tmc_groups (group_name, next_id) "
                            u"SELECT ?1, coalesce(min(id), 1) FROM tmc_messages"},
        {&q->m_groupCursor, u"SELECT next_id FROM tmc_groups WHERE group_name = ?1"},
        {&q->m_setCursor, u"UPDATE tmc_groups SET next_id = ?2 WHERE group_name = ?1"},
        {&q->m_due, u"SELECT message_id FROM tmc_inflight WHERE group_name = ?1 AND redeliver_ms <= ?2 "
                    u"ORDER BY redeliver_ms LIMIT ?3"},
        {&q->m_byId, u"SELECT id, topic, pub_ms, subject_id, location_id, arg FROM tmc_messages WHERE id = ?1"},
        {&q->m_fresh, u"SELECT id, topic, pub_ms, subject_id, location_id, arg FROM tmc_messages WHERE id >= ?1 "
                      u"ORDER BY id LIMIT ?2"},
        {&q->m_inflight,
         u"INSERT INTO tmc_inflight (group_name, message_id, redeliver_ms, deliveries) VALUES (?1, ?2, ?3, 1) "
         u"ON CONFLICT DO UPDATE SET redeliver_ms = excluded.redeliver_ms, deliveries = deliveries + 1"},
        {&q->m_confirm, u"DELETE FROM tmc_inflight WHERE group_name = ?1 AND message_id = ?2"},
        {&q->m_fail, u"UPDATE tmc_inflight SET redeliver_ms = 0 WHERE group_name = ?1 AND message_id = ?2"},
    };
    for (const auto &[target, sql] : all) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        *target = std::move(stmt).value();
    }
    auto count = db.queryInt(u"SELECT coalesce(max(id), 0) FROM tmc_messages");
    if (!count)
        return count.error();
    q->m_published = count.value();
    return q;
}

core::Status MessageQueue::publish(QByteArrayView topic, std::int64_t pubMs, std::int64_t subjectId,
                                   std::int64_t locationId, std::int64_t arg)
{
    m_insert.bindText(1, topic.toByteArray()).bind(2, pubMs).bind(3, subjectId).bind(4, locationId).bind(5, arg);
    core::Status s = m_insert.run();
    if (s)
        ++m_published;
    return s;
}

core::Result<std::vector<MessageQueue::Message>> MessageQueue::take(const QByteArray &group, int quantity,
                                                                    std::int64_t nowMs)
{
    std::vector<Message> out;
    auto readMessage = [&](storage::Statement &s) {
        out.push_back({s.int64(0), s.blob(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5)});
    };
    if (core::Status s = m_ensureGroup.bindText(1, group).run(); !s)
        return s.error();
    // Unconfirmed messages whose timeout passed come first...
    std::vector<std::int64_t> dueIds;
    const core::Status listed = forEachRow(m_due.bindText(1, group).bind(2, nowMs).bind(3, quantity),
                                           [&](storage::Statement &s) { dueIds.push_back(s.int64(0)); });
    if (!listed)
        return listed.error();
    for (std::int64_t id : dueIds) {
        auto found = firstRow(m_byId.bind(1, id), readMessage);
        if (!found)
            return found.error();
        if (!found.value()) // expired meanwhile
            if (core::Status s = m_confirm.bindText(1, group).bind(2, id).run(); !s)
                return s.error();
    }
    // ...then never-delivered ones from the group's cursor.
    std::int64_t cursor = 1;
    if (auto found = firstRow(m_groupCursor.bindText(1, group), [&](storage::Statement &s) { cursor = s.int64(0); });
        !found)
        return found.error();
    const auto fresh = quantity - static_cast<int>(out.size());
    std::int64_t next = cursor;
    if (fresh > 0) {
        const core::Status read = forEachRow(m_fresh.bind(1, cursor).bind(2, fresh), [&](storage::Statement &s) {
            readMessage(s);
            next = s.int64(0) + 1;
        });
        if (!read)
            return read.error();
        if (next != cursor)
            if (core::Status s = m_setCursor.bindText(1, group).bind(2, next).run(); !s)
                return s.error();
    }
    for (const Message &m : out)
        if (core::Status s = m_inflight.bindText(1, group).bind(2, m.id).bind(3, nowMs + m_redeliveryMs).run(); !s)
            return s.error();
    return out;
}

MessageQueue::Taken MessageQueue::takeForConsume(const ApiCall &call)
{
    ParamReader p(call);
    QByteArray group = p.text("group_name", 64);
    const int quantity = static_cast<int>(p.integer("quantity", 1, 200, 100));
    if (!p.ok())
        return {errorReply(p.error(), call.requestId), {}};
    if (group.isEmpty())
        group = "default";
    auto taken = take(group, quantity, call.nowMs);
    if (!taken)
        return {storageFailure(call), {}};
    std::vector<Message> batch = std::move(taken).value();
    if (!batch.empty()) {
        const std::size_t size = batch.size();
        for (std::size_t i = 0; i < size; ++i)
            if (m_faults.duplicateMessage())
                batch.push_back(batch[i]);
        if (m_faults.reorderBatch())
            std::reverse(batch.begin(), batch.end());
    }
    return {std::nullopt, std::move(batch)};
}

ApiReply MessageQueue::consume(const ApiCall &call)
{
    Taken taken = takeForConsume(call);
    return taken.refusal ? *taken.refusal : m_renderer.render(call, taken.batch);
}

ApiReply MessageQueue::confirm(const ApiCall &call)
{
    ParamReader p(call);
    QByteArray group = p.text("group_name", 64);
    const QList<std::int64_t> confirmed = p.integerList("s_message_ids", 200);
    const QList<std::int64_t> failed = p.integerList("f_message_ids", 200);
    if (p.ok() && confirmed.isEmpty() && failed.isEmpty())
        p.fail(missingParameter("s_message_ids"));
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    if (group.isEmpty())
        group = "default";
    for (std::int64_t id : confirmed)
        if (!m_confirm.bindText(1, group).bind(2, id).run())
            return storageFailure(call);
    for (std::int64_t id : failed)
        if (!m_fail.bindText(1, group).bind(2, id).run())
            return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId);
    envelope.writer().field("is_success", true);
    return envelope.finish();
}

core::Status MessageQueue::prune(std::int64_t nowMs)
{
    // Ids grow with publication time, so the first id still within retention bounds the rest.
    auto old = m_db.prepare(u"DELETE FROM tmc_messages WHERE id <= ?2 OR id < coalesce("
                            u"(SELECT id FROM tmc_messages WHERE pub_ms >= ?1 ORDER BY id LIMIT 1), "
                            u"(SELECT coalesce(max(id), 0) + 1 FROM tmc_messages))");
    if (!old)
        return old.error();
    old.value().bind(1, nowMs - kRetentionMs).bind(2, m_published - kMaxRetained);
    return old.value().run();
}

} // namespace mc::sandbox
