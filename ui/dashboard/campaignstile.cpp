// Campaigns tile: labels made once and only re-texted, so a 5 Hz snapshot costs no layout churn.
#include "ui/dashboard/campaignstile.h"

#include "ui/dashboard/accentlabel.h"
#include "ui/dashboard/figureformat.h"
#include "ui/page.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

QLabel *cell(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    return l;
}

QString channelText(const core::CampaignChannelToday &c, const FigureFormat &f)
{
    return CampaignsTile::tr("%n order(s) · %1", nullptr, int(std::min<std::int64_t>(c.orders, INT_MAX)))
        .arg(f.money(c.discountFen));
}

} // namespace

CampaignsTile::CampaignsTile(QWidget *parent) : SectionCard(tr("Campaigns today"), parent)
{
    setObjectName(u"dashboard.campaigns"_s);
    m_value = new QLabel(this);
    m_value->setObjectName(u"dashboard.campaigns.value"_s);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new AccentLabel(this);
    m_note->setObjectName(u"dashboard.campaigns.note"_s);
    m_note->setWordWrap(true);
    content()->addWidget(m_value);
    content()->addWidget(m_note);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(16);
    const QStringList headers{tr("Campaign"), tr("Online"), tr("In store"), tr("Cost to date / budget")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new AccentLabel(this); // muted: a column caption
        h->setText(headers[c]);
        h->setWordWrap(true);
        grid->addWidget(h, 0, c);
        m_headers.append(h);
    }
    for (int r = 0; r < kRowsShown; ++r) {
        const QString prefix = u"dashboard.campaigns.row%1."_s.arg(r);
        Row row{cell(this, prefix + u"name"_s), cell(this, prefix + u"online"_s), cell(this, prefix + u"store"_s),
                new AccentLabel(this)};
        row.budget->setObjectName(prefix + u"budget"_s);
        row.budget->setWordWrap(true);
        grid->addWidget(row.name, r + 1, 0);
        grid->addWidget(row.online, r + 1, 1);
        grid->addWidget(row.inStore, r + 1, 2);
        grid->addWidget(row.budget, r + 1, 3);
        m_rows.append(row);
    }
    grid->setColumnStretch(0, 3);
    for (int c = 1; c < 4; ++c)
        grid->setColumnStretch(c, 2);
    content()->addLayout(grid);
    CampaignsTile::setTypeScale(1.0);
    hide();
}

CampaignsTile::~CampaignsTile() = default;

void CampaignsTile::showCampaigns(const QList<core::CampaignToday> &campaigns, const FigureFormat &f)
{
    setVisible(!campaigns.isEmpty());
    std::int64_t cost = 0;
    std::int64_t orders = 0;
    int live = 0;
    for (const core::CampaignToday &c : campaigns) {
        cost += c.discountTodayFen(); // each at most a day of orders: far from overflowing
        orders += c.ordersToday();
        live += c.live ? 1 : 0;
    }
    m_value->setText(f.money(cost));
    // An order two campaigns applied to counts once for each: these are uses, not orders.
    m_note->setText(tr("discount given in %1 · %n campaign(s) live", nullptr, live).arg(
        tr("%n use(s)", nullptr, int(std::min<std::int64_t>(orders, INT_MAX)))));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const bool shown = r < campaigns.size();
        for (QWidget *w : std::initializer_list<QWidget *>{row.name, row.online, row.inStore, row.budget})
            w->setVisible(shown);
        if (!shown)
            continue;
        const core::CampaignToday &c = campaigns[r];
        row.name->setText(c.name.isEmpty() ? c.campaignId : c.name);
        row.online->setText(channelText(c.online, f));
        row.inStore->setText(channelText(c.inStore, f));
        if (c.budgetFen > 0) {
            row.budget->setText(tr("%1 of %2 (%3)").arg(f.money(c.costToDateFen), f.money(c.budgetFen),
                                                         f.share(c.costToDateFen, c.budgetFen)));
            // Near the cap the merchant should look: amber from 80 %, red once spent.
            const std::optional<Accent> accent = c.costToDateFen >= c.budgetFen ? std::optional(Accent::Alert)
                                                 : c.costToDateFen * 5 >= c.budgetFen * 4 ? std::optional(Accent::Warning)
                                                                                          : std::nullopt;
            row.budget->setAccent(accent);
        } else {
            row.budget->setText(tr("%1 · no cap").arg(f.money(c.costToDateFen)));
            row.budget->setAccent(std::nullopt);
        }
    }
    for (QLabel *h : m_headers)
        h->setVisible(!campaigns.isEmpty());
}

void CampaignsTile::setTypeScale(qreal scale)
{
    SectionCard::setTypeScale(scale * 0.95);
    setFontScale(m_value, scale * 1.5, true);
    setFontScale(m_note, scale * 0.9, false);
    for (QLabel *h : m_headers)
        setFontScale(h, scale * 0.85, false);
    for (const Row &row : m_rows) {
        setFontScale(row.name, scale, true);
        for (QLabel *l : {row.online, row.inStore, static_cast<QLabel *>(row.budget)})
            setFontScale(l, scale, false);
    }
}

} // namespace mc::ui
