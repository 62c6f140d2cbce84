#include "ui/reconcile/reconcilepage.h"

#include "app/reconcile/reportexport.h"
#include "app/reconcile/tillcsv.h"
#include "ui/reconcile/dayreportdocument.h"
#include "ui/reconcile/reconcileitemsmodel.h"
#include "ui/reconcile/resolutiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
constexpr int kMaxErrorsShown = 15;
}

ReconcilePage::ReconcilePage(const QString &title, const QString &summary, QWidget *parent) : Page(title, summary, parent)
{
    reconcile::registerReconcileMetaTypes();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createUnavailable());
    m_stack->addWidget(createContent());
    body()->addWidget(m_stack, 1);
    setReconcileService(nullptr);
}

ReconcilePage::~ReconcilePage() = default;

QWidget *ReconcilePage::createUnavailable()
{
    auto *panel = new QLabel;
    panel->setObjectName(u"reconcile.unavailable"_s);
    panel->setWordWrap(true);
    panel->setAlignment(Qt::AlignCenter);
    panel->setMargin(32);
    panel->setText(u"<p style=\"font-size:large\"><b>%1</b></p><p>%2</p>"_s.arg(
        tr("Reconciliation is not available yet").toHtmlEscaped(),
        tr("Day close needs this console's ledger and a connection to the platform. It starts with the sync; "
           "until then no day can be reconciled here.")
            .toHtmlEscaped()));
    return panel;
}

QWidget *ReconcilePage::createContent()
{
    auto *content = new QWidget;
    content->setObjectName(u"reconcile.content"_s);
    m_store = new QComboBox(content);
    m_store->setObjectName(u"reconcile.store"_s);
    m_store->setAccessibleName(tr("Store"));
    m_store->addItem(tr("All stores (head office)"), qint64(0));
    m_day = new QDateEdit(content);
    m_day->setObjectName(u"reconcile.day"_s);
    m_day->setAccessibleName(tr("Day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setDate(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().addDays(-1));
    m_run = new QPushButton(tr("&Reconcile"), content);
    m_run->setObjectName(u"reconcile.run"_s);
    m_run->setToolTip(tr("Fetch the day from the platform, then match the counter, the platform and the settlement"));
    m_till = new QPushButton(tr("Till CSV…"), content);
    m_till->setObjectName(u"reconcile.till"_s);
    m_till->setToolTip(tr("Import the till's export of the day (date, receipt, voucher code, amount)"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Store"), content));
    controls->addWidget(m_store, 1);
    controls->addWidget(new QLabel(tr("Day"), content));
    controls->addWidget(m_day);
    controls->addWidget(m_till);
    controls->addWidget(m_run);

    m_status = new QLabel(content);
    m_status->setObjectName(u"reconcile.status"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Choose a store and a day, then Reconcile."));

    m_totals = new QTableWidget(reconcile::kCategoryCount, 4, content);
    m_totals->setObjectName(u"reconcile.totals"_s);
    m_totals->setHorizontalHeaderLabels({tr("Category"), tr("Count"), tr("Amount"), tr("Difference")});
    m_totals->verticalHeader()->hide();
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_totals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_model = new ReconcileItemsModel(this);
    m_items = new QTableView(content);
    m_items->setObjectName(u"reconcile.items"_s);
    m_items->setModel(m_model);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->horizontalHeader()->setSectionResizeMode(ReconcileItemsModel::Detail, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_stores = new QTableWidget(0, 5, content);
    m_stores->setObjectName(u"reconcile.stores"_s);
    m_stores->setHorizontalHeaderLabels(
        {tr("Store"), tr("Redemptions"), tr("Discrepancies"), tr("Amount"), tr("Signed off by")});
    m_stores->verticalHeader()->hide();
    m_stores->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_stores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stores->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stores->setToolTip(tr("Double-click a store to close its day"));
    m_stores->hide();
    auto *split = new QSplitter(Qt::Vertical, content);
    split->addWidget(m_stores);
    split->addWidget(m_totals);
    split->addWidget(m_items);
    split->setStretchFactor(1, 1);

    m_resolve = new QPushButton(tr("Re&solve…"), content);
    m_resolve->setObjectName(u"reconcile.resolve"_s);
    m_signOff = new QPushButton(tr("Sign &off…"), content);
    m_signOff->setObjectName(u"reconcile.signOff"_s);
    m_reopen = new QPushButton(tr("Reo&pen…"), content);
    m_reopen->setObjectName(u"reconcile.reopen"_s);
    m_csv = new QPushButton(tr("Export &CSV…"), content);
    m_csv->setObjectName(u"reconcile.csv"_s);
    m_pdf = new QPushButton(tr("Save P&DF…"), content);
    m_pdf->setObjectName(u"reconcile.pdf"_s);
    m_preview = new QPushButton(tr("Print pre&view…"), content);
    m_preview->setObjectName(u"reconcile.preview"_s);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_resolve, m_signOff, m_reopen})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : {m_csv, m_pdf, m_preview})
        actions->addWidget(b);

    m_history = new QLabel(content);
    m_history->setObjectName(u"reconcile.history"_s);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(m_history);
    layout->addLayout(actions);

    connect(m_run, &QPushButton::clicked, this, &ReconcilePage::reconcile);
    connect(m_till, &QPushButton::clicked, this, &ReconcilePage::importTill);
    connect(m_resolve, &QPushButton::clicked, this, &ReconcilePage::resolveSelected);
    connect(m_signOff, &QPushButton::clicked, this, &ReconcilePage::signOff);
    connect(m_reopen, &QPushButton::clicked, this, &ReconcilePage::reopen);
    connect(m_csv, &QPushButton::clicked, this, &ReconcilePage::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReconcilePage::exportPdf);
    connect(m_preview, &QPushButton::clicked, this, &ReconcilePage::printPreview);
    connect(m_totals, &QTableWidget::itemSelectionChanged, this, &ReconcilePage::showItems);
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReconcilePage::refreshActions);
    connect(m_items, &QTableView::doubleClicked, this, &ReconcilePage::resolveSelected);
    connect(m_stores, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const int index = m_store->findData(m_stores->item(row, 0)->data(Qt::UserRole));
        if (index < 0)
            return;
        m_store->setCurrentIndex(index);
        reconcile();
    });
    // Another scope: the till lines and the report were for the previous one.
    const auto scopeChanged = [this] {
        m_tillRows.reset();
        m_till->setText(tr("Till CSV…"));
        m_hasReport = false;
        refreshActions();
    };
    connect(m_store, &QComboBox::currentIndexChanged, this, scopeChanged);
    connect(m_day, &QDateEdit::dateChanged, this, scopeChanged);
    refreshActions();
    return content;
}

void ReconcilePage::setReconcileService(reconcile::ReconcileService *service)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_service = service;
    m_stack->setCurrentIndex(service ? 1 : 0);
    if (!service)
        return;
    using reconcile::ReconcileService;
    m_connections = {
        connect(this, &ReconcilePage::reportRequested, service, &ReconcileService::requestReport),
        connect(this, &ReconcilePage::resolveRequested, service, &ReconcileService::resolve),
        connect(this, &ReconcilePage::signOffRequested, service, &ReconcileService::signOff),
        connect(this, &ReconcilePage::reopenRequested, service, &ReconcileService::reopen),
        connect(service, &ReconcileService::reportReady, this, &ReconcilePage::showReport),
        connect(service, &ReconcileService::failed, this, &ReconcilePage::showFailure),
        connect(service, &ReconcileService::actionFinished, this,
                [this](bool ok, const QString &message) {
                    if (!ok)
                        QMessageBox::warning(this, tr("Not recorded"), message);
                }),
    };
}

