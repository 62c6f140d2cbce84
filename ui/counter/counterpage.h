// The store counter, keyboard-first for a queue of shoppers: one always-focused input takes
// a scanner's code + Enter, a pasted code or a QR image; Enter checks, the voucher is shown
// plainly, Ctrl+Enter redeems under the operator on duty; a large accepted/refused answer;
// the upload queue with Retry; the code as a QR code and a printable receipt. The page only
// talks to a vouchers::CounterService (queued across threads); without one it says so.
#pragma once

#include "app/core/location.h"
#include "app/vouchers/counterservice.h"
#include "ui/page.h"

#include <QHash>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mc::ui {

class CodeInput;
class QueuePanel;
class ResultBanner;
class VoucherPanel;

class CounterPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterPage)

public:
    CounterPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~CounterPage() override;

    // nullptr: the counter is not available (no store sign-in, no service) and says so.
    void setCounterService(mc::vouchers::CounterService *service);
    vouchers::CounterService *counterService() const { return m_service; }
    void setLocations(const QList<core::Location> &locations);

    CodeInput *codeInput() const { return m_input; }
    QString operatorName() const;
    // Reads a QR code from an image file into the input and checks it.
    void openQrImage(const QString &path);
    // The receipt of the last redemption as a PDF; false without one or when it cannot be written.
    bool saveReceiptPdf(const QString &path);

public Q_SLOTS:
    void checkCode();
    void redeemCode();
    void printReceipt();
    void saveReceiptAs();
    void chooseQrImage();

Q_SIGNALS:
    // Sent to the service's slots (queued when it lives on another thread).
    void checkRequested(const QByteArray &code);
    void redeemRequested(const QByteArray &code, const QString &operatorName);
    void retryRequested(const QString &serial);
    void queueRefreshRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createCounter();
    QWidget *createUnavailable();
    QWidget *createInputRow();
    QWidget *createActionRow();
    void showVerdict(const mc::vouchers::VoucherVerdict &verdict);
    void showRedemption(const mc::vouchers::VoucherVerdict &verdict, bool accepted,
                        const mc::vouchers::RedemptionRecord &record);
    void showRefusal(const vouchers::VoucherVerdict &verdict, const QString &headline);
    bool codeRedeemable() const;
    void refreshActions();
    void focusInput();
    void showStore();

    QPointer<vouchers::CounterService> m_service;
    QList<QMetaObject::Connection> m_connections;
    QStackedWidget *m_stack = nullptr;
    CodeInput *m_input = nullptr;
    QLineEdit *m_operator = nullptr;
    ResultBanner *m_result = nullptr;
    VoucherPanel *m_voucher = nullptr;
    QueuePanel *m_queue = nullptr;
    QPushButton *m_redeem = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QAction *m_redeemAction = nullptr;
    QHash<std::int64_t, QString> m_storeNames;
    QLabel *m_store = nullptr; // which store this counter redeems for

    QByteArray m_checking;  // the code whose verdict is awaited
    QByteArray m_redeeming; // the code whose redemption is awaited
    vouchers::VoucherVerdict m_verdict;
    bool m_hasVerdict = false;
    vouchers::VoucherVerdict m_lastVerdict; // of the last accepted redemption, for its receipt
    vouchers::RedemptionRecord m_lastRecord;
    bool m_hasRedemption = false;
};

} // namespace mc::ui
