// Animated GMV counter: integer easing in fen (no floating point), text fitted to the widget.
#include "ui/dashboard/gmvcounter.h"

#include "ui/dashboard/dashboardcolors.h"
#include "ui/dashboard/figureformat.h"

#include <QPainter>

namespace mc::ui {

GmvCounter::GmvCounter(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Today's GMV"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_frames.setInterval(kFrameMs);
    m_frames.setTimerType(Qt::PreciseTimer);
    connect(&m_frames, &QTimer::timeout, this, &GmvCounter::step);
}

GmvCounter::~GmvCounter() = default;

QString GmvCounter::text() const
{
    return FigureFormat(m_masked).money(m_shown);
}

void GmvCounter::setTarget(std::int64_t fen, bool animate)
{
    if (fen == m_target && (animate || !isAnimating()))
        return;
    m_target = fen;
    if (!animate || fen < m_shown) {
        m_frames.stop();
        show(fen);
        return;
    }
    m_from = m_shown;
    m_sinceTarget.start();
    if (!m_frames.isActive())
        m_frames.start();
}

void GmvCounter::step()
{
    const qint64 elapsed = m_sinceTarget.elapsed();
    if (elapsed >= kAnimationMs) {
        m_frames.stop();
        show(m_target);
        return;
    }
    // Quadratic ease-out in per-mille: quick at first, settling on the target.
    const std::int64_t progress = elapsed * 1000 / kAnimationMs;
    const std::int64_t eased = 1000 - (1000 - progress) * (1000 - progress) / 1000;
    show(m_from + (m_target - m_from) * eased / 1000);
}

void GmvCounter::show(std::int64_t fen)
{
    if (fen == m_shown)
        return;
    m_shown = fen;
    update();
}

void GmvCounter::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    update();
}

void GmvCounter::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

QSize GmvCounter::sizeHint() const
{
    const int height = fontMetrics().height() * 4;
    return {height * 5, height};
}

QSize GmvCounter::minimumSizeHint() const
{
    const int height = fontMetrics().height() * 2;
    return {height * 4, height};
}

void GmvCounter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QString shown = text();
    QFont font = this->font();
    font.setBold(true);
    // As tall as the widget allows, then narrowed to fit: digits keep one size while the
    // figure grows, changing only when it gains a digit.
    font.setPixelSize(std::max(8, height() * 8 / 10));
    const int advance = QFontMetrics(font).horizontalAdvance(shown);
    if (advance > width())
        font.setPixelSize(std::max(8, font.pixelSize() * width() / advance));
    painter.setFont(font);
    painter.setPen(m_stale ? palette().color(QPalette::PlaceholderText) : accentColor(Accent::Gmv, palette()));
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, shown);
}

} // namespace mc::ui
