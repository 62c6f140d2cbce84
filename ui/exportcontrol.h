// ExportControl: "Export CSV…" with a save dialog, then a progress bar and Cancel while the
// file is written, and a line saying how it ended. The page connects exportRequested() to
// its service and feeds progress()/finished() back.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mc::ui {

class ExportControl final : public QWidget
{
    Q_OBJECT

public:
    // `fileStem`: the suggested file name's start ("catalog" -> catalog-20261111-2359.csv).
    ExportControl(const QString &objectPrefix, const QString &dialogTitle, const QString &fileStem,
                  QWidget *parent = nullptr);

    void setTooltip(const QString &text);
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Starts writing `path` (also what the button does after its dialog).
    void start(const QString &path, qint64 expectedRows);
    void progress(qint64 rows);
    void finished(bool ok, qint64 rows, const QString &message);

Q_SIGNALS:
    void exportRequested(const QString &path);
    void cancelRequested();

private:
    QString m_dialogTitle;
    QString m_fileStem;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_expected = 0;
};

} // namespace mc::ui
