// PagedPull: reads a whole paged listing (locations, catalog, stock) front to back.
// Safe without backwards paging because these listings are ordered by id and never lose
// rows (items taken off sale stay listed as "instock"); a row that appears meanwhile can
// only push others later, giving a harmless duplicate.
#pragma once

#include "app/core/result.h"
#include "app/platform/platformclient.h"

#include <QJsonArray>
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

    PagedPull(platform::PlatformClient &client, Spec spec, PageSink sink, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void request(int pageNo);

    platform::PlatformClient &m_client;
    Spec m_spec;
    PageSink m_sink;
    std::int64_t m_done = 0;
};

} // namespace mc::sync
