#include "ui/stock/stockpage.h"

#include "app/workspace/catalogtext.h"
#include "ui/catalog/catalogfilterbar.h"
#include "ui/catalog/catalogpage.h"
#include "ui/exportcontrol.h"
#include "ui/settingskeys.h"
#include "ui/stock/bulkimportdialog.h"
#include "ui/stock/stockhistorymodel.h"
#include "ui/stock/stockmatrixmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
constexpr int kMaxThreshold = 1'000'000;

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QDir::home().dirName() : user;
}
} // namespace

StockPage::StockPage(const QString &title, const QString &summary, QWidget *parent)
    : Page(title, summary, parent), m_matrix(new StockMatrixModel(this)), m_history(new StockHistoryModel(this))
{
    workspace::registerCatalogMetaTypes();
    m_filters = new CatalogFilterBar(u"stock"_s, this);
    connect(m_filters, &CatalogFilterBar::changed, this, &StockPage::reload);

    m_matrixView = makeTable(u"stock.matrix"_s, this);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(104);
    m_matrixView->setColumnWidth(StockMatrixModel::Product, 280);
    m_matrixView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_matrixView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex clicked = m_matrixView->indexAt(at);
        if (!m_matrix->rowAt(clicked.row()))
            return;
        m_matrixView->setCurrentIndex(clicked);
        QMenu menu(this);
        menu.addAction(tr("Low-stock threshold of this product…"), this, &StockPage::editThreshold);
        menu.exec(m_matrixView->viewport()->mapToGlobal(at));
    });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this, &StockPage::currentChanged);
    connect(m_matrix, &StockMatrixModel::changeRequested, this, [this](const core::StockChange &change) {
        Q_EMIT changesRequested({change}, actor());
    });

    QWidget *toolbar = createToolbar(); // before the history, whose header holds "Changes by"
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_matrixView);
    split->addWidget(createHistory());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({3000, 1200});

    body()->setSpacing(8);
    body()->addWidget(m_filters);
    body()->addWidget(toolbar);
    body()->addWidget(split, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filters, &CatalogFilterBar::focusSearch);
    addAction(find);
}

StockPage::~StockPage()
{
    if (m_browser)
        m_browser->cancelExport();
}

QWidget *StockPage::createToolbar()
{
    auto *bar = new QWidget(this);
    m_count = new QLabel(bar);
    m_count->setObjectName(u"stock.count"_s);
    scaleFont(m_count, 1.0, true);
    m_message = new QLabel(bar);
    m_message->setObjectName(u"stock.message"_s);
    makeMuted(m_message);

    m_actor = new QLineEdit(this);
    m_actor->setObjectName(u"stock.actor"_s);
    m_actor->setAccessibleName(tr("Changes by"));
    m_actor->setText(readSetting(settings::kStockOperator).isEmpty() ? systemUser()
                                                                      : readSetting(settings::kStockOperator));
    m_actor->setMaximumWidth(140);
    connect(m_actor, &QLineEdit::editingFinished, this,
            [this] { writeSetting(settings::kStockOperator, m_actor->text().trimmed()); });

    m_defaultThreshold = new QSpinBox(bar);
    m_defaultThreshold->setObjectName(u"stock.defaultThreshold"_s);
    m_defaultThreshold->setRange(0, kMaxThreshold);
    m_defaultThreshold->setValue(static_cast<int>(workspace::kDefaultLowStockThreshold));
    m_defaultThreshold->setToolTip(tr("Stock at or below this is marked low, for products without a threshold of their own"));
    m_defaultThreshold->setKeyboardTracking(false);
    connect(m_defaultThreshold, &QSpinBox::valueChanged, this,
            [this](int value) { Q_EMIT thresholdRequested(0, value, actor()); });

    m_province = new QComboBox(bar);
    m_province->setObjectName(u"stock.province"_s);
    m_province->setAccessibleName(tr("Stores of"));
    m_province->setToolTip(tr("Show the warehouse and the stores of one province only"));
    m_province->addItem(tr("All stores"), QString());
    m_province->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_province, &QComboBox::currentIndexChanged, this, &StockPage::showColumns);

    auto *import = new QPushButton(tr("Adjust from CSV…"), bar);
    import->setObjectName(u"stock.import"_s);
    import->setToolTip(tr("Set many quantities at once from a CSV file (for example this page's export, edited)"));
    connect(import, &QPushButton::clicked, this, &StockPage::chooseImportFile);

    m_export = new ExportControl(u"stock"_s, tr("Export stock"), u"stock"_s, bar);
    m_export->setTooltip(tr("Save one row per product and location as a CSV file for Excel or WPS; "
                            "edit its Quantity column and import it back to adjust stock"));
    connect(m_export, &ExportControl::exportRequested, this, [this](const QString &path) {
        Q_EMIT exportRequested(workspace::CatalogBrowser::ExportKind::Stock, m_filters->filter(), path);
    });
    connect(m_export, &ExportControl::cancelRequested, this, [this] {
        if (m_browser)
            m_browser->cancelExport();
    });

    // The message may be long (a conflict names the product and the store): it gives way
    // instead of widening the window past a 1024-pixel screen.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_province);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Low at or below"), bar));
    layout->addWidget(m_defaultThreshold);
    layout->addSpacing(12);
    layout->addWidget(import);
    layout->addWidget(m_export);
    return bar;
}

