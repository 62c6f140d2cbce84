// OrderWindowPager: reads every trade modified in one time window, following TOP's
// advice: ask for the count, read pages from the last one back to the first, then read
// the first page again. Trades that change while we page only move towards the newest
// end, so reading backwards never skips one (duplicates are harmless: upserts).
#pragma once

#include "app/core/order.h"
#include "app/core/result.h"
#include "app/platform/platformclient.h"
#include "app/sync/historyplan.h"
#include "app/sync/tradedecoder.h"

#include <QObject>

#include <functional>

namespace mc::sync {

class OrderWindowPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderWindowPager)

public:
    // Commits one page (its orders, and the trades set aside for the quarantine); `lastPage`
    // is true exactly once, for the final read, so the caller can record the window as done
    // in the same transaction.
    using PageSink = std::function<core::Status(const TradePage &page, bool lastPage)>;

    OrderWindowPager(platform::PlatformClient &client, TimeWindow window, int pageSize, std::int64_t splitAbove,
                     PageSink sink, QObject *parent = nullptr);

    void start();
    const TimeWindow &window() const { return m_window; }
    std::int64_t total() const { return m_total; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);
    // More trades than one window should hold: nothing was committed; split and retry.
    void tooLarge(qint64 total);

private:
    void request(int pageNo, bool withTotal);
    using DecodedPage = core::Result<TradePage>;
    void onPage(int pageNo, bool withTotal, const platform::CallOutcome &outcome);
    void onDecoded(int pageNo, bool withTotal, const DecodedPage &page);

    platform::PlatformClient &m_client;
    TimeWindow m_window;
    int m_pageSize;
    std::int64_t m_splitAbove;
    PageSink m_sink;
    std::int64_t m_total = -1;
    int m_pages = 0;
    bool m_finalRead = false;
};

} // namespace mc::sync
