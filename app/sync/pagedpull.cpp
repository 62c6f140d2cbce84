// Forward paging with total_results.
#include "app/sync/pagedpull.h"

#include "app/sync/payloadparsers.h"

#include <QPointer>

#include <algorithm>
#include <limits>

namespace mc::sync {

PagedPull::PagedPull(platform::PlatformClient &client, Spec spec, PageSink sink, QObject *parent)
    : QObject(parent), m_client(client), m_spec(std::move(spec)), m_sink(std::move(sink))
{
}

void PagedPull::start() { request(1); }

void PagedPull::request(int pageNo)
{
    m_requested = std::max(m_requested, pageNo);
    protocol::Parameters params = m_spec.params;
    params["page_no"] = QByteArray::number(pageNo);
    params["page_size"] = QByteArray::number(m_spec.pageSize);
    // Answers may come after this pull is gone (it failed and was deleted meanwhile).
    m_client.call(m_spec.method, std::move(params), [self = QPointer<PagedPull>(this), pageNo](const platform::CallOutcome &outcome) {
        if (self)
            self->onPage(pageNo, outcome);
    });
}

void PagedPull::onPage(int pageNo, const platform::CallOutcome &outcome)
{
    if (m_finished)
        return;
    if (!outcome.ok())
        return finish(false, outcome.error->toString());
    // Every page tells the total; rows added meanwhile only make it grow.
    if (const QJsonValue total = outcome.body.value(QLatin1String("total_results")); total.isDouble())
        m_total = std::max<std::int64_t>(m_total, total.toInteger());
    m_arrived.insert(pageNo, listAt(outcome.body, m_spec.outer, m_spec.inner));
    while (!m_finished && m_arrived.contains(m_next)) {
        const QJsonArray rows = m_arrived.take(m_next);
        const bool last = rows.size() < m_spec.pageSize ||
                          (m_total >= 0 && static_cast<std::int64_t>(m_next) * m_spec.pageSize >= m_total);
        if (core::Status s = m_sink(rows, last); !s)
            return finish(false, s.error().toString());
        m_done += rows.size();
        Q_EMIT progress(m_done, m_total);
        if (last)
            return finish(true, {});
        ++m_next;
    }
    requestAhead();
}

void PagedPull::requestAhead()
{
    if (m_total < 0) { // one page at a time
        if (m_requested < m_next)
            request(m_next);
        return;
    }
    const int pages = static_cast<int>(std::min<std::int64_t>((m_total + m_spec.pageSize - 1) / m_spec.pageSize,
                                                              std::numeric_limits<int>::max()));
    // The page after the total may still exist (rows added meanwhile): it is asked for when
    // its turn comes, as the sequential pull did.
    while (m_requested < m_next + kPagesAhead - 1 && m_requested < std::max(pages, m_next))
        request(m_requested + 1);
}

void PagedPull::finish(bool ok, const QString &error)
{
    m_finished = true;
    m_arrived.clear();
    Q_EMIT finished(ok, error);
}

} // namespace mc::sync
