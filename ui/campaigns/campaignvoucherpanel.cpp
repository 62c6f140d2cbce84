#include "ui/campaigns/campaignvoucherpanel.h"

#include "ui/campaigns/campaigntext.h"
#include "ui/campaigns/voucherqrsheet.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

CampaignVoucherPanel::CampaignVoucherPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"campaigns.vouchers.counts"_s);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    auto *run = new QHBoxLayout;
    m_issue = new QPushButton(tr("Issue vouchers"), this);
    m_issue->setObjectName(u"campaigns.vouchers.issue"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"campaigns.vouchers.progress"_s);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"campaigns.vouchers.cancel"_s);
    run->addWidget(m_issue);
    run->addWidget(m_cancel);
    run->addStretch(1);
    layout->addLayout(run);
    layout->addWidget(m_progress); // a line of its own: the tab stays narrow
    auto *files = new QHBoxLayout;
    m_csv = new QPushButton(tr("Export codes (CSV)…"), this);
    m_csv->setObjectName(u"campaigns.vouchers.csv"_s);
    m_pdf = new QPushButton(tr("Print QR sheet (PDF)…"), this);
    m_pdf->setObjectName(u"campaigns.vouchers.pdf"_s);
    m_pdf->setToolTip(tr("A4 pages of nine QR codes with their text, the campaign's terms and where it is "
                         "redeemable: for flyers and posters."));
    files->addWidget(m_csv);
    files->addWidget(m_pdf);
    files->addStretch(1);
    layout->addLayout(files);
    m_status = new QLabel(this);
    m_status->setObjectName(u"campaigns.vouchers.status"_s);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_status);
    connect(m_issue, &QPushButton::clicked, this, &CampaignVoucherPanel::issue);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignVoucherPanel::cancel);
    connect(m_csv, &QPushButton::clicked, this, [this] { askPath(Export::Csv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askPath(Export::QrSheet); });
    showState({}, 0, 0, false);
}

CampaignVoucherPanel::~CampaignVoucherPanel() = default;

template<typename F> void CampaignVoucherPanel::onDesk(F &&call)
{
    if (!m_desk) {
        m_status->setText(tr("Vouchers need the platform: the console is not connected yet."));
        return;
    }
    QMetaObject::invokeMethod(m_desk, std::forward<F>(call), Qt::QueuedConnection);
}

void CampaignVoucherPanel::setDesk(campaigns::CampaignPlatformDesk *desk)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_desk = desk;
    if (!desk)
        return;
    m_connections = {
        connect(desk, &campaigns::CampaignPlatformDesk::voucherState, this, &CampaignVoucherPanel::showState),
        connect(desk, &campaigns::CampaignPlatformDesk::vouchersFinished, this,
                [this](const QString &id, int issued, int planned, bool cancelled) {
                    if (id != m_campaign.id)
                        return;
                    m_status->setText(cancelled ? tr("Cancelled: %1 of %2 issued. Issue again to resume.")
                                                      .arg(QLocale().toString(issued), QLocale().toString(planned))
                                                : tr("All %1 vouchers are issued.").arg(QLocale().toString(planned)));
                }),
        connect(desk, &campaigns::CampaignPlatformDesk::vouchersListed, this, &CampaignVoucherPanel::writeExport),
        connect(desk, &campaigns::CampaignPlatformDesk::failed, this,
                [this](const QString &id, const QString &message) {
                    if (id == m_campaign.id && (m_running || !m_exportPath.isEmpty())) {
                        m_exportPath.clear();
                        m_status->setText(message);
                    }
                }),
    };
    if (!m_campaign.id.isEmpty())
        setCampaign(m_campaign);
}

void CampaignVoucherPanel::setCampaign(const campaigns::CampaignSpec &campaign)
{
    const bool other = campaign.id != m_campaign.id;
    m_campaign = campaign;
    if (other) {
        m_status->clear();
        m_exportPath.clear();
    }
    showState(campaign.id, 0, 0, false);
    if (campaign.type == campaigns::CampaignType::Voucher && m_desk)
        onDesk([d = m_desk.data(), id = campaign.id] { d->loadVoucherState(id); });
}

