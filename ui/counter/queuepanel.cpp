// QueuePanel: counts, alert banner, list and Retry (Ctrl+R) in one column.
#include "ui/counter/queuepanel.h"

#include "ui/counter/redemptionqueuemodel.h"
#include "ui/dashboard/dashboardcolors.h"
#include "ui/errorbanner.h"
#include "ui/page.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::ui {

using vouchers::UploadState;

QueuePanel::QueuePanel(QWidget *parent) : QFrame(parent), m_model(new RedemptionQueueModel(this))
{
    setObjectName(u"counter.queue"_s);

    auto *title = new QLabel(tr("Uploads to the platform"), this);
    scaleFont(title, 1.15, true);
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(u"counter.queue.pending"_s);
    scaleFont(m_pendingLabel, 1.1, true);
    m_conflictLabel = new QLabel(this);
    m_conflictLabel->setObjectName(u"counter.queue.conflicts"_s);
    scaleFont(m_conflictLabel, 1.1, true);

    m_alert = new ErrorBanner(this);
    m_alert->setObjectName(u"counter.alert"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"counter.queue.list"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->verticalHeader()->hide();
    // The voucher id gives way (elided in the middle, whole in its tooltip) so the upload
    // state, what the manager looks for, always shows in full.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RedemptionQueueModel::Voucher, QHeaderView::Stretch);
    m_view->setColumnHidden(RedemptionQueueModel::Message, true); // narrow column: the answer is the tooltip
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePanel::refreshRetry);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueuePanel::refreshRetry);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePanel::refreshRetry);

    auto *retry = new QAction(tr("Retry upload"), this);
    retry->setObjectName(u"action.retryUpload"_s);
    retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    retry->setShortcutContext(Qt::WindowShortcut);
    connect(retry, &QAction::triggered, this, &QueuePanel::retrySelected);
    addAction(retry);
    m_retry = new QPushButton(tr("Retry upload (Ctrl+R)"), this);
    m_retry->setObjectName(u"counter.queue.retry"_s);
    m_retry->setToolTip(tr("Send the selected redemption to the platform again now"));
    m_retry->setFocusPolicy(Qt::NoFocus); // the code input keeps the focus
    connect(m_retry, &QPushButton::clicked, this, &QueuePanel::retrySelected);

    auto *counts = new QHBoxLayout;
    counts->setSpacing(16);
    counts->addWidget(m_pendingLabel);
    counts->addWidget(m_conflictLabel);
    counts->addStretch(1);
    counts->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_alert);
    layout->addLayout(counts);
    layout->addWidget(m_view, 1);
    refreshCounts();
    refreshRetry();
}

QueuePanel::~QueuePanel() = default;

void QueuePanel::setQueue(const QList<vouchers::RedemptionRecord> &records, int pendingCount)
{
    m_model->setRecords(records);
    m_pending = pendingCount;
    refreshCounts();
}

void QueuePanel::updateRecord(const vouchers::RedemptionRecord &record)
{
    const int before = m_model->count(UploadState::Pending);
    m_model->updateRecord(record);
    m_pending = std::max(0, m_pending + m_model->count(UploadState::Pending) - before);
    refreshCounts();
}

void QueuePanel::showAlert(const QString &message)
{
    m_alert->showMessage(message);
}

void QueuePanel::refreshCounts()
{
    const QLocale locale;
    m_pendingLabel->setText(tr("Waiting for upload: %1").arg(locale.toString(m_pending)));
    m_pendingLabel->setForegroundRole(m_pending > 0 ? QPalette::WindowText : QPalette::PlaceholderText);
    const int conflicts = m_model->count(UploadState::Conflict);
    m_conflictLabel->setText(tr("Conflicts: %1").arg(locale.toString(conflicts)));
    QPalette palette = m_conflictLabel->parentWidget()->palette();
    if (conflicts > 0)
        palette.setColor(QPalette::WindowText, accentColor(Accent::Alert, palette));
    m_conflictLabel->setPalette(palette);
    m_conflictLabel->setVisible(conflicts > 0);
}

int QueuePanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void QueuePanel::refreshRetry()
{
    const int row = selectedRow();
    const bool retriable = row >= 0 && (m_model->record(row).state == UploadState::Pending ||
                                        m_model->record(row).state == UploadState::Refused);
    m_retry->setEnabled(retriable);
}

void QueuePanel::retrySelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_retry->isEnabled())
        return;
    Q_EMIT retryRequested(m_model->record(row).serial);
}

} // namespace mc::ui
