// RankingTables: four cards in a row; views sort by kRawValueRole through a proxy.
#include "ui/dashboard/rankingtables.h"

#include "ui/dashboard/dashboardcolors.h"
#include "ui/dashboard/rankedtablemodel.h"
#include "ui/dashboard/sectioncard.h"
#include "ui/dashboard/sharebardelegate.h"
#include "ui/dashboard/stockrisktablemodel.h"
#include "ui/dashboard/twolinedelegate.h"
#include "ui/page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

RankingTables::RankingTables(QWidget *parent) : QWidget(parent)
{
    m_categories = new RankedTableModel(tr("Category"), tr("Orders"), this);
    m_provinces = new RankedTableModel(tr("Province"), tr("Orders"), this);
    m_products = new RankedTableModel(tr("Product"), tr("Units"), this);
    m_risks = new StockRiskTableModel(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(addTable(u"categories"_s, tr("Top categories"), m_categories), 6);
    layout->addWidget(addTable(u"provinces"_s, tr("Top provinces"), m_provinces), 5);
    layout->addWidget(addTable(u"products"_s, tr("Top products"), m_products), 7);

    auto *riskCard = new SectionCard(tr("Stock-out risk"), this);
    riskCard->setObjectName(u"table.stockRisk"_s);
    QTableView *risks = createView(u"stockRisk"_s, riskCard);
    auto *proxy = new QSortFilterProxyModel(risks);
    proxy->setSourceModel(m_risks);
    proxy->setSortRole(kRawValueRole);
    risks->setModel(proxy);
    // The location goes under the product name: one wide column instead of two cut short.
    risks->setColumnHidden(StockRiskTableModel::Location, true);
    // The rate is in the tooltip: stock and time left are what a glance needs.
    risks->setColumnHidden(StockRiskTableModel::Rate, true);
    risks->setItemDelegateForColumn(StockRiskTableModel::Product,
                                    new TwoLineDelegate(StockRiskTableModel::Location, risks));
    risks->horizontalHeader()->setSectionResizeMode(StockRiskTableModel::Product, QHeaderView::Stretch);
    m_riskView = risks;
    risks->sortByColumn(StockRiskTableModel::SellsOutIn, Qt::AscendingOrder);
    riskCard->content()->addWidget(risks, 1);
    m_cards.append(riskCard);
    layout->addWidget(riskCard, 8);
    // Widths in proportion to the stretch factors alone, whatever the rows hold.
    for (SectionCard *card : std::as_const(m_cards))
        card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    applyUrgencyColours();
}

RankingTables::~RankingTables() = default;

QTableView *RankingTables::createView(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(u"table."_s + name + u".view"_s);
    view->setFrameShape(QFrame::NoFrame);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
    // The card's colour shows through, so the tables read as part of their card.
    view->setBackgroundRole(QPalette::AlternateBase);
    view->viewport()->setBackgroundRole(QPalette::AlternateBase);
    m_views.append(view);
    return view;
}

SectionCard *RankingTables::addTable(const QString &name, const QString &title, RankedTableModel *model)
{
    auto *card = new SectionCard(title, this);
    card->setObjectName(u"table."_s + name);
    QTableView *view = createView(name, card);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(kRawValueRole);
    view->setModel(proxy);
    view->horizontalHeader()->setSectionResizeMode(RankedTableModel::Name, QHeaderView::Stretch);
    view->setItemDelegateForColumn(RankedTableModel::Name, new ShareBarDelegate(RankedTableModel::Gmv, view));
    // The order is the rank and the bar the share: room for the names instead.
    view->setColumnHidden(RankedTableModel::Rank, true);
    view->setColumnHidden(RankedTableModel::Share, true);
    // A top ten on a short screen shows its leaders and scrolls by wheel; a scroll bar would
    // take the width the names need in a narrow card.
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->sortByColumn(RankedTableModel::Rank, Qt::AscendingOrder);
    card->content()->addWidget(view, 1);
    m_cards.append(card);
    return card;
}

void RankingTables::showSnapshot(const metrics::DaySnapshot &s)
{
    m_categories->setRanking(s.categories, s.total.gmvFen, kTopRows);
    m_provinces->setRanking(s.provinces, s.total.gmvFen, kTopRows);
    m_products->setRanking(s.skus, s.total.gmvFen, kTopRows);
    m_risks->setRisks(s.stockRisks, kRiskRows);
}

void RankingTables::setMoneyMasked(bool masked)
{
    for (RankedTableModel *model : {m_categories, m_provinces, m_products})
        model->setMoneyMasked(masked);
}

void RankingTables::setTypeScale(qreal scale)
{
    for (SectionCard *card : std::as_const(m_cards))
        card->setTypeScale(scale);
    for (QTableView *view : std::as_const(m_views)) {
        setFontScale(view, scale, false);
        setFontScale(view->horizontalHeader(), scale * 0.9, false);
        const int lines = view == m_riskView ? view->fontMetrics().height() +
                                                   QFontMetrics(TwoLineDelegate::secondLineFont(view->font())).height()
                                             : view->fontMetrics().height();
        view->verticalHeader()->setDefaultSectionSize(lines + 8);
    }
}

void RankingTables::applyUrgencyColours()
{
    m_risks->setUrgencyColours(accentColor(Accent::Alert, palette()), accentColor(Accent::Warning, palette()));
}

void RankingTables::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyUrgencyColours();
    QWidget::changeEvent(event);
}

} // namespace mc::ui
