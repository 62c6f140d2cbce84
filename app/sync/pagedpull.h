// PagedPull: reads a whole paged listing (locations, catalog, stock) front to back.
// Safe without backwards paging because these listings are ordered by id and never lose
// rows (items taken off sale stay listed as "instock"); a row that appears meanwhile can
// only push others later, giving a harmless duplicate. For the same reason the next pages
// may be asked for before a page is committed: once page 1 tells the total, up to
// kPagesAhead requests are in flight, and pages still go to the sink in order.
#pragma once

#include "app/core/result.h"
#include "app/platform/platformclient.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>

#include <functional>

namespace mc::sync {

class PagedPull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedPull)

public:
    struct Spec
    {
        QByteArray method;
        protocol::Parameters params; // business parameters besides page_no/page_size
        int pageSize = 100;
        QLatin1String outer;         // e.g. "items"
        QLatin1String inner;         // e.g. "item"
    };
    // Commits one page; `lastPage` is true for the final one.
    using PageSink = std::function<core::Status(const QJsonArray &rows, bool lastPage)>;

    static constexpr int kPagesAhead = 4;

    PagedPull(platform::PlatformClient &client, Spec spec, PageSink sink, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void request(int pageNo);
    void onPage(int pageNo, const platform::CallOutcome &outcome);
    void requestAhead();
    void finish(bool ok, const QString &error);

    platform::PlatformClient &m_client;
    Spec m_spec;
    PageSink m_sink;
    std::int64_t m_done = 0;
    std::int64_t m_total = -1;      // the largest total a page told; -1: none, one page at a time
    int m_requested = 0;            // the highest page asked for
    int m_next = 1;                 // the next page for the sink
    QMap<int, QJsonArray> m_arrived; // pages that came before their turn
    bool m_finished = false;
};

} // namespace mc::sync
