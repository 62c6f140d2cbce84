// Renders a StatusSnapshot as three short labels, in the user's locale.
#include "ui/statusindicators.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
QString connectionText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotConnected:
        return StatusIndicators::tr("Not connected");
    case ConnectionState::Connecting:
        return StatusIndicators::tr("Connecting…");
    case ConnectionState::Connected:
        return StatusIndicators::tr("Connected");
    case ConnectionState::Offline:
        return StatusIndicators::tr("Offline");
    case ConnectionState::CredentialsRefused:
        return StatusIndicators::tr("Credentials refused");
    }
    return {};
}
} // namespace

StatusIndicators::StatusIndicators(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(12);
    m_connection = addIndicator(u"status.connection"_s, tr("Connection to the e-commerce platform"));
    m_lastSync = addIndicator(u"status.lastSync"_s, tr("When data was last synchronised with the platform"));
    m_unsynced = addIndicator(u"status.unsynced"_s, tr("Changes made here that the platform has not confirmed yet"));
    m_quarantined = addIndicator(
        u"status.quarantined"_s,
        tr("Orders the platform sent with impossible data (a repeated line, a negative amount, a missing time). "
           "They are set aside and left out of every figure; a corrected copy from the platform replaces them. "
           "Details: the quarantine table of the cache."));
    m_redemptions = addIndicator(
        u"status.redemptions"_s,
        tr("Vouchers redeemed at this counter that the platform has not confirmed yet. They are kept in the ledger "
           "and sent again until it does (Vouchers page, Uploads to the platform)."));
    setStatus(StatusSnapshot{});
    setRedemptionsToUpload(-1);
}

StatusIndicators::~StatusIndicators() = default;

QLabel *StatusIndicators::addIndicator(const QString &objectName, const QString &toolTip)
{
    if (layout()->count() > 0) {
        auto *separator = new QFrame(this);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        separator->setObjectName(objectName + u".separator"_s);
        layout()->addWidget(separator);
    }
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setToolTip(toolTip);
    layout()->addWidget(label);
    return label;
}

void StatusIndicators::setStatus(const StatusSnapshot &status)
{
    const QLocale locale;
    m_connection->setText(tr("Platform: %1").arg(connectionText(status.connection)));
    // In Beijing time, like every other time on screen: the platform's day and its clock.
    constexpr int kBeijingOffsetSeconds = 8 * 3600;
    const QString lastSync = status.lastSync.isValid()
                                 ? locale.toString(status.lastSync.toOffsetFromUtc(kBeijingOffsetSeconds), QLocale::ShortFormat)
                                 : tr("Never");
    m_lastSync->setText(tr("Last sync: %1").arg(lastSync));
    m_unsynced->setText(tr("Unsynced changes: %1").arg(locale.toString(status.unsyncedChanges)));
    m_quarantined->setText(tr("Orders set aside: %1").arg(locale.toString(status.quarantinedTrades)));
    m_quarantined->setVisible(status.quarantinedTrades > 0);
    if (auto *separator = findChild<QFrame *>(u"status.quarantined.separator"_s))
        separator->setVisible(status.quarantinedTrades > 0);
}

void StatusIndicators::setRedemptionsToUpload(int count)
{
    m_redemptions->setText(tr("Vouchers to upload: %1").arg(QLocale().toString(count)));
    m_redemptions->setVisible(count >= 0);
    if (auto *separator = findChild<QFrame *>(u"status.redemptions.separator"_s))
        separator->setVisible(count >= 0);
}

} // namespace mc::ui
