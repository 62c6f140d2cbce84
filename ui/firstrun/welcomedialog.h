// First run: shown when no profile is configured. "Try the demo" (its data in a folder of its
// own) or "Connect your shop": endpoint, app key, secret, session key, an optional store id
// (a store manager's sign-in) and an optional certificate pin; "Test connection" shows the
// verdict the composition root gets from the platform.
#pragma once

#include "ui/firstrun/shopsignin.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mc::ui {

class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    ShopSignIn signIn() const;
    void setSignIn(const ShopSignIn &signIn); // for tests and screenshots

public Q_SLOTS:
    // The answer to testRequested()/connectRequested(): `ok` colours it; the buttons come back.
    void showVerdict(bool ok, const QString &verdict, const QString &detail);

Q_SIGNALS:
    void demoChosen();
    void testRequested(const mc::ui::ShopSignIn &signIn);
    // Test, then save the profile and open it: the composition root accepts the dialog when
    // the connection works, or shows the verdict.
    void connectRequested(const mc::ui::ShopSignIn &signIn);

private:
    QWidget *createDemoCard();
    QWidget *createShopCard();
    void setBusy(bool busy, const QString &message);
    bool checkFilled();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_session = nullptr;
    QLineEdit *m_store = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace mc::ui