void ReconcilePage::setLocations(const QList<core::Location> &locations)
{
    const std::int64_t current = storeId();
    m_store->blockSignals(true);
    while (m_store->count() > (m_lockedStore ? 0 : 1))
        m_store->removeItem(m_store->count() - 1);
    for (const core::Location &l : locations)
        if (l.kind == core::LocationKind::Store && (m_lockedStore == 0 || l.id == m_lockedStore))
            m_store->addItem(tr("%1 (store %2)").arg(l.name).arg(l.id), qint64(l.id));
    if (m_lockedStore != 0 && m_store->count() == 0)
        m_store->addItem(tr("Store %1").arg(m_lockedStore), qint64(m_lockedStore));
    const int index = m_store->findData(qint64(current));
    m_store->setCurrentIndex(index >= 0 ? index : 0);
    m_store->blockSignals(false);
}

void ReconcilePage::lockToStore(std::int64_t storeId)
{
    m_lockedStore = storeId;
    m_store->clear();
    if (storeId == 0)
        m_store->addItem(tr("All stores (head office)"), qint64(0));
    else
        m_store->addItem(tr("Store %1").arg(storeId), qint64(storeId));
    m_store->setEnabled(storeId == 0);
}

void ReconcilePage::setDay(const QDate &day)
{
    m_day->setDate(day);
}

std::int64_t ReconcilePage::storeId() const
{
    return m_store->currentData().toLongLong();
}

QDate ReconcilePage::day() const
{
    return m_day->date();
}

