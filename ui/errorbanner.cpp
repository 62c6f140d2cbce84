// ErrorBanner: icon, message, Dismiss; tinted with the alert accent of the palette.
#include "ui/errorbanner.h"

#include "ui/dashboard/dashboardcolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace mc::ui {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"errorBanner"_s);
    setAccessibleName(tr("Problem"));
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setObjectName(u"errorBanner.text"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(u"errorBanner.dismiss"_s);
    connect(dismiss, &QPushButton::clicked, this, &ErrorBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showMessage(const QString &message)
{
    m_count = isVisible() ? m_count + 1 : 1;
    m_message = message;
    m_text->setText(m_count > 1 ? tr("%1 (%2 problems so far)").arg(message).arg(m_count) : message);
    show();
}

QString ErrorBanner::message() const
{
    return m_message;
}

void ErrorBanner::dismiss()
{
    m_count = 0;
    hide();
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    QPainter(this).fillRect(rect(), accentTint(Accent::Alert, palette())); // follows light and dark
    QFrame::paintEvent(event);
}

} // namespace mc::ui