QWidget *StockPage::createHistory()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(tr("Adjustments made here"), box);
    scaleFont(title, 1.0, true);
    m_onlySelected = new QCheckBox(tr("Only the selected product"), box);
    m_onlySelected->setObjectName(u"stock.historyOnlySelected"_s);
    connect(m_onlySelected, &QCheckBox::toggled, this, &StockPage::currentChanged);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(new QLabel(tr("Changes by"), box));
    head->addWidget(m_actor);
    head->addSpacing(12);
    head->addWidget(m_onlySelected);
    auto *table = makeTable(u"stock.history"_s, box);
    table->setModel(m_history);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {150, 90, 260, 180, 70, 70};
    for (int c = 0; c < StockHistoryModel::State; ++c)
        table->setColumnWidth(c, widths[c]);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(table, 1);
    return box;
}

QString StockPage::actor() const
{
    const QString name = m_actor->text().trimmed();
    return name.isEmpty() ? systemUser() : name;
}

void StockPage::setServices(workspace::CatalogBrowser *browser, workspace::StockService *stock)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_browser = browser;
    m_stock = stock;
    if (!browser || !stock)
        return;
    using workspace::CatalogBrowser;
    using workspace::StockService;
    m_connections = {
        connect(this, &StockPage::filterRequested, browser, &CatalogBrowser::setFilter),
        connect(m_matrix, &StockMatrixModel::stockRequested, browser, &CatalogBrowser::fetchStock),
        connect(this, &StockPage::adjustmentsRequested, browser, &CatalogBrowser::fetchAdjustments),
        connect(this, &StockPage::importCheckRequested, browser, &CatalogBrowser::checkImport),
        connect(this, &StockPage::exportRequested, browser, &CatalogBrowser::exportCsv),
        connect(browser, &CatalogBrowser::rowsReady, this, &StockPage::showRows),
        connect(browser, &CatalogBrowser::locationsReady, this, &StockPage::showLocations),
        connect(browser, &CatalogBrowser::stockReady, m_matrix, &StockMatrixModel::addStock),
        connect(browser, &CatalogBrowser::defaultThresholdReady, this,
                [this](qint64 threshold) {
                    const QSignalBlocker block(m_defaultThreshold);
                    m_defaultThreshold->setValue(static_cast<int>(std::min<qint64>(threshold, kMaxThreshold)));
                }),
        connect(browser, &CatalogBrowser::adjustmentsReady, this,
                [this](qint64, const QList<workspace::StockAdjustment> &adjustments) {
                    m_matrix->setPending(adjustments);
                    m_history->setAdjustments(adjustments);
                }),
        connect(browser, &CatalogBrowser::importChecked, this, &StockPage::showImport),
        connect(browser, &CatalogBrowser::changed, this, [this] {
            if (isVisible())
                reload();
        }),
        connect(browser, &CatalogBrowser::failed, m_message, &QLabel::setText),
        connect(browser, &CatalogBrowser::exportProgress, m_export, &ExportControl::progress),
        connect(browser, &CatalogBrowser::exportFinished, m_export, &ExportControl::finished),
        connect(this, &StockPage::changesRequested, stock, &StockService::requestChanges),
        connect(this, &StockPage::thresholdRequested, stock, &StockService::setThreshold),
        connect(stock, &StockService::changesRecorded, this, &StockPage::changesRecorded),
        connect(stock, &StockService::conflict, this, &StockPage::showConflict),
        connect(stock, &StockService::thresholdSaved, this, [this](bool ok, const QString &message) {
            m_message->setText(ok ? tr("Threshold saved.") : tr("Threshold not saved: %1").arg(message));
        }),
    };
    if (isVisible())
        reload();
}

void StockPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_browser)
        reload();
}

void StockPage::reload()
{
    if (!m_browser)
        return;
    Q_EMIT filterRequested(nextCatalogGeneration(), m_filters->filter());
    Q_EMIT adjustmentsRequested(0);
}

void StockPage::showRows(quint64 generation, const QList<workspace::CatalogRow> &rows)
{
    if (generation <= m_matrix->generation())
        return; // an older list, or the Catalog page's
    // Keep the cell the user is on (same SKU and location) across the refresh.
    const QModelIndex current = m_matrixView->currentIndex();
    const workspace::CatalogRow *was = m_matrix->rowAt(current.row());
    const std::int64_t sku = was ? was->skuId : 0;
    const int column = current.column();
    m_rows = rows;
    m_matrix->setRows(generation, rows);
    m_history->setNames(m_rows, m_locations);
    int low = 0;
    for (const workspace::CatalogRow &r : rows)
        low += r.lowLocations > 0 ? 1 : 0;
    m_count->setText(tr("%n SKUs", nullptr, static_cast<int>(rows.size())) + u" · "_s +
                     tr("%n low somewhere", nullptr, low));
    for (qsizetype i = 0; sku != 0 && i < rows.size(); ++i)
        if (rows.at(i).skuId == sku) {
            m_matrixView->setCurrentIndex(m_matrix->index(static_cast<int>(i), column));
            break;
        }
}