void ReconcilePage::setTill(const std::optional<QList<reconcile::TillRow>> &till)
{
    m_tillRows = till;
    m_till->setText(till ? tr("Till CSV: %n line(s)", nullptr, static_cast<int>(till->size())) : tr("Till CSV…"));
}

void ReconcilePage::reconcile()
{
    if (!m_service)
        return;
    m_run->setEnabled(false);
    m_status->setText(tr("Reconciling %1…").arg(day().toString(Qt::ISODate)));
    Q_EMIT reportRequested(storeId(), day(), true, m_tillRows);
}

void ReconcilePage::showFailure(const QString &message)
{
    m_run->setEnabled(true);
    m_status->setText(tr("Day close failed: %1").arg(message));
}

void ReconcilePage::showReport(const reconcile::DayReport &report)
{
    if (report.scope.storeId != storeId() || report.scope.day != day())
        return; // an answer for a scope the manager has left
    m_report = report;
    m_hasReport = true;
    m_run->setEnabled(true);
    QStringList status;
    status << tr("%n discrepancy(ies).", nullptr, report.discrepancyCount());
    if (!report.chain.checked)
        status << tr("Checking the ledger's chain…");
    else if (!report.chain.redemptionsIntact || !report.chain.dayCloseIntact)
        status << tr("The ledger's chain is BROKEN (redemptions from entry %1, day close from entry %2): do not sign "
                     "off; the data was changed outside this console.")
                      .arg(report.chain.redemptionsIntact ? 0 : report.chain.redemptionsFirstBadSeq)
                      .arg(report.chain.dayCloseIntact ? 0 : report.chain.dayCloseFirstBadSeq);
    else
        status << tr("Ledger chain intact.");
    if (report.state.signedOff)
        status << tr("Signed off by %1.").arg(report.state.signedBy);
    if (report.changedSinceSignOff)
        status << tr("The figures changed since the sign-off.");
    if (!report.setAside.isEmpty())
        status << tr("%n record(s) set aside as invalid.", nullptr, static_cast<int>(report.setAside.size()));
    if (report.overflow)
        status << tr("A total did not fit: these figures must not be used.");
    m_status->setText(status.join(u' '));
    showStores();
    showTotals();
    showItems();
    Q_EMIT reportShown();
}

void ReconcilePage::showTotals()
{
    m_totals->blockSignals(true);
    for (int c = 0; c < reconcile::kCategoryCount; ++c) {
        const reconcile::CategoryTotal &t = m_report.totals[c];
        const QStringList cells{reconcile::categoryLabel(static_cast<reconcile::Category>(c)), QString::number(t.count),
                                reconcile::yuan(t.amountFen), reconcile::yuan(t.differenceFen)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(c, col, item);
        }
    }
    m_totals->blockSignals(false);
}

