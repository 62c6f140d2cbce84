#include "app/workspace/orderquery.h"
#include "app/workspace/likepattern.h"

#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {

constexpr auto kRowColumns =
    u"o.tid, o.created_ms, o.buyer_nick, o.channel, o.location_id, o.province, o.status, o.payment_fen, "
    u"coalesce(o.items, (SELECT coalesce(sum(num), 0) FROM order_lines WHERE tid = o.tid)), "
    u"coalesce(o.first_title, (SELECT title FROM order_lines WHERE tid = o.tid ORDER BY oid LIMIT 1))";
constexpr auto kNewestFirst = u" ORDER BY o.created_ms DESC, o.tid DESC";
constexpr int kMinIndexedChars = 3;   // the trigram index answers substrings of 3+ characters
constexpr int kMinOrderIdDigits = 6;  // shorter runs of digits are searched as text

OrderRow readRow(const storage::Statement &s)
{
    OrderRow r;
    r.tid = s.int64(0);
    r.createdMs = s.int64(1);
    r.buyerNick = s.text(2);
    r.channel = s.text(3);
    r.locationId = s.int64(4);
    r.province = s.text(5);
    r.status = s.text(6);
    r.paymentFen = s.int64(7);
    r.items = static_cast<int>(s.int64(8));
    r.firstTitle = s.text(9);
    return r;
}

// Appends " AND (o.created_ms, o.tid) OP (?, ?)" and its arguments when there is a key.
void boundBy(QString &sql, QList<QVariant> &args, const std::optional<OrderKey> &key, QStringView op)
{
    if (!key)
        return;
    sql += u" AND (o.created_ms, o.tid) "_s + op + u" (?, ?)"_s;
    args << QVariant::fromValue<qint64>(key->createdMs) << QVariant::fromValue<qint64>(key->tid);
}

core::Result<QList<OrderRow>> readRows(storage::Statement &stmt, int expected)
{
    QList<OrderRow> out;
    out.reserve(expected);
    while (true) {
        auto more = stmt.step();
        if (!more)
            return more.error();
        if (!more.value())
            return out;
        out.append(readRow(stmt));
    }
}

} // namespace

