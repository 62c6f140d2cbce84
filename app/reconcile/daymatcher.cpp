#include "app/reconcile/daymatcher.h"

#include "app/core/checkedmath.h"
#include "app/core/money.h"
#include "app/protocol/settlementterms.h"
#include "app/protocol/toptime.h"

#include <QHash>
#include <QSet>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

// User-visible messages (context mc::reconcile::DayMatcher).
struct DayMatcherText
{
    Q_DECLARE_TR_FUNCTIONS(mc::reconcile::DayMatcher)
};

namespace {

class Matcher
{
public:
    Matcher(const DaySources &sources, std::int64_t nowMs) : m_in(sources), m_now(nowMs)
    {
        m_out.scope = sources.scope;
        m_out.generatedMs = nowMs;
        m_out.tillImported = sources.tillImported;
    }

    DayReport run()
    {
        validate();
        for (const CounterRow *c : std::as_const(m_counter))
            matchCounter(*c);
        for (const PlatformRow *p : std::as_const(m_platform))
            if (!m_counterBySerial.contains(p->serial))
                add(item(Category::PlatformOnly, p->serial, p->voucherId, p->code, p->storeId, p->redeemedMs,
                         platformFen(*p), p->operatorId));
        for (const SettlementRow *s : std::as_const(m_settlements))
            if (!m_platformBySerial.contains(s->serial) && !m_counterBySerial.contains(s->serial)) {
                Item i = item(Category::SettledDifferently, s->serial, s->voucherId, {}, s->storeId, s->redeemedMs,
                              s->grossFen, DayMatcherText::tr("settled without a redemption on record"));
                i.expectedFen = 0;
                i.actualFen = s->amountFen;
                add(i);
            }
        if (m_in.tillImported)
            matchTill();
        // Discrepancies only: a matched redemption's sources agree, and formatting 100,000
        // stories would cost a third of the whole day's report.
        for (Item &item : m_out.items)
            if (item.category != Category::Matched)
                item.history = history(item.serial);
        return std::move(m_out);
    }

private:
    bool inScope(std::int64_t storeId, std::int64_t redeemedMs, QString *why) const
    {
        if (!m_in.scope.allStores() && storeId != m_in.scope.storeId) {
            *why = DayMatcherText::tr("store %1 is not the store reconciled").arg(storeId);
            return false;
        }
        if (redeemedMs < m_in.scope.startMs() || redeemedMs >= m_in.scope.endMs()) {
            *why = DayMatcherText::tr("redeemed outside the day");
            return false;
        }
        return true;
    }
    static bool amountOk(std::int64_t fen) { return fen >= 0 && fen <= kMaxRecordFen; }
    void setAside(const QString &source, const QString &key, const QString &reason)
    {
        m_out.setAside.append({source, key, reason});
    }
    void sum(std::int64_t &total, std::int64_t add)
    {
        if (!core::checkedAdd(total, add, total))
            m_out.overflow = true;
    }
    static std::int64_t counterFen(const CounterRow &c) { return c.faceValueFen * c.consumeNum; }
    static std::int64_t platformFen(const PlatformRow &p) { return p.faceValueFen * p.consumeNum; }

