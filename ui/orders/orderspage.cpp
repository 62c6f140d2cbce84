#include "ui/orders/orderspage.h"

#include "app/workspace/orderbrowser.h"
#include "ui/orders/orderdetailview.h"
#include "ui/orders/orderfilterbar.h"
#include "ui/orders/ordersmodel.h"
#include "ui/exportcontrol.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>


using namespace Qt::StringLiterals;

namespace mc::ui {

OrdersPage::OrdersPage(const QString &title, const QString &summary, QWidget *parent)
    : Page(title, summary, parent), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_model(new OrdersModel(this))
{
    workspace::registerWorkspaceMetaTypes();
    m_filters = new OrderFilterBar(this);
    connect(m_filters, &OrderFilterBar::changed, this, &OrdersPage::applyFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(u"orders.table"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: no per-row sizing
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {150, 140, 110, 130, 110, 90, 50};
    for (int c = 0; c < OrdersModel::Product; ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::selectionChanged);
    connect(m_model, &OrdersModel::countChanged, this, &OrdersPage::showCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_waitingForRow >= from.row() && m_waitingForRow <= to.row())
            selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_waitingForRow = -1; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first == 0 && m_model->matches() > last + 1)
            keepViewOnArrival(last + 1);
    });

    m_detail = new OrderDetailView(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({3000, 1000}); // the list gets the room; the detail a quarter

    body()->setSpacing(8);
    body()->addWidget(m_filters);
    body()->addWidget(createToolbar());
    body()->addWidget(split, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filters, &OrderFilterBar::focusSearch);
    addAction(find);
    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &OrdersPage::reload);
    addAction(refresh);
}

OrdersPage::~OrdersPage()
{
    if (m_browser)
        m_browser->cancelExport();
}

QWidget *OrdersPage::createToolbar()
{
    auto *bar = new QWidget(this);
    m_count = new QLabel(bar);
    m_count->setObjectName(u"orders.count"_s);
    scaleFont(m_count, 1.0, true);
    m_index = new QLabel(bar);
    m_index->setObjectName(u"orders.index"_s);
    makeMuted(m_index);
    m_index->hide();
    m_export = new ExportControl(u"orders"_s, tr("Export orders"), u"orders"_s, bar);
    m_export->setTooltip(tr("Save the orders of this list as a CSV file for Excel or WPS"));
    connect(m_export, &ExportControl::exportRequested, this,
            [this](const QString &path) { Q_EMIT exportRequested(m_model->filter(), path); });
    connect(m_export, &ExportControl::cancelRequested, this, [this] {
        if (m_browser)
            m_browser->cancelExport();
    });
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(m_index);
    layout->addStretch(1);
    layout->addWidget(m_export);
    return bar;
}

void OrdersPage::setBrowser(workspace::OrderBrowser *browser)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_browser = browser;
    if (!browser)
        return;
    using workspace::OrderBrowser;
    m_connections = {
        connect(m_model, &OrdersModel::filterRequested, browser, &OrderBrowser::setFilter),
        connect(m_model, &OrdersModel::rowsRequested, browser, &OrderBrowser::fetchRows),
        connect(this, &OrdersPage::detailRequested, browser, &OrderBrowser::fetchDetail),
        connect(this, &OrdersPage::exportRequested, browser, &OrderBrowser::exportCsv),
        connect(browser, &OrderBrowser::rowsReady, m_model, &OrdersModel::addRows),
        connect(browser, &OrderBrowser::counted, m_model, &OrdersModel::setCounted),
        connect(browser, &OrderBrowser::rowsArrived, m_model, &OrdersModel::insertArrived),
        connect(browser, &OrderBrowser::rowsChanged, m_model, &OrdersModel::markChanged),
        connect(browser, &OrderBrowser::rowsChanged, this, [this] {
            if (m_selectedTid != 0)
                Q_EMIT detailRequested(m_selectedTid);
        }),
        connect(browser, &OrderBrowser::detailReady, this, &OrdersPage::showDetail),
        // Orders inserted inside the list moved the rows below them: follow the selected order.
        connect(browser, &OrderBrowser::rowsMoved, this, [this](quint64 generation) {
            if (m_selectedTid != 0 && m_browser)
                QMetaObject::invokeMethod(m_browser, [b = m_browser, generation, tid = m_selectedTid] {
                    b->locate(generation, tid);
                });
        }),
        connect(browser, &OrderBrowser::located, this, &OrdersPage::followSelection),
        connect(browser, &OrderBrowser::searchIndexProgress, this, &OrdersPage::showIndexState),
        connect(browser, &OrderBrowser::exportProgress, m_export, &ExportControl::progress),
        connect(browser, &OrderBrowser::exportFinished, m_export, &ExportControl::finished),
    };
    // The list is built when the page is first shown: a console that never opens it pays nothing.
    if (isVisible())
        applyFilter();
}

void OrdersPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_browser && m_model->generation() == 0)
        applyFilter();
}

void OrdersPage::setLocations(const QList<core::Location> &locations)
{
    m_locationNames.clear();
    for (const core::Location &l : locations)
        m_locationNames.insert(l.id, l.name);
    m_filters->setLocations(locations);
    m_model->setLocationNames(m_locationNames);
}

void OrdersPage::reload()
{
    applyFilter();
}

void OrdersPage::applyFilter()
{
    if (const QString problem = m_filters->amountProblem(); !problem.isEmpty()) {
        m_count->setText(problem);
        return;
    }
    m_model->setFilter(m_filters->filter(m_nowMs()));
}

void OrdersPage::showCount(qint64 matches, bool complete)
{
    const QString n = QLocale().toString(matches);
    m_count->setText(complete ? tr("Orders: %1").arg(n) : tr("Counting… %1 so far").arg(n));
    // The selection survives new rows; bring it back after a reload if its row is loaded.
    if (m_selectedTid != 0 && !m_table->selectionModel()->hasSelection()) {
        const int row = m_model->rowOfOrder(m_selectedTid);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void OrdersPage::showIndexState(const workspace::SearchIndexState &state)
{
    if (state.complete()) {
        m_index->hide();
        return;
    }
    const qint64 total = state.indexed + state.remaining;
    const int percent = total > 0 ? static_cast<int>(state.indexed * 100 / total) : 100;
    m_index->setText(tr("Search index %1% built: searching by title or buyer is slower until it is done").arg(percent));
    m_index->show();
}

void OrdersPage::selectionChanged()
{
    if (m_following)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto row = m_model->rowAt(rows.first().row());
    if (!row) { // its page is on its way: the detail follows when it arrives
        m_waitingForRow = rows.first().row();
        return;
    }
    m_waitingForRow = -1;
    m_selectedTid = row->tid;
    Q_EMIT detailRequested(row->tid);
}

void OrdersPage::showDetail(const workspace::OrderDetail &detail)
{
    if (detail.order.tid == m_selectedTid)
        m_detail->showDetail(detail, m_locationNames);
}

void OrdersPage::followSelection(quint64 generation, qint64 tid, qint64 row)
{
    if (generation != m_model->generation() || tid != m_selectedTid || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int was = selected.isEmpty() ? -1 : selected.first().row();
    if (was == row)
        return;
    m_following = true; // the row's data may be refreshing: the selected order is known
    m_table->selectionModel()->select(m_model->index(static_cast<int>(row), 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_following = false;
    if (was >= 0) // what the merchant was looking at stays where it was on screen
        m_table->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value() + static_cast<int>(row - was));
}

void OrdersPage::keepViewOnArrival(int added)
{
    // At the top, the merchant watches new orders come in; scrolled down, what they read stays.
    QScrollBar *bar = m_table->verticalScrollBar();
    if (bar->value() > 0)
        bar->setValue(bar->value() + added);
}

void OrdersPage::exportCsv(const QString &path)
{
    if (m_browser)
        m_export->start(path, m_model->matches());
}

} // namespace mc::ui