bool OrderQuery::isOrderId(const QString &text)
{
    if (text.size() < kMinOrderIdDigits || text.size() > 18)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool OrderQuery::searchIndexComplete()
{
    if (m_indexComplete.value_or(false))
        return true;
    auto below = m_db.queryText(u"SELECT value FROM sync_cursors WHERE name = 'search.backfill_below'");
    m_indexComplete = below.ok() && below.value() == u"0";
    return *m_indexComplete;
}

std::int64_t OrderQuery::indexMatches(const QString &phrase)
{
    if (auto it = m_matchCounts.constFind(phrase); it != m_matchCounts.cend())
        return it.value();
    auto count = m_db.prepare(u"SELECT count(*) FROM order_search WHERE order_search MATCH ?");
    std::int64_t n = std::numeric_limits<std::int64_t>::max();
    if (count) {
        count.value().bind(1, phrase);
        if (count.value().step().valueOr(false))
            n = count.value().int64(0);
    }
    if (m_matchCounts.size() > 256)
        m_matchCounts.clear();
    m_matchCounts.insert(phrase, n);
    return n;
}

bool OrderQuery::indexAnswers(const OrderFilter &f)
{
    const QString search = f.search.trimmed();
    return !search.isEmpty() && !isOrderId(search) && search.toUcs4().size() >= kMinIndexedChars &&
           searchIndexComplete();
}

OrderQuery::Plan OrderQuery::planFor(const OrderFilter &f)
{
    const QString search = f.search.trimmed();
    if (search.isEmpty() || isOrderId(search))
        return Plan::Plain;
    if (!indexAnswers(f))
        return Plan::Scan;
    return indexMatches(phrase(search)) <= m_indexDrivenMax ? Plan::Indexed : Plan::Scan;
}

QString OrderQuery::phrase(const QString &search)
{
    QString quoted = search;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

core::Result<OrderQuery::Where> OrderQuery::where(const OrderFilter &f, std::optional<Plan> forced)
{
    QStringList c;
    Where w;
    if (f.fromMs > 0) {
        c << u"o.created_ms >= ?"_s;
        w.args << QVariant::fromValue<qint64>(f.fromMs);
    }
    if (f.toMs > 0) {
        c << u"o.created_ms < ?"_s;
        w.args << QVariant::fromValue<qint64>(f.toMs);
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << u"?"_s;
            w.args << s;
        }
        c << u"o.status IN (" + marks.join(u", ") + u')';
    }
    if (!f.channel.isEmpty()) {
        c << u"o.channel = ?"_s;
        w.args << f.channel;
    }
    if (f.locationId >= 0) {
        c << u"o.location_id = ?"_s;
        w.args << QVariant::fromValue<qint64>(f.locationId);
    }
    if (!f.province.isEmpty()) {
        c << u"o.province = ?"_s;
        w.args << f.province;
    }
    if (f.minFen) {
        c << u"o.payment_fen >= ?"_s;
        w.args << QVariant::fromValue<qint64>(*f.minFen);
    }
    if (f.maxFen) {
        c << u"o.payment_fen <= ?"_s;
        w.args << QVariant::fromValue<qint64>(*f.maxFen);
    }
    const QString search = f.search.trimmed();
    if (isOrderId(search)) {
        c << u"o.tid = ?"_s;
        w.args << QVariant::fromValue<qint64>(search.toLongLong());
    } else if (!search.isEmpty()) {
        const QString like = u"(o.buyer_nick LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_lines l "
                             u"WHERE l.tid = o.tid AND l.title LIKE ? ESCAPE '\\'))"_s;
        const QString pattern = likeContaining(search);
        const Plan plan = forced.value_or(planFor(f));
        if (plan == Plan::Indexed) {
            // A rare term: from the index's matches (few), then in list order. Orders queued for
            // indexing (new since) by LIKE.
            c << u"(o.tid IN (SELECT tid FROM order_search WHERE order_search MATCH ?) OR "
                 u"(o.tid IN (SELECT tid FROM search_pending) AND " + like + u"))";
            w.args << phrase(search) << pattern << pattern;
        } else {
            // A common term (or the index is not complete): down the list in its order, each
            // order checked, so the first matches come after a short walk.
            c << like;
            w.args << pattern << pattern;
        }
    }
    w.sql = c.isEmpty() ? u"1"_s : c.join(u" AND ");
    return w;
}

core::Result<storage::Statement> OrderQuery::prepare(const QString &sql, const QList<QVariant> &args)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        if (v.typeId() == QMetaType::QString)
            stmt.value().bind(i + 1, v.toString());
        else
            stmt.value().bind(i + 1, static_cast<std::int64_t>(v.toLongLong()));
    }
    return std::move(stmt).value();
}

core::Result<std::optional<OrderKey>> OrderQuery::keyAt(const OrderFilter &filter, const std::optional<OrderKey> &after,
                                                        bool inclusive, std::int64_t offset)
{
    auto w = where(filter, Plan::Plain);
    if (!w)
        return w.error();
    QString sql = u"SELECT o.created_ms, o.tid FROM orders o WHERE "_s + w.value().sql;
    QList<QVariant> args = w.value().args;
    boundBy(sql, args, after, inclusive ? u"<=" : u"<");
    sql += kNewestFirst + u" LIMIT 1 OFFSET ?"_s;
    args << QVariant::fromValue<qint64>(offset);
    auto stmt = prepare(sql, args);
    if (!stmt)
        return stmt.error();
    auto found = stmt.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<OrderKey>();
    return std::optional<OrderKey>(OrderKey{stmt.value().int64(0), stmt.value().int64(1)});
}

