// The counter's large answer: accepted or refused, in words and with an icon as well as a
// colour (never colour alone), and the reason or the next step underneath.
#pragma once

#include <QFrame>

class QLabel;

namespace mc::ui {

class ResultBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultBanner)

public:
    enum class Kind { Idle, Working, Accepted, Refused };
    Q_ENUM(Kind)

    explicit ResultBanner(QWidget *parent = nullptr);
    ~ResultBanner() override;

    void setResult(Kind kind, const QString &headline, const QString &detail);
    Kind kind() const { return m_kind; }
    QString headline() const;
    QString detail() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    Kind m_kind = Kind::Idle;
};

} // namespace mc::ui
