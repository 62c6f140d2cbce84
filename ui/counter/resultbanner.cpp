// ResultBanner: a tinted card (green for accepted, red for refused) with a standard icon, a
// headline in large bold type ("✔ Accepted", "✖ Refused") and the detail.
#include "ui/counter/resultbanner.h"

#include "ui/dashboard/dashboardcolors.h"
#include "ui/page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

ResultBanner::ResultBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"counter.result"_s);
    setMinimumHeight(120);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"counter.result.icon"_s);
    m_icon->setFixedSize(48, 48);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"counter.result.headline"_s);
    m_headline->setWordWrap(true);
    scaleFont(m_headline, 2.0, true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"counter.result.detail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleFont(m_detail, 1.2, false);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(16);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

ResultBanner::~ResultBanner() = default;

void ResultBanner::setResult(Kind kind, const QString &headline, const QString &detail)
{
    m_kind = kind;
    setProperty("kind", QVariant::fromValue(kind));
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_headline->setForegroundRole(kind == Kind::Idle ? QPalette::PlaceholderText : QPalette::WindowText);
    setAccessibleName(headline);
    setAccessibleDescription(detail);
    refreshIcon();
    update();
}

QString ResultBanner::headline() const
{
    return m_headline->text();
}

QString ResultBanner::detail() const
{
    return m_detail->text();
}

void ResultBanner::refreshIcon()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Accepted)
        icon = QStyle::SP_DialogApplyButton;
    else if (m_kind == Kind::Refused)
        icon = QStyle::SP_MessageBoxCritical;
    else if (m_kind == Kind::Working)
        icon = QStyle::SP_BrowserReload;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(48, 48));
}

void ResultBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        refreshIcon();
    QFrame::changeEvent(event);
}

void ResultBanner::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::AlternateBase);
    QColor edge = palette().color(QPalette::Mid);
    if (m_kind == Kind::Accepted || m_kind == Kind::Refused) {
        const Accent accent = m_kind == Kind::Accepted ? Accent::Live : Accent::Alert;
        fill = accentTint(accent, palette());
        edge = accentColor(accent, palette());
    }
    painter.setPen(QPen(edge, 3));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8);
    QFrame::paintEvent(event);
}

} // namespace mc::ui
