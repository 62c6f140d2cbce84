// The vouchers of the selected voucher campaign: "Issue vouchers" (batches of 100 on the
// platform client's thread) with a progress bar and Cancel; after a cancel, a failure or a
// restart it says how many are issued and resumes from the ledger's plan without issuing any
// twice; "Export codes (CSV)" and "Print QR sheet (PDF)" write what is issued. Talks only to a
// campaigns::CampaignPlatformDesk (queued).
#pragma once

#include "app/campaigns/campaignplatformdesk.h"
#include "app/campaigns/campaignspec.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mc::ui {

class CampaignVoucherPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignVoucherPanel)

public:
    enum class Export { Csv, QrSheet };

    explicit CampaignVoucherPanel(QWidget *parent = nullptr);
    ~CampaignVoucherPanel() override;

    void setDesk(mc::campaigns::CampaignPlatformDesk *desk);
    // The campaign's newest version (the one whose vouchers are planned and issued).
    void setCampaign(const mc::campaigns::CampaignSpec &campaign);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void issue();
    void cancel();
    // Writes what is issued to `path` (the buttons ask for it with a save dialog first).
    void exportTo(const QString &path, mc::ui::CampaignVoucherPanel::Export kind);

Q_SIGNALS:
    // A CSV or PDF is written (ok) or not (message).
    void exported(bool ok, const QString &path, const QString &message);

private:
    void showState(const QString &campaignId, int issued, int planned, bool running);
    void writeExport(const QString &campaignId, const QList<mc::campaigns::IssuedVoucher> &vouchers);
    void askPath(Export kind);
    template<typename F> void onDesk(F &&call);

    QPointer<mc::campaigns::CampaignPlatformDesk> m_desk;
    QList<QMetaObject::Connection> m_connections;
    mc::campaigns::CampaignSpec m_campaign;
    bool m_running = false;
    int m_issued = 0;
    QString m_exportPath; // the export waiting for the codes
    Export m_exportKind = Export::Csv;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace mc::ui