void StockPage::showLocations(const QList<workspace::StockLocation> &locations, const QStringList &categories)
{
    m_locations = locations;
    // The province list of the column filter: the warehouse is always shown.
    QStringList provinces;
    for (const workspace::StockLocation &l : locations)
        if (l.kind != u"warehouse" && !l.province.isEmpty() && !provinces.contains(l.province))
            provinces << l.province;
    provinces.sort();
    QStringList shown;
    for (int i = 1; i < m_province->count(); ++i)
        shown << m_province->itemData(i).toString();
    if (shown != provinces) {
        const QString current = m_province->currentData().toString();
        const QSignalBlocker block(m_province);
        while (m_province->count() > 1)
            m_province->removeItem(1);
        for (const QString &p : std::as_const(provinces))
            m_province->addItem(p, p);
        m_province->setCurrentIndex(std::max(0, m_province->findData(current)));
    }
    showColumns();
    m_filters->setCategories(categories);
    m_history->setNames(m_rows, m_locations);
}

void StockPage::showColumns()
{
    const QString province = m_province->currentData().toString();
    QList<workspace::StockLocation> columns;
    for (const workspace::StockLocation &l : std::as_const(m_locations))
        if (province.isEmpty() || l.kind == u"warehouse" || l.province == province)
            columns << l;
    m_matrix->setLocations(columns);
}

void StockPage::currentChanged()
{
    const workspace::CatalogRow *r = m_matrix->rowAt(m_matrixView->currentIndex().row());
    m_history->setSkuFilter(m_onlySelected->isChecked() && r ? r->skuId : 0);
}

void StockPage::changesRecorded(bool ok, int count, const QString &message)
{
    m_message->setText(ok ? tr("%n changes recorded and on their way to the platform.", nullptr, count)
                          : tr("Not changed: %1").arg(message));
}

void StockPage::showConflict(const core::StockConflict &conflict)
{
    QString product = tr("SKU %1").arg(conflict.skuId);
    for (const workspace::CatalogRow &r : std::as_const(m_rows))
        if (r.skuId == conflict.skuId)
            product = r.title + u" · "_s + r.properties;
    QString location = tr("Location %1").arg(conflict.locationId);
    for (const workspace::StockLocation &l : std::as_const(m_locations))
        if (l.id == conflict.locationId)
            location = workspace::CatalogText::locationLabel(l);
    m_message->setText(tr("Conflict: the stock of %1 at %2 had changed.").arg(product, location));
    if (conflict.current < 0)
        return; // the platform did not say what it holds: the next sync shows it
    const core::StockChange again{conflict.skuId, conflict.locationId, conflict.wanted, conflict.current};
    if (m_resolveConflict) {
        if (m_resolveConflict(conflict))
            Q_EMIT changesRequested({again}, actor());
        return;
    }
    // Window-modal and asynchronous: conflicts arrive from the platform at any time, and the
    // GUI thread never waits in a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stock changed on the platform"),
                                tr("The stock of %1 at %2 changed before your change arrived.").arg(product, location),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("You expected %1 and asked for %2. The platform now has %3.")
                                .arg(conflict.expected)
                                .arg(conflict.wanted)
                                .arg(conflict.current));
    QPushButton *send = box->addButton(tr("Set to %1 anyway").arg(conflict.wanted), QMessageBox::AcceptRole);
    box->addButton(tr("Keep %1").arg(conflict.current), QMessageBox::RejectRole);
    connect(send, &QPushButton::clicked, this, [this, again] { Q_EMIT changesRequested({again}, actor()); });
    box->open();
}

void StockPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Adjust stock from CSV"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void StockPage::importFile(const QString &path)
{
    m_message->setText(tr("Checking %1…").arg(path));
    Q_EMIT importCheckRequested(path);
}

void StockPage::showImport(const QString &path, const workspace::StockImport &result)
{
    m_message->clear();
    auto *dialog = new BulkImportDialog(path, result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, changes = result.stockChanges()] {
        Q_EMIT changesRequested(changes, actor());
    });
    dialog->open();
    Q_EMIT importPreviewShown(dialog);
}

void StockPage::editThreshold()
{
    const workspace::CatalogRow *r = m_matrix->rowAt(m_matrixView->currentIndex().row());
    if (!r)
        return;
    bool ok = false;
    const int value = QInputDialog::getInt(this, tr("Low-stock threshold"),
                                           tr("%1 is low at or below:").arg(r->title + u" · "_s + r->properties),
                                           static_cast<int>(r->threshold), 0, kMaxThreshold, 1, &ok);
    if (ok)
        Q_EMIT thresholdRequested(r->skuId, value, actor());
}

} // namespace mc::ui