core::Result<QList<OrderRow>> OrderQuery::rowsIn(const OrderFilter &filter, std::optional<Plan> plan,
                                                 const std::optional<OrderKey> &after, bool inclusive,
                                                 const std::optional<OrderKey> &notBelow, int limit, int skip)
{
    auto w = where(filter, plan);
    if (!w)
        return w.error();
    QString sql = u"SELECT "_s + kRowColumns + u" FROM orders o WHERE " + w.value().sql;
    QList<QVariant> args = w.value().args;
    boundBy(sql, args, after, inclusive ? u"<=" : u"<");
    boundBy(sql, args, notBelow, u">=");
    sql += kNewestFirst + u" LIMIT ? OFFSET ?"_s;
    args << limit << skip;
    auto stmt = prepare(sql, args);
    if (!stmt)
        return stmt.error();
    return readRows(stmt.value(), limit);
}

core::Result<QList<OrderRow>> OrderQuery::rowsOf(const OrderFilter &filter, const QList<std::int64_t> &tids,
                                                 const std::optional<OrderKey> &after, bool inclusive, bool checkSearch)
{
    if (tids.isEmpty())
        return QList<OrderRow>();
    OrderFilter unsearched = filter;
    if (!checkSearch)
        unsearched.search.clear();
    auto w = where(unsearched, checkSearch ? Plan::Scan : Plan::Plain);
    if (!w)
        return w.error();
    QStringList list;
    list.reserve(tids.size());
    for (std::int64_t tid : tids)
        list << QString::number(tid);
    QString sql = u"SELECT "_s + kRowColumns + u" FROM orders o WHERE o.tid IN (" + list.join(u',') + u") AND " +
                  w.value().sql;
    QList<QVariant> args = w.value().args;
    boundBy(sql, args, after, inclusive ? u"<=" : u"<");
    auto stmt = prepare(sql, args);
    if (!stmt)
        return stmt.error();
    return readRows(stmt.value(), static_cast<int>(tids.size()));
}

core::Result<QList<OrderRow>> OrderQuery::newerThan(const OrderFilter &filter, const OrderKey &key, int limit,
                                                    int skip)
{
    auto w = where(filter);
    if (!w)
        return w.error();
    QString sql = u"SELECT "_s + kRowColumns + u" FROM orders o WHERE " + w.value().sql;
    QList<QVariant> args = w.value().args;
    boundBy(sql, args, key, u">");
    sql += kNewestFirst + u" LIMIT ? OFFSET ?"_s;
    args << limit << skip;
    auto stmt = prepare(sql, args);
    if (!stmt)
        return stmt.error();
    return readRows(stmt.value(), limit);
}

core::Result<std::int64_t> OrderQuery::countNewerThan(const OrderFilter &filter, const OrderKey &key)
{
    auto w = where(filter);
    if (!w)
        return w.error();
    QList<QVariant> args = w.value().args;
    args << QVariant::fromValue<qint64>(key.createdMs) << QVariant::fromValue<qint64>(key.tid);
    auto stmt = prepare(u"SELECT count(*) FROM orders o WHERE "_s + w.value().sql + u" AND (o.created_ms, o.tid) > (?, ?)",
                        args);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return stmt.value().int64(0);
}

core::Result<std::int64_t> OrderQuery::positionOf(const OrderFilter &filter, std::int64_t tid)
{
    auto w = where(filter);
    if (!w)
        return w.error();
    QList<QVariant> args = w.value().args;
    args << QVariant::fromValue<qint64>(tid);
    auto stmt = prepare(u"SELECT o.created_ms FROM orders o WHERE "_s + w.value().sql + u" AND o.tid = ?", args);
    if (!stmt)
        return stmt.error();
    auto found = stmt.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::int64_t(-1);
    return countNewerThan(filter, {stmt.value().int64(0), tid});
}

