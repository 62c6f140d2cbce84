// The upload queue beside the counter: how many redemptions wait for the platform, how many
// are in conflict, the list, and Retry for the selected one. Conflicts (the same code used up
// at another store first) come with an alert banner the manager cannot miss.
#pragma once

#include "app/vouchers/redemptionrecord.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableView;

namespace mc::ui {

class ErrorBanner;
class RedemptionQueueModel;

class QueuePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePanel)

public:
    explicit QueuePanel(QWidget *parent = nullptr);
    ~QueuePanel() override;

    RedemptionQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int pendingCount() const { return m_pending; }

public Q_SLOTS:
    void setQueue(const QList<mc::vouchers::RedemptionRecord> &records, int pendingCount);
    void updateRecord(const mc::vouchers::RedemptionRecord &record);
    void showAlert(const QString &message);
    // Asks for the selected redemption's upload again (when it may be retried).
    void retrySelected();

Q_SIGNALS:
    void retryRequested(const QString &serial);

private:
    void refreshCounts();
    void refreshRetry();
    int selectedRow() const;

    RedemptionQueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QPushButton *m_retry = nullptr;
    ErrorBanner *m_alert = nullptr;
    int m_pending = 0;
};

} // namespace mc::ui
