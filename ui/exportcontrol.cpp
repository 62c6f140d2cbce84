#include "ui/exportcontrol.h"

#include "ui/page.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

#include <climits>

namespace mc::ui {

ExportControl::ExportControl(const QString &objectPrefix, const QString &dialogTitle, const QString &fileStem,
                             QWidget *parent)
    : QWidget(parent), m_dialogTitle(dialogTitle), m_fileStem(fileStem)
{
    m_status = new QLabel(this);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // gives way, never widens the window
    m_status->setObjectName(objectPrefix + QStringLiteral(".exportStatus"));
    makeMuted(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(objectPrefix + QStringLiteral(".exportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel export"), this);
    m_cancel->setObjectName(objectPrefix + QStringLiteral(".cancelExport"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ExportControl::cancelRequested);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(objectPrefix + QStringLiteral(".export"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                                  m_fileStem + u'-' +
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                                  QStringLiteral(".csv");
        const QString path = QFileDialog::getSaveFileName(this, m_dialogTitle, suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            start(path, 0);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_export);
}

void ExportControl::setTooltip(const QString &text)
{
    m_export->setToolTip(text);
}

void ExportControl::start(const QString &path, qint64 expectedRows)
{
    m_expected = expectedRows;
    if (expectedRows > 0)
        m_progress->setRange(0, static_cast<int>(std::min<qint64>(expectedRows, INT_MAX)));
    else
        m_progress->setRange(0, 0); // busy until the first progress
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_export->setEnabled(false);
    m_status->clear();
    Q_EMIT exportRequested(path);
}

void ExportControl::progress(qint64 rows)
{
    if (m_progress->maximum() > 0)
        m_progress->setValue(static_cast<int>(std::min<qint64>(rows, m_progress->maximum())));
}

void ExportControl::finished(bool ok, qint64 rows, const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    m_export->setEnabled(true);
    m_status->setText(ok ? tr("Rows exported: %1").arg(QLocale().toString(rows)) : tr("Export stopped: %1").arg(message));
}

} // namespace mc::ui
