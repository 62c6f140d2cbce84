// Backwards paging over taobao.trades.sold.increment.get.
#include "app/sync/orderwindowpager.h"

#include "app/protocol/toptime.h"
#include "app/protocol/errors.h"
#include "app/sync/tradedecoder.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace mc::sync {

OrderWindowPager::OrderWindowPager(platform::PlatformClient &client, TimeWindow window, int pageSize,
                                   std::int64_t splitAbove, PageSink sink, QObject *parent)
    : QObject(parent), m_client(client), m_window(window), m_pageSize(pageSize), m_splitAbove(splitAbove),
      m_sink(std::move(sink))
{
}

void OrderWindowPager::start() { request(1, true); }

void OrderWindowPager::request(int pageNo, bool withTotal)
{
    protocol::Parameters params{
        {"start_modified", protocol::formatTopTime(m_window.startMs)},
        {"end_modified", protocol::formatTopTime(m_window.endMs)},
        {"page_no", QByteArray::number(pageNo)},
        {"page_size", QByteArray::number(m_pageSize)},
        {"use_has_next", withTotal ? QByteArrayLiteral("false") : QByteArrayLiteral("true")},
        {"fields", QByteArrayLiteral("tid,status,payment,total_fee,post_fee,created,modified,pay_time,type,buyer_nick,"
                                     "buyer_open_uid,receiver_state,receiver_city,channel,store_id,orders")},
    };
    m_client.callRaw("taobao.trades.sold.increment.get", std::move(params),
                  [this, pageNo, withTotal](const platform::CallOutcome &outcome) { onPage(pageNo, withTotal, outcome); });
}

void OrderWindowPager::onPage(int pageNo, bool withTotal, const platform::CallOutcome &outcome)
{
    if (!outcome.ok()) {
        Q_EMIT finished(false, outcome.error->toString());
        return;
    }
    // Decoding is a quarter of a page's work: it runs on a worker thread while the sync thread
    // commits other windows' pages. The continuation comes back to this object's thread, and
    // is dropped if the pager is gone by then (the sync stopped).
    auto promise = std::make_shared<QPromise<DecodedPage>>();
    QFuture<DecodedPage> decoded = promise->future();
    QThreadPool::globalInstance()->start([promise, raw = outcome.raw] {
        promise->start();
        promise->addResult(decodeTradePage(raw, protocol::responseKey("taobao.trades.sold.increment.get")));
        promise->finish();
    });
    (void)decoded.then(this, [this, pageNo, withTotal](const DecodedPage &page) { onDecoded(pageNo, withTotal, page); });
}

void OrderWindowPager::onDecoded(int pageNo, bool withTotal, const DecodedPage &page)
{
    if (!page) {
        Q_EMIT finished(false, page.error().message);
        return;
    }
    if (withTotal) {
        if (page.value().totalResults < 0) {
            Q_EMIT finished(false, QStringLiteral("increment.get answered without total_results"));
            return;
        }
        m_total = page.value().totalResults;
        if (m_total > m_splitAbove && m_window.lengthMs() >= 2000) {
            Q_EMIT tooLarge(m_total);
            return;
        }
    }
    const bool onlyPage = withTotal && !m_finalRead && m_total <= m_pageSize;
    const bool last = onlyPage || m_finalRead;
    if (core::Status s = m_sink(page.value(), last); !s) {
        Q_EMIT finished(false, s.error().toString());
        return;
    }
    if (last) {
        Q_EMIT finished(true, {});
        return;
    }
    if (withTotal) {
        m_pages = static_cast<int>((m_total + m_pageSize - 1) / m_pageSize);
        request(m_pages, false);
        return;
    }
    if (pageNo > 2) {
        request(pageNo - 1, false);
        return;
    }
    m_finalRead = true; // page 1 once more: catches trades that shifted into it meanwhile
    request(1, false);
}

} // namespace mc::sync