void ReconcilePage::showStores()
{
    m_stores->setVisible(m_report.scope.allStores());
    m_stores->setRowCount(static_cast<int>(m_report.stores.size()));
    for (int row = 0; row < m_report.stores.size(); ++row) {
        const reconcile::StoreStatus &s = m_report.stores[row];
        const QStringList cells{m_store->itemText(m_store->findData(qint64(s.storeId))), QString::number(s.items),
                                QString::number(s.discrepancies), reconcile::yuan(s.amountFen),
                                s.signedOff ? s.signedBy : tr("not signed off")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(col == 0 && cells[0].isEmpty() ? tr("Store %1").arg(s.storeId)
                                                                             : cells[col]);
            if (col == 0)
                item->setData(Qt::UserRole, qint64(s.storeId));
            if (col > 0 && col < 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stores->setItem(row, col, item);
        }
    }
}

void ReconcilePage::showItems()
{
    const QList<QTableWidgetItem *> selected = m_totals->selectedItems();
    std::optional<reconcile::Category> category;
    if (!selected.isEmpty())
        category = static_cast<reconcile::Category>(selected.first()->row());
    m_model->setReport(m_report, category);
    m_items->resizeColumnsToContents();
    refreshActions();
}

void ReconcilePage::refreshActions()
{
    const bool any = m_hasReport && m_service;
    const bool signedOff = any && m_report.state.signedOff;
    const auto *item = m_model->itemAt(m_items->currentIndex().row());
    const bool oneStore = storeId() != 0;
    m_history->setText(item ? item->history.join(u'\n') : QString());
    m_resolve->setEnabled(any && !signedOff && item && item->category != reconcile::Category::Matched);
    // Nothing is signed or exported before the chain's verdict is in.
    const bool checked = m_hasReport && m_report.chain.checked;
    m_signOff->setEnabled(any && oneStore && !signedOff && checked);
    m_reopen->setEnabled(any && oneStore && signedOff);
    for (QPushButton *b : {m_csv, m_pdf, m_preview})
        b->setEnabled(checked);
}

void ReconcilePage::resolveSelected()
{
    const reconcile::Item *item = m_model->itemAt(m_items->currentIndex().row());
    if (!item || !m_resolve->isEnabled())
        return;
    ResolutionDialog dialog(ResolutionDialog::Mode::Resolve,
                            tr("%1: %2, %3 yuan").arg(reconcile::categoryLabel(item->category),
                                                      item->serial.isEmpty() ? QString::fromLatin1(item->code)
                                                                             : item->serial,
                                                      reconcile::yuan(item->amountFen)),
                            m_manager, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_manager = dialog.manager();
    Q_EMIT resolveRequested(storeId(), day(), item->key, dialog.kind(), dialog.note(), dialog.manager());
}

void ReconcilePage::signOff()
{
    ResolutionDialog dialog(ResolutionDialog::Mode::SignOff,
                            tr("Sign off %1 with %n open discrepancy(ies)?", nullptr,
                               m_report.discrepancyCount() - static_cast<int>(m_report.state.resolutions.size()))
                                .arg(day().toString(Qt::ISODate)),
                            m_manager, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_manager = dialog.manager();
    Q_EMIT signOffRequested(storeId(), day(), dialog.manager());
}

void ReconcilePage::reopen()
{
    ResolutionDialog dialog(ResolutionDialog::Mode::Reopen,
                            tr("Reopen %1, signed off by %2?").arg(day().toString(Qt::ISODate), m_report.state.signedBy),
                            m_manager, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_manager = dialog.manager();
    Q_EMIT reopenRequested(storeId(), day(), dialog.manager(), dialog.note());
}

void ReconcilePage::importTill()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The till's export of the day"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Till CSV"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const reconcile::TillImport import = reconcile::parseTillCsv(file.readAll(), {}, day());
    if (!import.ok()) {
        QStringList lines;
        for (const reconcile::TillLineError &e : import.errors.mid(0, kMaxErrorsShown))
            lines << tr("Line %1: %2").arg(e.line).arg(e.message);
        if (import.errors.size() > kMaxErrorsShown)
            lines << tr("… and %n more.", nullptr, static_cast<int>(import.errors.size()) - kMaxErrorsShown);
        QMessageBox::warning(this, tr("Till CSV: nothing imported"), lines.join(u'\n'));
        return;
    }
    // The preview: which columns were taken, and what would be imported.
    const auto column = [&import](int i) { return i >= 0 ? import.header.value(i) : QString(); };
    const QString preview =
        tr("Columns: date = %1, receipt = %2, voucher code = %3, amount = %4.\n%n line(s) of %5 to import; "
           "%6 line(s) of other days left out.",
           nullptr, static_cast<int>(import.rows.size()))
            .arg(column(import.dateColumn), column(import.receiptColumn), column(import.codeColumn),
                 column(import.amountColumn), day().toString(Qt::ISODate))
            .arg(import.otherDays);
    if (QMessageBox::question(this, tr("Till CSV"), preview) != QMessageBox::Yes)
        return;
    setTill(import.rows);
    reconcile();
}

namespace {
// Writes whole or not at all: an existing file stays as it was until the new one is complete.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
}
} // namespace

bool ReconcilePage::saveCsv(const QString &path)
{
    return m_hasReport && writeFile(path, reconcile::reportToCsv(m_report));
}

bool ReconcilePage::savePdf(const QString &path)
{
    auto pdf = m_hasReport ? dayReportPdf(m_report) : core::Result<QByteArray>(core::Error{});
    return pdf && writeFile(path, pdf.value());
}

void ReconcilePage::exportTo(const QString &title, const QString &suffix, const QString &filter,
                             bool (ReconcilePage::*save)(const QString &))
{
    const QString name = u"day-close-%1-%2.%3"_s.arg(storeId()).arg(day().toString(Qt::ISODate), suffix);
    const QString path = QFileDialog::getSaveFileName(this, title, name, filter);
    if (!path.isEmpty() && !(this->*save)(path))
        QMessageBox::warning(this, title, tr("%1 could not be written.").arg(path));
}

void ReconcilePage::exportCsv()
{
    exportTo(tr("Export the day as CSV"), u"csv"_s, tr("CSV files (*.csv)"), &ReconcilePage::saveCsv);
}

void ReconcilePage::exportPdf()
{
    exportTo(tr("Save the day report as PDF"), u"pdf"_s, tr("PDF files (*.pdf)"), &ReconcilePage::savePdf);
}

void ReconcilePage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QTextDocument document;
        document.setHtml(dayReportHtml(m_report));
        document.print(p);
    });
    preview.exec();
}

} // namespace mc::ui
