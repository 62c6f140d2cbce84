// Base of every page in the main window: a header (title, one-line summary, rule) above a
// body that subclasses fill. Colours come from the palette, so light and dark both work.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace mc::ui {

class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    Page(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~Page() override;

    // Hides the summary line and the rule under the title (a full-screen page needs room).
    void setCompactHeader(bool compact);

protected:
    QVBoxLayout *body() const { return m_body; }

private:
    QVBoxLayout *m_body = nullptr;
    QWidget *m_summary = nullptr;
    QWidget *m_rule = nullptr;
};

// A label in the palette's muted text colour, for hints and explanations.
void makeMuted(QWidget *label);
// Scales a widget's font; bold for titles.
void scaleFont(QWidget *widget, qreal factor, bool bold);
// Sets a widget's font to the application's scaled by factor: repeatable, unlike scaleFont.
void setFontScale(QWidget *widget, qreal factor, bool bold);

} // namespace mc::ui
