// Forward paging with total_results.
#include "app/sync/pagedpull.h"

#include "app/sync/payloadparsers.h"

namespace mc::sync {

PagedPull::PagedPull(platform::PlatformClient &client, Spec spec, PageSink sink, QObject *parent)
    : QObject(parent), m_client(client), m_spec(std::move(spec)), m_sink(std::move(sink))
{
}

void PagedPull::start() { request(1); }

void PagedPull::request(int pageNo)
{
    protocol::Parameters params = m_spec.params;
    params["page_no"] = QByteArray::number(pageNo);
    params["page_size"] = QByteArray::number(m_spec.pageSize);
    m_client.call(m_spec.method, std::move(params), [this, pageNo](const platform::CallOutcome &outcome) {
        if (!outcome.ok()) {
            Q_EMIT finished(false, outcome.error->toString());
            return;
        }
        const QJsonValue totalValue = outcome.body.value(QLatin1String("total_results"));
        const std::int64_t total = totalValue.isDouble() ? totalValue.toInteger() : -1;
        const QJsonArray rows = listAt(outcome.body, m_spec.outer, m_spec.inner);
        const bool last = rows.size() < m_spec.pageSize ||
                          (total >= 0 && static_cast<std::int64_t>(pageNo) * m_spec.pageSize >= total);
        if (core::Status s = m_sink(rows, last); !s) {
            Q_EMIT finished(false, s.error().toString());
            return;
        }
        m_done += rows.size();
        Q_EMIT progress(m_done, total);
        if (last)
            Q_EMIT finished(true, {});
        else
            request(pageNo + 1);
    });
}

} // namespace mc::sync
