// SectionCard painting and layout.
#include "ui/dashboard/sectioncard.h"

#include "ui/page.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace mc::ui {

SectionCard::SectionCard(const QString &title, QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(title, this);
    makeMuted(m_title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(4);
    layout->addLayout(m_content, 1);
    SectionCard::setTypeScale(1.0);
}

SectionCard::~SectionCard() = default;

void SectionCard::setTypeScale(qreal scale)
{
    setFontScale(m_title, scale, true);
}

void SectionCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRoundedRect(QRectF(rect()), 8, 8);
}

} // namespace mc::ui
