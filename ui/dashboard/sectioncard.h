// A titled card on the dashboard: a rounded panel a shade off the page background, so
// figures group visibly in light and dark palettes without frames.
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace mc::ui {

class SectionCard : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionCard)

public:
    explicit SectionCard(const QString &title, QWidget *parent = nullptr);
    ~SectionCard() override;

    QVBoxLayout *content() const { return m_content; }
    QLabel *titleLabel() const { return m_title; }
    virtual void setTypeScale(qreal scale);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace mc::ui
