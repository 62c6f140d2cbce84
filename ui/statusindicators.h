// The three permanent status bar indicators: connection, last sync, unsynced local changes.
#pragma once

#include "ui/statussnapshot.h"

#include <QWidget>

class QLabel;

namespace mc::ui {

class StatusIndicators final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    explicit StatusIndicators(QWidget *parent = nullptr);
    ~StatusIndicators() override;

    void setStatus(const StatusSnapshot &status);
    // Redemptions recorded at this console's counter and not yet confirmed by the platform;
    // shown once a counter runs here (count >= 0), hidden with -1.
    void setRedemptionsToUpload(int count);

private:
    QLabel *addIndicator(const QString &objectName, const QString &toolTip);

    QLabel *m_connection = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_unsynced = nullptr;
    QLabel *m_quarantined = nullptr;
    QLabel *m_redemptions = nullptr;
};

} // namespace mc::ui
