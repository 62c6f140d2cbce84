// SalesHeadline: the GMV card (counter, comparison, split) beside a 2x2 grid of KPI tiles.
#include "ui/dashboard/salesheadline.h"

#include "ui/dashboard/accentlabel.h"
#include "ui/dashboard/channelsplit.h"
#include "ui/dashboard/figureformat.h"
#include "ui/dashboard/gmvcounter.h"
#include "ui/dashboard/kpitile.h"
#include "ui/page.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
enum class Better { Higher, Lower };

// "+12.3% vs yesterday at this time (¥1,000.00)", green when it moved the good way.
std::pair<QString, std::optional<Accent>> comparison(std::int64_t now, std::int64_t before, const QString &beforeText,
                                                     const FigureFormat &format, Better better = Better::Higher)
{
    const QString change = format.change(now, before);
    if (change.isEmpty())
        return {SalesHeadline::tr("None yesterday at this time"), std::nullopt};
    const bool good = better == Better::Higher ? now >= before : now <= before;
    return {SalesHeadline::tr("%1 vs yesterday at this time (%2)").arg(change, beforeText),
            good ? Accent::Live : Accent::Alert};
}
} // namespace

SalesHeadline::SalesHeadline(QWidget *parent) : QWidget(parent)
{
    m_gmvCard = new SectionCard(tr("Today's GMV"), this);
    m_gmvCard->setObjectName(u"gmv"_s);
    m_counter = new GmvCounter(m_gmvCard);
    m_counter->setObjectName(u"gmv.counter"_s);
    m_comparison = new AccentLabel(m_gmvCard);
    m_comparison->setObjectName(u"gmv.comparison"_s);
    m_staleNote = new AccentLabel(m_gmvCard);
    m_staleNote->setObjectName(u"gmv.stale"_s);
    m_staleNote->setAccent(Accent::Alert);
    m_staleNote->hide();
    m_split = new ChannelSplit(m_gmvCard);
    m_split->setObjectName(u"gmv.split"_s);
    auto *notes = new QHBoxLayout;
    notes->addWidget(m_comparison);
    notes->addStretch(1);
    notes->addWidget(m_staleNote);
    m_gmvCard->content()->addWidget(m_counter, 1);
    m_gmvCard->content()->addLayout(notes);
    m_gmvCard->content()->addSpacing(6);
    m_gmvCard->content()->addWidget(m_split);

    m_orders = new KpiTile(u"kpi.orders"_s, tr("Paid orders"), this);
    m_buyers = new KpiTile(u"kpi.buyers"_s, tr("Buyers"), this);
    m_averageOrder = new KpiTile(u"kpi.averageOrder"_s, tr("Average order value"), this);
    m_refunds = new KpiTile(u"kpi.refunds"_s, tr("Refunds"), this);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    tiles->addWidget(m_orders, 0, 0);
    tiles->addWidget(m_buyers, 0, 1);
    tiles->addWidget(m_averageOrder, 1, 0);
    tiles->addWidget(m_refunds, 1, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_gmvCard, 3);
    layout->addLayout(tiles, 2);
    setTypeScale(1.0);
}

SalesHeadline::~SalesHeadline() = default;

void SalesHeadline::showSnapshot(const metrics::DaySnapshot &s, const FigureFormat &format, bool animate)
{
    m_counter->setMasked(format.moneyMasked());
    m_counter->setTarget(s.total.gmvFen, animate);
    m_split->setSplit(s.online.gmvFen, s.inStore.gmvFen, format);
    const metrics::Totals &y = s.yesterdaySameTime;

    m_orders->setValue(format.count(s.total.orders));
    m_buyers->setValue(s.buyers == metrics::kNotCounted ? tr("…") : format.count(s.buyers));
    m_averageOrder->setValue(format.money(s.total.averageOrderFen()));
    m_refunds->setValue(format.money(s.total.refundFen));
    if (!s.hasYesterday) {
        const QString none = tr("No data for yesterday");
        m_comparison->setText(none);
        m_comparison->setAccent(std::nullopt);
        for (KpiTile *tile : {m_orders, m_averageOrder, m_refunds})
            tile->setNote(none);
    } else {
        const auto [gmvText, gmvAccent] = comparison(s.total.gmvFen, y.gmvFen, format.money(y.gmvFen), format);
        m_comparison->setText(gmvText);
        m_comparison->setAccent(gmvAccent);
        const auto [ordersText, ordersAccent] = comparison(s.total.orders, y.orders, format.count(y.orders), format);
        m_orders->setNote(ordersText, ordersAccent);
        const auto [aovText, aovAccent] =
            comparison(s.total.averageOrderFen(), y.averageOrderFen(), format.money(y.averageOrderFen()), format);
        m_averageOrder->setNote(aovText, aovAccent);
        const auto [refundText, refundAccent] =
            comparison(s.total.refundFen, y.refundFen, format.money(y.refundFen), format, Better::Lower);
        m_refunds->setNote(refundText, refundAccent);
    }
    m_buyers->setNote(s.buyers == metrics::kNotCounted ? tr("Counting buyers…") : tr("Distinct buyers with paid orders"));
}

void SalesHeadline::setStale(bool stale, const QString &asOf)
{
    m_counter->setStale(stale);
    m_staleNote->setVisible(stale);
    m_staleNote->setText(tr("Not live: figures as of %1").arg(asOf));
}

void SalesHeadline::setTypeScale(qreal scale)
{
    m_scale = scale;
    m_gmvCard->setTypeScale(scale * 1.1);
    setFontScale(m_counter, scale, true);
    m_counter->setMinimumHeight(static_cast<int>(96 * scale));
    setFontScale(m_comparison, scale * 1.05, false);
    setFontScale(m_staleNote, scale * 1.05, true);
    m_split->setTypeScale(scale);
    for (KpiTile *tile : {m_orders, m_buyers, m_averageOrder, m_refunds})
        tile->setTypeScale(scale);
}

} // namespace mc::ui
