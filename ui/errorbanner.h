// A banner across the top of the window for failures the user should know about (the
// platform refused the credentials, the local database cannot be opened ...). Non-modal:
// work goes on around it, and it never runs a nested event loop.
#pragma once

#include <QFrame>

class QLabel;

namespace mc::ui {

class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    // Shows the newest message; repeated failures are counted, not stacked.
    void showMessage(const QString &message);
    QString message() const;
    int count() const { return m_count; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void dismiss();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QString m_message;
    int m_count = 0;
};

} // namespace mc::ui
