// A label whose text takes an accent colour (or the muted colour), kept right when the
// palette switches between light and dark; optionally drawn as a pill (status badges).
#pragma once

#include "ui/dashboard/dashboardcolors.h"

#include <QLabel>

#include <optional>

namespace mc::ui {

class AccentLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccentLabel)

public:
    explicit AccentLabel(QWidget *parent = nullptr);
    ~AccentLabel() override;

    // No accent: the palette's muted text colour.
    void setAccent(std::optional<Accent> accent);
    std::optional<Accent> accent() const { return m_accent; }
    // Drawn as a rounded pill on a tint of the accent (status badges).
    void setPill(bool pill);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColour();

    std::optional<Accent> m_accent;
    bool m_applying = false;
    bool m_pill = false;
};

} // namespace mc::ui
