// AccentLabel: the colour is a function of the palette, recomputed on every change.
#include "ui/dashboard/accentlabel.h"

#include <QEvent>
#include <QPainter>

namespace mc::ui {

AccentLabel::AccentLabel(QWidget *parent) : QLabel(parent)
{
    applyColour();
}

AccentLabel::~AccentLabel() = default;

void AccentLabel::setAccent(std::optional<Accent> accent)
{
    if (accent == m_accent)
        return;
    m_accent = accent;
    applyColour();
}

void AccentLabel::setPill(bool pill)
{
    m_pill = pill;
    setContentsMargins(pill ? QMargins(10, 3, 10, 3) : QMargins());
    setAlignment(pill ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    update();
}

void AccentLabel::paintEvent(QPaintEvent *event)
{
    if (m_pill) {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_accent ? accentTint(*m_accent, palette()) : palette().color(QPalette::AlternateBase));
        const qreal radius = height() / 2.0;
        painter.drawRoundedRect(QRectF(rect()), radius, radius);
    }
    QLabel::paintEvent(event);
}

void AccentLabel::applyColour()
{
    m_applying = true;
    // Start from the inherited palette so a light/dark switch reaches this label too.
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    // Both text roles: a label paints with Text, not WindowText, where an ancestor's background
    // role is Base (the dashboard's scroll area), and the accent showed black there.
    const QColor colour = m_accent ? accentColor(*m_accent, p) : p.color(QPalette::PlaceholderText);
    p.setColor(QPalette::WindowText, colour);
    p.setColor(QPalette::Text, colour);
    setPalette(p);
    m_applying = false;
}

void AccentLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColour();
    QLabel::changeEvent(event);
}

} // namespace mc::ui
