// Incremental trade pages: a [start, end) window on modified, newest first, ties by tid
// descending; TOP's limits (one day at most, last 90 days).
#include "sandbox/tradequeries.h"

#include "app/core/order.h"
#include "app/protocol/errors.h"
#include "sandbox/envelope.h"
#include "sandbox/paramreader.h"
#include "app/storage/readtransaction.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"

namespace mc::sandbox {

namespace {
constexpr std::int64_t kReachableMs = 90 * kDay;
constexpr QStringView kWindowFilter = u" FROM orders WHERE modified_ms >= ?1 AND modified_ms < ?2 "
                                      u"AND (?3 IS NULL OR status = ?3) AND (?4 IS NULL OR location_id = ?4)";

// Store-manager credentials only ever see their own store's trades.
std::optional<std::int64_t> storeFilter(const ApiCall &call)
{
    if (call.caller && !call.caller->isOwner())
        return call.caller->storeId;
    return std::nullopt;
}
} // namespace

TradeQueries::TradeQueries(storage::Database &db, TradeRenderer renderer, storage::Statement page,
                           storage::Statement count)
    : m_db(db), m_renderer(std::move(renderer)), m_page(std::move(page)), m_count(std::move(count))
{}

core::Result<std::unique_ptr<TradeQueries>> TradeQueries::create(storage::Database &db)
{
    auto renderer = TradeRenderer::create(db);
    if (!renderer)
        return renderer.error();
    auto page = db.prepare(QString(u"SELECT " + TradeRenderer::kColumns + kWindowFilter +
                                   u" ORDER BY modified_ms DESC, tid DESC LIMIT ?5 OFFSET ?6"));
    if (!page)
        return page.error();
    auto count = db.prepare(QString(u"SELECT count(*)" + kWindowFilter));
    if (!count)
        return count.error();
    return std::unique_ptr<TradeQueries>(
        new TradeQueries(db, std::move(renderer).value(), std::move(page).value(), std::move(count).value()));
}

ApiReply TradeQueries::incrementGet(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t start = p.requiredTime("start_modified");
    const std::int64_t end = p.requiredTime("end_modified");
    const std::int64_t pageNo = p.integer("page_no", 1, 1'000'000, 1);
    const std::int64_t pageSize = p.integer("page_size", 1, 100, 40);
    const bool useHasNext = p.flag("use_has_next");
    const QByteArray status = p.text("status", 40);
    p.text("fields", 2000); // accepted; every documented field is always returned
    if (p.ok() && !status.isEmpty() && !core::orderStatusFromWire(QString::fromLatin1(status)))
        p.fail(invalidParameter("status", "is not a TOP trade status"));
    if (p.ok() && end <= start)
        p.fail(invalidParameter("end_modified", "must be later than start_modified"));
    if (p.ok() && end - start > kDay)
        p.fail(invalidParameter("end_modified", "must be at most one day after start_modified"));
    if (p.ok() && start < call.nowMs - kReachableMs)
        p.fail(invalidParameter("start_modified", "must be within the last 90 days"));
    if (!p.ok())
        return errorReply(p.error(), call.requestId);

    const auto store = storeFilter(call);
    auto bindWindow = [&](storage::Statement &s) {
        s.bind(1, start).bind(2, end);
        if (status.isEmpty())
            s.bindNull(3);
        else
            s.bindText(3, status);
        s.bind(4, store);
    };

    storage::ReadTransaction snapshot(m_db);
    SuccessEnvelope envelope(call.method, call.requestId, 1024 * pageSize);
    JsonWriter &w = envelope.writer();
    if (!useHasNext) {
        bindWindow(m_count);
        std::int64_t total = 0;
        if (!firstRow(m_count, [&](storage::Statement &s) { total = s.int64(0); }))
            return storageFailure(call);
        w.field("total_results", total);
    }
    bindWindow(m_page);
    m_page.bind(5, pageSize + 1).bind(6, (pageNo - 1) * pageSize);
    std::int64_t rows = 0;
    bool hasNext = false;
    // Trades go straight into the envelope; has_next follows them (JSON keys have no order).
    w.key("trades").beginObject().key("trade").beginArray();
    core::Status rendered;
    const core::Status paged = forEachRow(m_page, [&](storage::Statement &row) {
        if (++rows > pageSize) {
            hasNext = true;
            return false;
        }
        rendered = m_renderer.writeRow(row, w);
        return rendered.ok();
    });
    if (!paged || !rendered)
        return storageFailure(call);
    w.endArray().endObject();
    w.field("has_next", hasNext);
    return envelope.finish();
}

ApiReply TradeQueries::fullinfoGet(const ApiCall &call)
{
    ParamReader p(call);
    const std::int64_t tid = p.requiredInteger("tid", 1, std::numeric_limits<std::int64_t>::max() / 10);
    p.text("fields", 2000);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    storage::ReadTransaction snapshot(m_db);
    QByteArray trade;
    JsonWriter tw(trade);
    std::int64_t location = 0;
    auto found = m_renderer.writeByTid(tid, tw, &location);
    tw.finish();
    if (!found)
        return storageFailure(call);
    const auto store = storeFilter(call);
    if (!found.value() || (store && *store != location))
        return errorReply(businessError(protocol::subc::kTradeNotExist,
                                        "no trade " + QByteArray::number(tid) + " is visible to this credential"),
                          call.requestId);
    SuccessEnvelope envelope(call.method, call.requestId, trade.size() + 128);
    envelope.writer().key("trade").raw(trade);
    return envelope.finish();
}

} // namespace mc::sandbox
