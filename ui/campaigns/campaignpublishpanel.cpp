#include "ui/campaigns/campaignpublishpanel.h"

#include "ui/campaigns/publishconflictdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mc::ui {

CampaignPublishPanel::CampaignPublishPanel(QWidget *parent)
    : QWidget(parent), m_author(qEnvironmentVariable("USER", u"merchant"_s))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_publish = new QPushButton(tr("Publish"), this);
    m_publish->setObjectName(u"campaigns.publish"_s);
    m_publish->setToolTip(tr("Sends the newest version to the platform through the outbox: once, even if the "
                             "connection drops or the console restarts."));
    m_status = new QLabel(this);
    m_status->setObjectName(u"campaigns.publish.status"_s);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_publish);
    layout->addWidget(m_status, 1);
    connect(m_publish, &QPushButton::clicked, this, &CampaignPublishPanel::publish);
    m_publish->setEnabled(false);
}

CampaignPublishPanel::~CampaignPublishPanel() = default;

template<typename F> void CampaignPublishPanel::onDesk(F &&call)
{
    if (!m_desk) {
        m_status->setText(tr("Publishing needs the platform: the console is not connected yet."));
        return;
    }
    QMetaObject::invokeMethod(m_desk, std::forward<F>(call), Qt::QueuedConnection);
}

void CampaignPublishPanel::setDesk(campaigns::CampaignPlatformDesk *desk)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_desk = desk;
    m_publish->setEnabled(desk && !m_newest.spec.id.isEmpty());
    if (!desk)
        return;
    using Desk = campaigns::CampaignPlatformDesk;
    m_connections = {
        connect(desk, &Desk::publishRecorded, this,
                [this](const QString &id) {
                    if (id == m_newest.spec.id)
                        m_status->setText(
                            tr("Version %1 is in the outbox: waiting for the platform…").arg(m_newest.version));
                }),
        connect(desk, &Desk::published, this,
                [this](const QString &id, int localVersion, qint64 platformVersion) {
                    if (id == m_newest.spec.id) {
                        m_waiting = false;
                        m_status->setText(
                            tr("Version %1 is published: platform version %2.").arg(localVersion).arg(platformVersion));
                    }
                    Q_EMIT campaignChanged(id);
                }),
        connect(desk, &Desk::rejected, this,
                [this](const QString &id, int localVersion, const QString &reason) {
                    if (id == m_newest.spec.id) {
                        m_waiting = false;
                        m_status->setText(tr("The platform refused version %1: %2").arg(localVersion).arg(reason));
                    }
                    Q_EMIT campaignChanged(id);
                }),
        connect(desk, &Desk::conflict, this, &CampaignPublishPanel::showConflict),
        connect(desk, &Desk::failed, this,
                [this](const QString &id, const QString &message) {
                    if (id == m_newest.spec.id && m_waiting) {
                        m_waiting = false;
                        m_status->setText(message);
                    }
                }),
    };
}

void CampaignPublishPanel::setCampaign(const campaigns::CampaignVersion &newest)
{
    const bool other = newest.spec.id != m_newest.spec.id;
    m_newest = newest;
    m_publish->setEnabled(m_desk && !newest.spec.id.isEmpty());
    if (!other && m_waiting)
        return; // keep "waiting for the platform"
    m_waiting = false;
    const QString state = newest.publishState;
    if (state == u"published")
        m_status->setText(
            tr("Version %1 is published: platform version %2.").arg(newest.version).arg(newest.platformVersion));
    else if (state == u"publishing")
        m_status->setText(tr("Version %1 is in the outbox: waiting for the platform…").arg(newest.version));
    else if (state == u"conflict")
        m_status->setText(tr("Version %1 was not published: the platform had a newer version. Publish again to decide.")
                              .arg(newest.version));
    else if (state == u"rejected")
        m_status->setText(tr("The platform refused version %1: %2").arg(newest.version).arg(newest.publishNote));
    else
        m_status->setText(newest.spec.id.isEmpty()
                              ? QString()
                              : tr("Version %1 is a draft: not on the platform yet.").arg(newest.version));
}

void CampaignPublishPanel::publish()
{
    if (m_newest.spec.id.isEmpty())
        return;
    m_waiting = true;
    m_status->setText(tr("Publishing version %1…").arg(m_newest.version));
    onDesk([d = m_desk.data(), id = m_newest.spec.id, author = m_author] { d->publish(id, author); });
}

void CampaignPublishPanel::showConflict(const campaigns::CampaignConflict &conflict)
{
    if (conflict.campaignId == m_newest.spec.id) {
        m_waiting = false;
        m_status->setText(tr("The platform has a newer version (%1) of this campaign: choose which one stays.")
                              .arg(conflict.platformVersion));
    }
    if (m_resolve)
        return decide(conflict, m_resolve(conflict));
    auto *dialog = new PublishConflictDialog(conflict, m_names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, conflict](int choice) { decide(conflict, choice); });
    dialog->open();
}

void CampaignPublishPanel::decide(const campaigns::CampaignConflict &conflict, int choice)
{
    if (choice == PublishConflictDialog::Later)
        return;
    m_waiting = conflict.campaignId == m_newest.spec.id;
    if (choice == PublishConflictDialog::KeepMine) {
        m_status->setText(tr("Publishing version %1 over the platform's version %2…")
                              .arg(conflict.localVersion)
                              .arg(conflict.platformVersion));
        onDesk([d = m_desk.data(), conflict, author = m_author] { d->keepMine(conflict, author); });
    } else {
        m_status->setText(tr("Taking the platform's version %1…").arg(conflict.platformVersion));
        onDesk([d = m_desk.data(), conflict, author = m_author] { d->takeTheirs(conflict, author); });
    }
}

} // namespace mc::ui