    void validate()
    {
        static const QSet<QString> kUploadStates{u"pending"_s, u"confirmed"_s, u"refused"_s, u"conflict"_s};
        static const QSet<QString> kSettlementStates{u"settled"_s, u"late"_s, u"adjusted"_s, u"withheld"_s};
        QString why;
        for (const CounterRow &c : m_in.counter) {
            if (c.serial.isEmpty())
                why = DayMatcherText::tr("no serial");
            else if (m_counterBySerial.contains(c.serial))
                why = DayMatcherText::tr("serial recorded twice");
            else if (!amountOk(c.faceValueFen) || c.consumeNum < 1 || c.consumeNum > 100)
                why = DayMatcherText::tr("face value or uses out of range");
            else if (!kUploadStates.contains(c.uploadState))
                why = DayMatcherText::tr("unknown upload state '%1'").arg(c.uploadState);
            else if (inScope(c.storeId, c.redeemedMs, &why))
                why.clear();
            if (!why.isEmpty()) {
                setAside(u"counter"_s, c.serial, why);
                continue;
            }
            m_counterBySerial.insert(c.serial, &c);
            m_counter.append(&c);
            ++m_out.sources.counterCount;
            sum(m_out.sources.counterFen, counterFen(c));
        }
        for (const PlatformRow &p : m_in.platform) {
            why.clear();
            if (p.serial.isEmpty() || p.voucherId.isEmpty())
                why = DayMatcherText::tr("no serial or voucher");
            else if (m_platformBySerial.contains(p.serial))
                why = DayMatcherText::tr("serial listed twice");
            else if (!amountOk(p.faceValueFen) || p.consumeNum < 1 || p.consumeNum > 100)
                why = DayMatcherText::tr("face value or uses out of range");
            else if (inScope(p.storeId, p.redeemedMs, &why))
                why.clear();
            if (!why.isEmpty()) {
                setAside(u"platform"_s, p.serial, why);
                continue;
            }
            m_platformBySerial.insert(p.serial, &p);
            m_platform.append(&p);
            ++m_out.sources.platformCount;
            sum(m_out.sources.platformFen, platformFen(p));
        }
        for (const PlatformRow &p : m_in.elsewhere)
            m_elsewhere.insert(p.voucherId, &p);
        for (const SettlementRow &s : m_in.settlements) {
            why.clear();
            if (s.serial.isEmpty())
                why = DayMatcherText::tr("no serial");
            else if (m_settlementBySerial.contains(s.serial))
                why = DayMatcherText::tr("settled twice");
            else if (!amountOk(s.grossFen) || s.commissionFen < 0 || s.commissionFen > s.grossFen ||
                     s.amountFen < 0 || s.amountFen > s.grossFen || s.commissionBp < 0 || s.commissionBp > 10'000)
                why = DayMatcherText::tr("amounts out of range");
            else if (!kSettlementStates.contains(s.status))
                why = DayMatcherText::tr("unknown settlement status '%1'").arg(s.status);
            else if (inScope(s.storeId, s.redeemedMs, &why))
                why.clear();
            if (!why.isEmpty()) {
                setAside(u"settlement"_s, s.serial, why);
                continue;
            }
            m_settlementBySerial.insert(s.serial, &s);
            m_settlements.append(&s);
            ++m_out.sources.settlementCount;
            sum(m_out.sources.settlementGrossFen, s.grossFen);
            sum(m_out.sources.settlementCommissionFen, s.commissionFen);
            sum(m_out.sources.settlementPaidFen, s.amountFen);
        }
        QSet<QString> tillKeys;
        for (const TillRow &t : m_in.till) {
            const QString key = u"%1:%2"_s.arg(t.receipt, QString::fromLatin1(t.code));
            if (t.code.isEmpty() || t.amountFen <= 0 || t.amountFen > kMaxRecordFen)
                setAside(u"till"_s, u"line %1"_s.arg(t.line), DayMatcherText::tr("no voucher code or amount out of range"));
            else if (tillKeys.contains(key))
                setAside(u"till"_s, u"line %1"_s.arg(t.line), DayMatcherText::tr("receipt and code listed twice"));
            else {
                tillKeys.insert(key);
                m_till.append(&t);
                ++m_out.sources.tillCount;
                sum(m_out.sources.tillFen, t.amountFen);
            }
        }
    }

    Item item(Category category, const QString &serial, const QByteArray &voucherId, const QByteArray &code,
              std::int64_t storeId, std::int64_t redeemedMs, std::int64_t amountFen, const QString &detail) const
    {
        Item i;
        i.category = category;
        i.key = categoryKey(category) + u':' + serial;
        i.serial = serial;
        i.voucherId = voucherId;
        i.code = code;
        i.storeId = storeId;
        i.redeemedMs = redeemedMs;
        i.amountFen = amountFen;
        i.detail = detail;
        return i;
    }

    void add(const Item &i)
    {
        CategoryTotal &t = m_out.totals[static_cast<int>(i.category)];
        ++t.count;
        sum(t.amountFen, i.amountFen);
        std::int64_t difference = 0;
        if (!core::checkedAdd(i.actualFen, -i.expectedFen, difference))
            m_out.overflow = true;
        sum(t.differenceFen, difference);
        m_out.items.append(i);
    }

    void matchCounter(const CounterRow &c)
    {
        const std::int64_t fen = counterFen(c);
        Item base = item(Category::Matched, c.serial, c.voucherId, c.code, c.storeId, c.redeemedMs, fen, {});
        if (c.uploadState == u"refused") {
            base = item(Category::RefusedByPlatform, c.serial, c.voucherId, c.code, c.storeId, c.redeemedMs, fen,
                        c.platformMessage);
            return add(base);
        }
        if (c.uploadState == u"conflict") {
            QStringList where;
            for (auto it = m_elsewhere.constFind(c.voucherId); it != m_elsewhere.cend() && it.key() == c.voucherId;
                 ++it)
                if (it.value()->serial != c.serial)
                    where << DayMatcherText::tr("store %1").arg(it.value()->storeId);
            QString detail = c.platformMessage;
            if (!where.isEmpty())
                detail = DayMatcherText::tr("used at %1; %2").arg(where.join(u", "_s), detail);
            return add(item(Category::TwoStores, c.serial, c.voucherId, c.code, c.storeId, c.redeemedMs, fen, detail));
        }
        const PlatformRow *p = m_platformBySerial.value(c.serial);
        if (!p) {
            Item i = item(Category::PendingUpload, c.serial, c.voucherId, c.code, c.storeId, c.redeemedMs, fen,
                          c.uploadState == u"confirmed"
                              ? DayMatcherText::tr("confirmed by the platform, not in its records fetched so far")
                              : c.platformMessage);
            i.ageMs = std::max<std::int64_t>(0, m_now - c.redeemedMs);
            return add(i);
        }
        if (p->faceValueFen != 0 && platformFen(*p) != fen) {
            Item i = item(Category::AmountDiffers, c.serial, c.voucherId, c.code, c.storeId, c.redeemedMs, fen,
                          DayMatcherText::tr("the platform recorded another amount"));
            i.expectedFen = fen;
            i.actualFen = platformFen(*p);
            return add(i);
        }
        matchSettlement(base);
    }

    void matchSettlement(Item i)
    {
        const SettlementRow *s = m_settlementBySerial.value(i.serial);
        if (!s) {
            i.category = Category::NotYetSettled;
            i.key = categoryKey(i.category) + u':' + i.serial;
            i.overdue = m_now >= protocol::settlementDueMs(i.redeemedMs);
            const QString due = QString::fromLatin1(protocol::formatTopTime(protocol::settlementDueMs(i.redeemedMs)));
            i.detail = (i.overdue ? DayMatcherText::tr("overdue since %1") : DayMatcherText::tr("due %1")).arg(due);
            return add(i);
        }
        const std::int64_t expected = i.amountFen - protocol::commissionFen(i.amountFen, s->commissionBp).value_or(0);
        if (s->status != u"settled" || s->grossFen != i.amountFen || s->amountFen != expected) {
            i.category = Category::SettledDifferently;
            i.key = categoryKey(i.category) + u':' + i.serial;
            i.expectedFen = expected;
            i.actualFen = s->amountFen;
            i.detail = s->note.isEmpty() ? s->status : s->status + u": " + s->note;
            return add(i);
        }
        add(i);
    }

    // Till lines by voucher code, one redemption each; accepted redemptions only.
    void matchTill()
    {
        struct Candidate
        {
            QString serial;
            QByteArray voucherId;
            std::int64_t storeId;
            std::int64_t redeemedMs;
            std::int64_t fen;
            bool used = false;
        };
        QMultiHash<QByteArray, int> byCode;
        QList<Candidate> candidates;
        for (const CounterRow *c : std::as_const(m_counter))
            if (c->uploadState != u"refused" && c->uploadState != u"conflict") {
                byCode.insert(c->code, static_cast<int>(candidates.size()));
                candidates.append({c->serial, c->voucherId, c->storeId, c->redeemedMs, counterFen(*c)});
            }
        for (const PlatformRow *p : std::as_const(m_platform))
            if (!m_counterBySerial.contains(p->serial)) {
                byCode.insert(p->code, static_cast<int>(candidates.size()));
                candidates.append({p->serial, p->voucherId, p->storeId, p->redeemedMs, platformFen(*p)});
            }
        for (const TillRow *t : std::as_const(m_till)) {
            int found = -1;
            for (auto it = byCode.constFind(t->code); it != byCode.cend() && it.key() == t->code; ++it)
                if (!candidates[it.value()].used && (found < 0 || it.value() < found))
                    found = it.value();
            const QString detail = DayMatcherText::tr("receipt %1, line %2").arg(t->receipt).arg(t->line);
            if (found < 0) {
                Item i = item(Category::TillWithoutRedemption, {}, {}, t->code, m_in.scope.storeId, 0, t->amountFen,
                              detail);
                i.key = u"till:%1:%2"_s.arg(t->receipt, QString::fromLatin1(t->code));
                add(i);
                continue;
            }
            Candidate &c = candidates[found];
            c.used = true;
            if (c.fen != t->amountFen) {
                Item i = item(Category::AmountDiffers, c.serial, c.voucherId, t->code, c.storeId, c.redeemedMs, c.fen,
                              DayMatcherText::tr("the till took another amount (%1)").arg(detail));
                i.key = u"till:%1:%2"_s.arg(t->receipt, QString::fromLatin1(t->code));
                i.expectedFen = c.fen;
                i.actualFen = t->amountFen;
                add(i);
            }
        }
        for (const Candidate &c : std::as_const(candidates))
            if (!c.used)
                add(item(Category::RedemptionWithoutTill, c.serial, c.voucherId, {}, c.storeId, c.redeemedMs, c.fen,
                         {}));
    }

    static QString when(std::int64_t ms) { return QString::fromLatin1(protocol::formatTopTime(ms)); }
    static QString money(std::int64_t fen) { return core::Money::fromMinor(fen).toDecimalString(); }

    // The redemption's story as each source tells it.
    QStringList history(const QString &serial) const
    {
        QStringList out;
        if (serial.isEmpty())
            return out;
        if (const CounterRow *c = m_counterBySerial.value(serial)) {
            out << DayMatcherText::tr("Counter: redeemed by %1 at %2 (entry %3); upload %4")
                       .arg(c->operatorName, when(c->redeemedMs))
                       .arg(c->seq)
                       .arg(c->uploadState);
            if (!c->platformMessage.isEmpty())
                out.last() += u": "_s + c->platformMessage;
        }
        if (const PlatformRow *p = m_platformBySerial.value(serial))
            out << DayMatcherText::tr("Platform: recorded at %1, redeemed at %2 by %3 at store %4")
                       .arg(when(p->recordedMs), when(p->redeemedMs), p->operatorId)
                       .arg(p->storeId);
        if (const SettlementRow *s = m_settlementBySerial.value(serial))
            out << DayMatcherText::tr("Settlement: %1 at %2, %3 paid of %4 (commission %5)")
                       .arg(s->status, when(s->settledMs), money(s->amountFen), money(s->grossFen),
                            money(s->commissionFen));
        return out;
    }

    const DaySources &m_in;
    std::int64_t m_now;
    DayReport m_out;
    QList<const CounterRow *> m_counter;
    QList<const PlatformRow *> m_platform;
    QList<const SettlementRow *> m_settlements;
    QList<const TillRow *> m_till;
    QHash<QString, const CounterRow *> m_counterBySerial;
    QHash<QString, const PlatformRow *> m_platformBySerial;
    QHash<QString, const SettlementRow *> m_settlementBySerial;
    QMultiHash<QByteArray, const PlatformRow *> m_elsewhere;
};

} // namespace

DayReport matchDay(const DaySources &sources, std::int64_t nowMs)
{
    return Matcher(sources, nowMs).run();
}

} // namespace mc::reconcile
