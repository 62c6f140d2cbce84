// The big GMV figure: counts up smoothly from what it shows to each new total, like the
// 11.11 big screen. Its frame timer runs only while the figure is moving.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <cstdint>

namespace mc::ui {

class GmvCounter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GmvCounter)

public:
    static constexpr int kAnimationMs = 900; // a little longer than the 200 ms between snapshots
    static constexpr int kFrameMs = 16;

    explicit GmvCounter(QWidget *parent = nullptr);
    ~GmvCounter() override;

    // Counts up to a higher total; jumps to a lower one, or when animate is false (a new
    // scope or day is a different figure, not growth).
    void setTarget(std::int64_t fen, bool animate = true);
    std::int64_t targetFen() const { return m_target; }
    std::int64_t shownFen() const { return m_shown; }
    bool isAnimating() const { return m_frames.isActive(); }
    QString text() const; // what is painted

    void setMasked(bool masked);
    // Stale figures are painted in the muted text colour instead of the accent.
    void setStale(bool stale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void step();
    void show(std::int64_t fen);

    std::int64_t m_from = 0;
    std::int64_t m_target = 0;
    std::int64_t m_shown = 0;
    bool m_masked = false;
    bool m_stale = false;
    QTimer m_frames;
    QElapsedTimer m_sinceTarget;
};

} // namespace mc::ui
