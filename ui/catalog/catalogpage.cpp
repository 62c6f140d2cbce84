#include "ui/catalog/catalogpage.h"

#include "app/workspace/catalogtext.h"
#include "ui/catalog/catalogfilterbar.h"
#include "ui/catalog/catalogmodel.h"
#include "ui/exportcontrol.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace mc::ui {

quint64 nextCatalogGeneration()
{
    static std::atomic<quint64> generation{0};
    return ++generation;
}

CatalogPage::CatalogPage(const QString &title, const QString &summary, QWidget *parent)
    : Page(title, summary, parent), m_model(new CatalogModel(this))
{
    workspace::registerCatalogMetaTypes();
    m_filters = new CatalogFilterBar(u"catalog"_s, this);
    connect(m_filters, &CatalogFilterBar::changed, this, &CatalogPage::reload);
    connect(m_filters, &CatalogFilterBar::codeEntered, this, &CatalogPage::goToCode);

    m_table = new QTableView(this);
    m_table->setObjectName(u"catalog.table"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {210, 110, 110, 80, 72, 72, 72};
    for (int c = 0; c < CatalogModel::Low; ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogPage::selectionChanged);

    m_count = new QLabel(this);
    m_count->setObjectName(u"catalog.count"_s);
    scaleFont(m_count, 1.0, true);
    m_export = new ExportControl(u"catalog"_s, tr("Export catalog"), u"catalog"_s, this);
    m_export->setTooltip(tr("Save the products of this list as a CSV file for Excel or WPS"));
    connect(m_export, &ExportControl::exportRequested, this, [this](const QString &path) {
        Q_EMIT exportRequested(workspace::CatalogBrowser::ExportKind::Catalog, m_filters->filter(), path);
    });
    connect(m_export, &ExportControl::cancelRequested, this, [this] {
        if (m_browser)
            m_browser->cancelExport();
    });
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    toolbar->addWidget(m_export);

    auto *side = new QWidget(this);
    m_selected = new QLabel(tr("Select a product to see its stock in each location."), side);
    m_selected->setObjectName(u"catalog.selected"_s);
    m_selected->setWordWrap(true);
    m_locations = new QTableWidget(0, 2, side);
    m_locations->setObjectName(u"catalog.locations"_s);
    m_locations->setHorizontalHeaderLabels({tr("Location"), tr("Stock")});
    m_locations->verticalHeader()->hide();
    m_locations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_locations->setSelectionMode(QAbstractItemView::NoSelection);
    m_locations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_locations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_selected);
    sideLayout->addWidget(m_locations, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({3000, 1000});

    body()->setSpacing(8);
    body()->addWidget(m_filters);
    body()->addLayout(toolbar);
    body()->addWidget(split, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filters, &CatalogFilterBar::focusSearch);
    addAction(find);
}

CatalogPage::~CatalogPage()
{
    if (m_browser)
        m_browser->cancelExport();
}

void CatalogPage::setBrowser(workspace::CatalogBrowser *browser)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_browser = browser;
    if (!browser)
        return;
    using workspace::CatalogBrowser;
    m_connections = {
        connect(this, &CatalogPage::filterRequested, browser, &CatalogBrowser::setFilter),
        connect(this, &CatalogPage::stockRequested, browser, &CatalogBrowser::fetchStock),
        connect(this, &CatalogPage::exportRequested, browser, &CatalogBrowser::exportCsv),
        connect(browser, &CatalogBrowser::rowsReady, this, &CatalogPage::showRows),
        connect(browser, &CatalogBrowser::locationsReady, this, &CatalogPage::showLocations),
        connect(browser, &CatalogBrowser::stockReady, this, &CatalogPage::showStock),
        connect(browser, &CatalogBrowser::changed, this, [this] {
            if (isVisible())
                reload();
        }),
        connect(browser, &CatalogBrowser::exportProgress, m_export, &ExportControl::progress),
        connect(browser, &CatalogBrowser::exportFinished, m_export, &ExportControl::finished),
    };
    if (isVisible())
        reload();
}

void CatalogPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_browser)
        reload();
}

void CatalogPage::reload()
{
    if (!m_browser)
        return;
    m_generation = nextCatalogGeneration();
    Q_EMIT filterRequested(m_generation, m_filters->filter());
}

void CatalogPage::showRows(quint64 generation, const QList<workspace::CatalogRow> &rows)
{
    if (generation != m_generation)
        return;
    const std::int64_t keep = m_selectedSku;
    m_model->setRows(rows);
    std::int64_t stock = 0;
    int low = 0;
    for (const workspace::CatalogRow &r : rows) {
        stock += r.totalQuantity;
        low += r.lowLocations > 0 ? 1 : 0;
    }
    m_count->setText(tr("%n SKUs", nullptr, static_cast<int>(rows.size())) + u" · "_s +
                     tr("%1 in stock").arg(QLocale().toString(static_cast<qlonglong>(stock))) + u" · "_s +
                     tr("%n low somewhere", nullptr, low));
    int row = -1;
    if (!m_pendingCode.isEmpty() && !rows.isEmpty() && rows.constFirst().exactCode)
        row = 0; // the scanned code: its SKU comes first
    else if (keep != 0)
        row = m_model->rowOfSku(keep);
    m_pendingCode.clear();
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        selectionChanged();
    }
}

void CatalogPage::showLocations(const QList<workspace::StockLocation> &locations, const QStringList &categories)
{
    m_allLocations = locations;
    m_filters->setCategories(categories);
}

void CatalogPage::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const workspace::CatalogRow *r = rows.isEmpty() ? nullptr : m_model->rowAt(rows.constFirst().row());
    m_selectedSku = r ? r->skuId : 0;
    m_locations->setRowCount(0);
    if (!r) {
        m_selected->setText(tr("Select a product to see its stock in each location."));
        return;
    }
    QString text = u"<b>%1</b><br>%2<br>"_s.arg(r->title.toHtmlEscaped(), r->properties.toHtmlEscaped()) +
                   tr("Merchant code %1 · SKU %2").arg(r->outerId.toHtmlEscaped()).arg(r->skuId);
    if (!r->onSale)
        text += u"<br>"_s + tr("Taken off sale");
    m_selected->setText(text);
    m_stockGeneration = nextCatalogGeneration();
    Q_EMIT stockRequested(m_stockGeneration, {r->skuId});
}

void CatalogPage::showStock(quint64 generation, const workspace::StockBlock &block)
{
    if (generation != m_stockGeneration)
        return;
    const workspace::CatalogRow *r = m_model->rowAt(m_model->rowOfSku(m_selectedSku));
    if (!r)
        return;
    const auto levels = block.quantity.value(m_selectedSku);
    m_locations->setRowCount(0);
    for (const workspace::StockLocation &location : std::as_const(m_allLocations)) {
        const auto it = levels.constFind(location.id);
        if (it == levels.cend())
            continue;
        const int row = m_locations->rowCount();
        m_locations->insertRow(row);
        m_locations->setItem(row, 0, new QTableWidgetItem(workspace::CatalogText::locationLabel(location)));
        auto *quantity = new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(it.value())));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (it.value() <= r->threshold) {
            quantity->setBackground(lowStockBackground());
            quantity->setToolTip(tr("Low at or below %n", nullptr, static_cast<int>(r->threshold)));
        }
        m_locations->setItem(row, 1, quantity);
    }
}

void CatalogPage::goToCode(const QString &code)
{
    m_pendingCode = code;
}

} // namespace mc::ui