void CampaignVoucherPanel::showState(const QString &campaignId, int issued, int planned, bool running)
{
    if (campaignId != m_campaign.id)
        return;
    m_running = running;
    m_issued = issued;
    const bool voucher = m_campaign.type == campaigns::CampaignType::Voucher && !m_campaign.id.isEmpty();
    const QLocale locale;
    if (!voucher)
        m_counts->setText(m_campaign.id.isEmpty() ? tr("Choose a voucher campaign to issue its codes.")
                                                  : tr("Only a voucher campaign issues voucher codes."));
    else if (planned == 0)
        m_counts->setText(tr("This campaign issues %1 vouchers of %2 (in batches of %3); none issued yet.")
                              .arg(locale.toString(m_campaign.voucherQuantity), campaignMoney(m_campaign.faceValueFen))
                              .arg(campaigns::kVouchersPerCall));
    else
        m_counts->setText(
            tr("%1 of %2 vouchers of %3 issued.")
                .arg(locale.toString(issued), locale.toString(planned), campaignMoney(m_campaign.faceValueFen)));
    const int total = planned > 0 ? planned : std::max(m_campaign.voucherQuantity, 1);
    m_progress->setRange(0, total);
    m_progress->setValue(std::min(issued, total));
    m_progress->setVisible(voucher); // "0 of 1" means nothing for a campaign without vouchers
    m_issue->setText(issued > 0 && issued < planned ? tr("Resume issuing") : tr("Issue vouchers"));
    m_issue->setEnabled(voucher && !running && (planned == 0 || issued < planned));
    m_cancel->setEnabled(voucher && running);
    m_csv->setEnabled(voucher && issued > 0);
    m_pdf->setEnabled(voucher && issued > 0);
    if (running)
        m_status->setText(tr("Issuing… You may close the console: “Resume issuing” then continues where it stopped."));
}

void CampaignVoucherPanel::issue()
{
    if (m_campaign.type != campaigns::CampaignType::Voucher)
        return;
    m_status->setText(tr("Planning the batches…"));
    onDesk([d = m_desk.data(), id = m_campaign.id] { d->issueVouchers(id); });
}

void CampaignVoucherPanel::cancel()
{
    if (m_desk)
        m_desk->cancelVouchers(); // an atomic flag: any thread
    m_status->setText(tr("Cancelling after the batch under way…"));
}

void CampaignVoucherPanel::askPath(Export kind)
{
    const bool csv = kind == Export::Csv;
    const QString stem =
        u"vouchers-%1-%2"_s.arg(m_campaign.id, QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    const QString path = QFileDialog::getSaveFileName(this, csv ? tr("Export voucher codes") : tr("Save the QR sheet"),
                                                      QDir::home().filePath(stem + (csv ? u".csv"_s : u".pdf"_s)),
                                                      csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path, kind);
}

void CampaignVoucherPanel::exportTo(const QString &path, Export kind)
{
    m_exportPath = path;
    m_exportKind = kind;
    m_status->setText(tr("Reading the codes…"));
    onDesk([d = m_desk.data(), id = m_campaign.id] { d->listVouchers(id); });
}

void CampaignVoucherPanel::writeExport(const QString &campaignId, const QList<campaigns::IssuedVoucher> &vouchers)
{
    if (campaignId != m_campaign.id || m_exportPath.isEmpty())
        return;
    const QString path = std::exchange(m_exportPath, QString());
    const int count = int(vouchers.size());
    if (m_exportKind == Export::Csv) {
        const core::Status s = campaigns::writeVoucherCsv(path, vouchers);
        m_status->setText(
            s ? tr("%1 codes written to %2.").arg(QLocale().toString(count), QDir::toNativeSeparators(path))
              : s.error().toString());
        Q_EMIT exported(s.ok(), path, s ? QString() : s.error().toString());
        return;
    }
    // Thousands of codes are hundreds of pages: drawn beside the GUI thread.
    m_pdf->setEnabled(false);
    m_status->setText(tr("Drawing %n QR code(s)…", nullptr, count));
    auto result = std::make_shared<core::Status>();
    QThread *worker = QThread::create(
        [result, path, campaign = m_campaign, vouchers] { *result = writeVoucherQrSheet(path, campaign, vouchers); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, path, count] {
        m_pdf->setEnabled(m_issued > 0);
        m_status->setText(*result ? tr("QR sheet of %1 codes written to %2.")
                                        .arg(QLocale().toString(count), QDir::toNativeSeparators(path))
                                  : result->error().toString());
        Q_EMIT exported(result->ok(), path, *result ? QString() : result->error().toString());
    });
    worker->start();
}

} // namespace mc::ui
