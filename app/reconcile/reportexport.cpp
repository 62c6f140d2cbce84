#include "app/reconcile/reportexport.h"

#include "app/core/money.h"
#include "app/protocol/toptime.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

namespace {

// The CSV's words (context mc::reconcile::ReportCsv).
struct ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(mc::reconcile::ReportCsv)
};

QString time(std::int64_t ms)
{
    return beijingTime(ms);
}

QJsonObject totalsJson(const DayReport &r)
{
    QJsonObject totals;
    for (int c = 0; c < kCategoryCount; ++c) {
        const CategoryTotal &t = r.totals[c];
        totals.insert(categoryKey(static_cast<Category>(c)),
                      QJsonObject{{u"count"_s, qint64(t.count)},
                                  {u"amount"_s, yuan(t.amountFen)},
                                  {u"difference"_s, yuan(t.differenceFen)}});
    }
    return totals;
}

QJsonObject sourcesJson(const SourceTotals &s, bool tillImported)
{
    QJsonObject o{{u"counter"_s, QJsonObject{{u"count"_s, qint64(s.counterCount)}, {u"amount"_s, yuan(s.counterFen)}}},
                  {u"platform"_s,
                   QJsonObject{{u"count"_s, qint64(s.platformCount)}, {u"amount"_s, yuan(s.platformFen)}}},
                  {u"settlement"_s, QJsonObject{{u"count"_s, qint64(s.settlementCount)},
                                                {u"gross"_s, yuan(s.settlementGrossFen)},
                                                {u"commission"_s, yuan(s.settlementCommissionFen)},
                                                {u"paid"_s, yuan(s.settlementPaidFen)}}}};
    if (tillImported)
        o.insert(u"till"_s, QJsonObject{{u"count"_s, qint64(s.tillCount)}, {u"amount"_s, yuan(s.tillFen)}});
    return o;
}

