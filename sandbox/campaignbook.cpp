// Campaign validation, versioned save and listing.
#include "sandbox/campaignbook.h"
#include "app/protocol/errors.h"

#include "sandbox/envelope.h"
#include "sandbox/paramreader.h"
#include "app/storage/readtransaction.h"
#include "sandbox/rows.h"
#include "sandbox/sandboxtime.h"

namespace mc::sandbox {

namespace {

constexpr QByteArrayView kReaches[] = {"online", "in_store", "omnichannel"};
constexpr QByteArrayView kDiscounts[] = {"percent_off", "amount_off", "threshold_off", "fixed_price"};
constexpr QByteArrayView kStates[] = {"draft", "published", "paused", "ended"};
constexpr QStringView kColumns = u"campaign_id, version, name, reach, discount, basis_points, amount_off_fen, "
                                 u"threshold_fen, starts_ms, ends_ms, sku_ids, store_ids, state, modified_ms";

template<std::size_t N> bool oneOf(const QByteArray &value, const QByteArrayView (&allowed)[N])
{
    for (QByteArrayView a : allowed)
        if (value == a)
            return true;
    return false;
}

void writeIds(JsonWriter &w, QByteArrayView name, const QByteArray &ids)
{
    w.key(name).beginArray();
    for (const QByteArray &id : ids.split(','))
        if (!id.isEmpty())
            w.integer(id.toLongLong());
    w.endArray();
}

void writeCampaign(JsonWriter &w, const storage::Statement &c)
{
    w.beginObject()
        .field("campaign_id", c.blob(0))
        .field("version", c.int64(1))
        .field("name", c.blob(2))
        .field("reach", c.blob(3))
        .field("discount", c.blob(4))
        .field("basis_points", c.int64(5))
        .moneyField("amount_off", c.int64(6))
        .moneyField("threshold", c.int64(7))
        .timeField("starts", c.int64(8))
        .timeField("ends", c.int64(9));
    writeIds(w, "sku_ids", c.blob(10));
    writeIds(w, "store_ids", c.blob(11));
    w.field("state", c.blob(12)).timeField("modified", c.int64(13)).endObject();
}

} // namespace

ApiReply CampaignBook::save(const ApiCall &call)
{
    ParamReader p(call);
    const QByteArray id = p.requiredText("campaign_id", 64);
    const std::int64_t expected = p.requiredInteger("version", 0, std::numeric_limits<std::int64_t>::max());
    const QByteArray name = p.requiredText("name", 200);
    const QByteArray reach = p.requiredText("reach", 20);
    const QByteArray discount = p.requiredText("discount", 20);
    const std::int64_t basisPoints = p.integer("basis_points", 0, 10'000, 0);
    const std::int64_t amountOff = p.has("amount_off") ? p.requiredMoney("amount_off", 0, 100'000'000) : 0;
    const std::int64_t threshold = p.has("threshold") ? p.requiredMoney("threshold", 0, 100'000'000) : 0;
    const std::int64_t starts = p.requiredTime("starts");
    const std::int64_t ends = p.requiredTime("ends");
    const QList<std::int64_t> skuIds = p.integerList("sku_ids", 1000);
    const QList<std::int64_t> storeIds = p.integerList("store_ids", 100);
    QByteArray state = p.text("state", 20);
    if (state.isEmpty())
        state = "draft";
    if (p.ok() && !oneOf(reach, kReaches))
        p.fail(invalidParameter("reach", "must be online, in_store or omnichannel"));
    if (p.ok() && !oneOf(discount, kDiscounts))
        p.fail(invalidParameter("discount", "must be percent_off, amount_off, threshold_off or fixed_price"));
    if (p.ok() && !oneOf(state, kStates))
        p.fail(invalidParameter("state", "must be draft, published, paused or ended"));
    if (p.ok() && ends <= starts)
        p.fail(invalidParameter("ends", "must be later than starts"));
    if (!p.ok())
        return errorReply(p.error(), call.requestId);

    auto current = m_db.prepare(u"SELECT version FROM campaigns WHERE campaign_id = ?1");
    if (!current)
        return storageFailure(call);
    std::int64_t version = 0;
    if (!firstRow(current.value().bindText(1, id), [&](storage::Statement &s) { version = s.int64(0); }))
        return storageFailure(call);
    if (version != expected)
        return errorReply(businessError(protocol::subc::kCampaignVersionConflict, "the campaign is at version " +
                                                                             QByteArray::number(version) + ", not " +
                                                                             QByteArray::number(expected)),
                          call.requestId);
    auto upsert = m_db.prepare(QString(u"INSERT OR REPLACE INTO campaigns (" + kColumns +
                                       u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    if (!upsert)
        return storageFailure(call);
    auto &s = upsert.value();
    s.bindText(1, id).bind(2, version + 1).bindText(3, name).bindText(4, reach).bindText(5, discount);
    s.bind(6, basisPoints).bind(7, amountOff).bind(8, threshold).bind(9, starts).bind(10, ends);
    s.bindText(11, joinIntegers(skuIds))
        .bindText(12, joinIntegers(storeIds))
        .bindText(13, state)
        .bind(14, wholeSecond(call.nowMs));
    if (!s.run())
        return storageFailure(call);
    auto saved = m_db.prepare(QString(u"SELECT " + kColumns + u" FROM campaigns WHERE campaign_id = ?1"));
    if (!saved)
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId);
    auto found = firstRow(saved.value().bindText(1, id),
                          [&](storage::Statement &c) { writeCampaign(envelope.writer().key("campaign"), c); });
    if (!found || !found.value())
        return storageFailure(call);
    return envelope.finish();
}

ApiReply CampaignBook::list(const ApiCall &call)
{
    ParamReader p(call);
    const QByteArray id = p.text("campaign_id", 64);
    const std::int64_t pageNo = p.integer("page_no", 1, 100'000, 1);
    const std::int64_t pageSize = p.integer("page_size", 1, 100, 40);
    if (!p.ok())
        return errorReply(p.error(), call.requestId);
    auto count = m_db.prepare(u"SELECT count(*) FROM campaigns WHERE (?1 IS NULL OR campaign_id = ?1)");
    auto page = m_db.prepare(QString(u"SELECT " + kColumns +
                                     u" FROM campaigns WHERE (?1 IS NULL OR campaign_id = ?1) "
                                     u"ORDER BY campaign_id LIMIT ?2 OFFSET ?3"));
    if (!count || !page)
        return storageFailure(call);
    auto bindId = [&](storage::Statement &s) -> storage::Statement & {
        return id.isEmpty() ? s.bindNull(1) : s.bindText(1, id);
    };
    storage::ReadTransaction snapshot(m_db);
    std::int64_t total = 0;
    if (!firstRow(bindId(count.value()), [&](storage::Statement &s) { total = s.int64(0); }))
        return storageFailure(call);
    SuccessEnvelope envelope(call.method, call.requestId, 512 * pageSize);
    JsonWriter &w = envelope.writer();
    w.field("total_results", total).key("campaigns").beginObject().key("campaign").beginArray();
    bindId(page.value()).bind(2, pageSize).bind(3, (pageNo - 1) * pageSize);
    if (!forEachRow(page.value(), [&](storage::Statement &c) { writeCampaign(w, c); }))
        return storageFailure(call);
    w.endArray().endObject();
    return envelope.finish();
}

} // namespace mc::sandbox
