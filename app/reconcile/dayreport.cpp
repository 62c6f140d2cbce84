#include "app/reconcile/dayreport.h"

#include "app/protocol/toptime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mc::reconcile {

namespace {
struct CategoryName
{
    const char *key;
    const char *label;
};
constexpr CategoryName kNames[kCategoryCount] = {
    {"matched", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Matched")},
    {"pending-upload", QT_TRANSLATE_NOOP("mc::reconcile::Category", "At the counter, not yet at the platform")},
    {"refused", QT_TRANSLATE_NOOP("mc::reconcile::Category", "At the counter, refused by the platform")},
    {"platform-only", QT_TRANSLATE_NOOP("mc::reconcile::Category", "At the platform, not at this counter")},
    {"two-stores", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Same voucher at two stores")},
    {"amount-differs", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Amount differs")},
    {"not-yet-settled", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Not yet settled")},
    {"settled-differently", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Settled differently")},
    {"till-without-redemption", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Till sale without redemption")},
    {"redemption-without-till", QT_TRANSLATE_NOOP("mc::reconcile::Category", "Redemption without till sale")},
};
} // namespace

std::int64_t DayScope::startMs() const
{
    // Beijing has no daylight saving time: a fixed offset of +8 h.
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

std::int64_t DayScope::endMs() const
{
    return QDateTime(day.addDays(1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

int DayReport::discrepancyCount() const
{
    int n = 0;
    for (const Item &item : items)
        n += item.category == Category::Matched ? 0 : 1;
    return n;
}

QString categoryKey(Category category)
{
    return QString::fromLatin1(kNames[static_cast<int>(category)].key);
}

QString categoryLabel(Category category)
{
    return QCoreApplication::translate("mc::reconcile::Category", kNames[static_cast<int>(category)].label);
}

QString figuresFingerprint(const DayReport &report)
{
    QStringList parts;
    for (int c = 0; c < kCategoryCount; ++c) {
        const CategoryTotal &t = report.totals[c];
        parts << u"%1=%2/%3/%4"_s.arg(categoryKey(static_cast<Category>(c))).arg(t.count).arg(t.amountFen).arg(
            t.differenceFen);
    }
    const SourceTotals &s = report.sources;
    parts << u"counter=%1/%2"_s.arg(s.counterCount).arg(s.counterFen)
          << u"platform=%1/%2"_s.arg(s.platformCount).arg(s.platformFen)
          << u"settled=%1/%2/%3"_s.arg(s.settlementCount).arg(s.settlementGrossFen).arg(s.settlementPaidFen)
          << u"till=%1/%2"_s.arg(s.tillCount).arg(s.tillFen) << u"set-aside=%1"_s.arg(report.setAside.size());
    return parts.join(u' ');
}

} // namespace mc::reconcile