core::Result<std::int64_t> OrderQuery::scanAnchors(const OrderFilter &filter, const std::optional<OrderKey> &after,
                                                   std::int64_t matchedSoFar, std::int64_t budget,
                                                   QList<OrderKey> &anchors, OrderKey &last)
{
    auto w = where(filter);
    if (!w)
        return w.error();
    QString sql = u"SELECT o.created_ms, o.tid FROM orders o WHERE "_s + w.value().sql;
    QList<QVariant> args = w.value().args;
    boundBy(sql, args, after, u"<");
    sql += kNewestFirst + u" LIMIT ?"_s;
    args << QVariant::fromValue<qint64>(budget);
    auto stmt = prepare(sql, args);
    if (!stmt)
        return stmt.error();
    std::int64_t walked = 0;
    while (true) {
        auto more = stmt.value().step();
        if (!more)
            return more.error();
        if (!more.value())
            return walked;
        last = {stmt.value().int64(0), stmt.value().int64(1)};
        if ((matchedSoFar + walked) % kAnchorEvery == 0)
            anchors.append(last);
        ++walked;
    }
}

core::Result<OrderDetail> OrderQuery::detail(std::int64_t tid)
{
    auto stmt = m_db.prepare(u"SELECT "_s + kRowColumns +
                             u", o.city, o.total_fee_fen, o.post_fee_fen, o.modified_ms, o.pay_time_ms "
                             u"FROM orders o WHERE o.tid = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, tid);
    auto found = stmt.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return core::Error{u"workspace.not_found"_s, u"Order %1 is not in the local cache."_s.arg(tid), {}};
    OrderDetail d;
    d.order = readRow(stmt.value());
    d.city = stmt.value().text(10);
    d.totalFeeFen = stmt.value().int64(11);
    d.postFeeFen = stmt.value().int64(12);
    d.modifiedMs = stmt.value().int64(13);
    d.payTimeMs = stmt.value().int64(14);
    auto lines = m_db.prepare(u"SELECT oid, num_iid, sku_id, title, num, price_fen, payment_fen, refund_status "
                              u"FROM order_lines WHERE tid = ? ORDER BY oid");
    if (!lines)
        return lines.error();
    lines.value().bind(1, tid);
    while (true) {
        auto more = lines.value().step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const storage::Statement &s = lines.value();
        d.lines.append({s.int64(0), s.int64(1), s.int64(2), s.text(3), static_cast<int>(s.int64(4)), s.int64(5),
                        s.int64(6), s.text(7)});
    }
    return d;
}

core::Result<SearchIndexState> OrderQuery::indexState()
{
    SearchIndexState state;
    if (searchIndexComplete() && m_db.queryInt(u"SELECT count(*) FROM search_pending").valueOr(1) == 0)
        return state; // nothing to count: no walk over every order for a "0 remaining"
    auto pending = m_db.queryInt(u"SELECT count(*) FROM search_pending");
    auto below = m_db.queryInt(u"SELECT coalesce((SELECT CAST(value AS INTEGER) FROM sync_cursors "
                               u"WHERE name = 'search.backfill_below'), 0)");
    if (!pending || !below)
        return (pending ? below.error() : pending.error());
    auto backlog = m_db.queryInt(u"SELECT count(*) FROM orders WHERE created_ms < "_s + QString::number(below.value()));
    auto total = m_db.queryInt(u"SELECT count(*) FROM orders");
    if (!backlog || !total)
        return (backlog ? total.error() : backlog.error());
    state.remaining = pending.value() + backlog.value();
    state.indexed = std::max<std::int64_t>(0, total.value() - state.remaining);
    return state;
}

core::Status OrderQuery::forEach(const OrderFilter &filter, const std::function<bool(const OrderRow &)> &sink)
{
    auto w = where(filter);
    if (!w)
        return w.error();
    auto stmt = prepare(u"SELECT "_s + kRowColumns + u" FROM orders o WHERE " + w.value().sql + kNewestFirst,
                        w.value().args);
    if (!stmt)
        return stmt.error();
    while (true) {
        auto more = stmt.value().step();
        if (!more)
            return more.error();
        if (!more.value() || !sink(readRow(stmt.value())))
            return {};
    }
}

} // namespace mc::workspace