QString csvField(QString text, bool isText)
{
    if (isText && !text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

void csvLine(QString &out, const QStringList &fields, const QList<bool> &isText = {})
{
    QStringList cells;
    for (qsizetype i = 0; i < fields.size(); ++i)
        cells << csvField(fields.at(i), isText.value(i, true));
    out += cells.join(u',') + u"\r\n"_s;
}

} // namespace

QString beijingTime(std::int64_t utcMs)
{
    return utcMs > 0 ? QString::fromLatin1(protocol::formatTopTime(utcMs)) : QString();
}

QString yuan(std::int64_t fen)
{
    return core::Money::fromMinor(fen).toDecimalString();
}

QJsonObject reportToJson(const DayReport &r)
{
    QJsonArray items;
    for (const Item &i : r.items) {
        QJsonObject o{{u"category"_s, categoryKey(i.category)},
                      {u"key"_s, i.key},
                      {u"serial"_s, i.serial},
                      {u"voucher_id"_s, QString::fromLatin1(i.voucherId)},
                      {u"store_id"_s, qint64(i.storeId)},
                      {u"redeemed"_s, time(i.redeemedMs)},
                      {u"amount"_s, yuan(i.amountFen)},
                      {u"detail"_s, i.detail}};
        if (i.category == Category::AmountDiffers || i.category == Category::SettledDifferently) {
            o.insert(u"expected"_s, yuan(i.expectedFen));
            o.insert(u"actual"_s, yuan(i.actualFen));
        }
        if (i.category == Category::PendingUpload)
            o.insert(u"age_seconds"_s, qint64(i.ageMs / 1000));
        if (!i.history.isEmpty())
            o.insert(u"history"_s, QJsonArray::fromStringList(i.history));
        if (i.category == Category::NotYetSettled)
            o.insert(u"overdue"_s, i.overdue);
        if (auto res = r.state.resolutions.constFind(i.key); res != r.state.resolutions.cend())
            o.insert(u"resolution"_s, QJsonObject{{u"kind"_s, res->kind},
                                                  {u"note"_s, res->note},
                                                  {u"by"_s, res->actor},
                                                  {u"at"_s, time(res->atMs)}});
        items.append(o);
    }
    QJsonArray setAside;
    for (const SetAside &s : r.setAside)
        setAside.append(QJsonObject{{u"source"_s, s.source}, {u"key"_s, s.key}, {u"reason"_s, s.reason}});
    QJsonObject chain{{u"redemptions_intact"_s, r.chain.redemptionsIntact},
                      {u"day_close_intact"_s, r.chain.dayCloseIntact}};
    if (!r.chain.redemptionsIntact)
        chain.insert(u"redemptions_first_broken_seq"_s, qint64(r.chain.redemptionsFirstBadSeq));
    if (!r.chain.dayCloseIntact)
        chain.insert(u"day_close_first_broken_seq"_s, qint64(r.chain.dayCloseFirstBadSeq));
    QJsonObject state{{u"signed_off"_s, r.state.signedOff}, {u"reopenings"_s, r.state.reopenings}};
    if (r.state.signedOff) {
        state.insert(u"signed_by"_s, r.state.signedBy);
        state.insert(u"signed_at"_s, time(r.state.signedAtMs));
        state.insert(u"changed_since_sign_off"_s, r.changedSinceSignOff);
    }
    if (r.state.reopenings > 0) {
        state.insert(u"last_reopened_by"_s, r.state.lastReopenedBy);
        state.insert(u"last_reopen_reason"_s, r.state.lastReopenReason);
    }
    QJsonArray stores;
    for (const StoreStatus &s : r.stores)
        stores.append(QJsonObject{{u"store_id"_s, qint64(s.storeId)},
                                  {u"items"_s, qint64(s.items)},
                                  {u"discrepancies"_s, qint64(s.discrepancies)},
                                  {u"amount"_s, yuan(s.amountFen)},
                                  {u"signed_off"_s, s.signedOff},
                                  {u"signed_by"_s, s.signedBy}});
    QJsonObject out{{u"day"_s, r.scope.day.toString(Qt::ISODate)},
                       {u"store_id"_s, r.scope.allStores() ? QJsonValue(u"all"_s) : QJsonValue(qint64(r.scope.storeId))},
                       {u"generated"_s, time(r.generatedMs)},
                       {u"discrepancies"_s, r.discrepancyCount()},
                       {u"totals"_s, totalsJson(r)},
                       {u"sources"_s, sourcesJson(r.sources, r.tillImported)},
                       {u"overflow"_s, r.overflow},
                       {u"items"_s, items},
                       {u"set_aside"_s, setAside},
                       {u"chain"_s, chain},
                       {u"day_state"_s, state}};
    if (r.scope.allStores())
        out.insert(u"stores"_s, stores);
    return out;
}

QByteArray reportToCsv(const DayReport &r)
{
    QString out;
    csvLine(out, {ReportCsv::tr("Category"), ReportCsv::tr("Store"), ReportCsv::tr("Serial"), ReportCsv::tr("Voucher"),
                  ReportCsv::tr("Redeemed"), ReportCsv::tr("Amount"), ReportCsv::tr("Expected"), ReportCsv::tr("Found"),
                  ReportCsv::tr("Detail"), ReportCsv::tr("Resolution"), ReportCsv::tr("Note"),
                  ReportCsv::tr("Resolved by")});
    const QList<bool> kinds{true, false, true, true, true, false, false, false, true, true, true, true};
    for (const Item &i : r.items) {
        const bool differs = i.category == Category::AmountDiffers || i.category == Category::SettledDifferently;
        const Resolution res = r.state.resolutions.value(i.key);
        csvLine(out,
                {categoryLabel(i.category), QString::number(i.storeId), i.serial, QString::fromLatin1(i.voucherId),
                 time(i.redeemedMs), yuan(i.amountFen), differs ? yuan(i.expectedFen) : QString(),
                 differs ? yuan(i.actualFen) : QString(), i.detail, res.kind, res.note, res.actor},
                kinds);
    }
    out += u"\r\n"_s;
    csvLine(out, {ReportCsv::tr("Category"), ReportCsv::tr("Count"), ReportCsv::tr("Amount"), ReportCsv::tr("Difference")});
    for (int c = 0; c < kCategoryCount; ++c) {
        const CategoryTotal &t = r.totals[c];
        csvLine(out, {categoryLabel(static_cast<Category>(c)), QString::number(t.count), yuan(t.amountFen),
                      yuan(t.differenceFen)},
                {true, false, false, false});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace mc::reconcile
