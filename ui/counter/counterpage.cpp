// CounterPage: the input row, the large answer and the voucher on the left, the upload queue
// on the right; a plain "not available" panel while there is no counter service.
#include "ui/counter/counterpage.h"

#include "app/core/money.h"
#include "app/vouchers/counterservice.h"
#include "ui/counter/codeinput.h"
#include "ui/counter/countertext.h"
#include "ui/counter/qrcode.h"
#include "ui/counter/queuepanel.h"
#include "ui/counter/receipt.h"
#include "ui/counter/resultbanner.h"
#include "ui/counter/voucherpanel.h"
#include "ui/settingskeys.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>

#include <memory>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

using Kind = ResultBanner::Kind;

CounterPage::CounterPage(const QString &title, const QString &summary, QWidget *parent) : Page(title, summary, parent)
{
    qRegisterMetaType<vouchers::VoucherVerdict>();
    qRegisterMetaType<vouchers::RedemptionRecord>();
    qRegisterMetaType<QList<vouchers::RedemptionRecord>>();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createUnavailable());
    m_stack->addWidget(createCounter());
    body()->addWidget(m_stack, 1);
    setCounterService(nullptr);
}

CounterPage::~CounterPage() = default;

QWidget *CounterPage::createUnavailable()
{
    auto *panel = new QLabel;
    panel->setObjectName(u"counter.unavailable"_s);
    panel->setWordWrap(true);
    panel->setAlignment(Qt::AlignCenter);
    panel->setMargin(32);
    panel->setText(u"<p style=\"font-size:large\"><b>%1</b></p><p>%2</p>"_s.arg(
        tr("The counter is not available on this console").toHtmlEscaped(),
        tr("Redeeming vouchers needs a store: sign in as the store's manager (--store), or, with the owner's "
           "sign-in, choose the store this counter stands in (--counter-store). Until then no voucher can be "
           "checked or redeemed here.")
            .toHtmlEscaped()));
    return panel;
}

QWidget *CounterPage::createCounter()
{
    auto *counter = new QWidget;
    counter->setObjectName(u"counter.content"_s);
    m_result = new ResultBanner(counter);
    m_voucher = new VoucherPanel(counter);
    m_queue = new QueuePanel(counter);
    connect(m_queue, &QueuePanel::retryRequested, this, &CounterPage::retryRequested);
    connect(m_queue, &QueuePanel::retryRequested, this, &CounterPage::focusInput);

    m_store = new QLabel(counter);
    m_store->setObjectName(u"counter.store"_s);
    scaleFont(m_store, 1.15, true);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_store);
    left->addWidget(createInputRow());
    left->addWidget(m_result);
    left->addWidget(m_voucher);
    left->addWidget(createActionRow());
    left->addStretch(1);

    auto *layout = new QHBoxLayout(counter);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(left, 3);
    layout->addWidget(m_queue, 2);
    m_result->setResult(Kind::Idle, tr("Ready"), tr("Scan or type a voucher code, then press Enter to check it."));
    return counter;
}

QWidget *CounterPage::createInputRow()
{
    auto *row = new QWidget;
    m_operator = new QLineEdit(row);
    m_operator->setObjectName(u"counter.operator"_s);
    m_operator->setPlaceholderText(tr("Name of the operator on duty"));
    m_operator->setText(readSetting(settings::kCounterOperator));
    connect(m_operator, &QLineEdit::textEdited, this, [this](const QString &name) {
        writeSetting(settings::kCounterOperator, name.trimmed());
        refreshActions();
    });
    connect(m_operator, &QLineEdit::returnPressed, this, &CounterPage::focusInput);
    auto *operatorLabel = new QLabel(tr("&Operator on duty:"), row);
    operatorLabel->setBuddy(m_operator);

    m_input = new CodeInput(row);
    m_input->setPlaceholderText(tr("Scan, paste or type a voucher code, then Enter"));
    m_input->setAccessibleName(tr("Voucher code"));
    scaleFont(m_input, 1.4, false);
    connect(m_input, &QLineEdit::returnPressed, this, &CounterPage::checkCode);
    connect(m_input, &QLineEdit::textChanged, this, &CounterPage::refreshActions);
    connect(m_input, &CodeInput::imageFileDropped, this, &CounterPage::openQrImage);
    auto *openImage = new QPushButton(tr("Open QR image…"), row);
    openImage->setObjectName(u"counter.openImage"_s);
    openImage->setToolTip(tr("Read the code from a picture of a QR code (you can also drop the file on the input)"));
    openImage->setFocusPolicy(Qt::NoFocus); // the code input keeps the focus
    connect(openImage, &QPushButton::clicked, this, &CounterPage::chooseQrImage);

    auto *grid = new QVBoxLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    auto *operatorRow = new QHBoxLayout;
    operatorRow->addWidget(operatorLabel);
    operatorRow->addWidget(m_operator, 1);
    operatorRow->addStretch(1);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_input, 1);
    codeRow->addWidget(openImage);
    grid->addLayout(operatorRow);
    grid->addLayout(codeRow);
    return row;
}

QWidget *CounterPage::createActionRow()
{
    auto *row = new QWidget;
    m_redeemAction = new QAction(tr("Redeem"), this);
    m_redeemAction->setObjectName(u"action.redeem"_s);
    m_redeemAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_redeemAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_redeemAction, &QAction::triggered, this, &CounterPage::redeemCode);
    addAction(m_redeemAction);
    m_redeem = new QPushButton(tr("Redeem (Ctrl+Enter)"), row);
    m_redeem->setObjectName(u"counter.redeem"_s);
    m_redeem->setFocusPolicy(Qt::NoFocus);
    scaleFont(m_redeem, 1.3, true);
    m_redeem->setMinimumHeight(48);
    connect(m_redeem, &QPushButton::clicked, this, &CounterPage::redeemCode);

    auto *print = new QAction(tr("Print receipt"), this);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QAction::triggered, this, &CounterPage::printReceipt);
    addAction(print);
    m_print = new QPushButton(tr("Print receipt… (Ctrl+P)"), row);
    m_print->setObjectName(u"counter.print"_s);
    m_print->setFocusPolicy(Qt::NoFocus);
    connect(m_print, &QPushButton::clicked, this, &CounterPage::printReceipt);
    m_savePdf = new QPushButton(tr("Save receipt as PDF…"), row);
    m_savePdf->setObjectName(u"counter.savePdf"_s);
    m_savePdf->setFocusPolicy(Qt::NoFocus);
    connect(m_savePdf, &QPushButton::clicked, this, &CounterPage::saveReceiptAs);

    // Redeem gets the whole width; the receipt's buttons sit under it (the page fits a
    // 1024-pixel screen beside the queue).
    auto *receipt = new QHBoxLayout;
    receipt->setSpacing(12);
    receipt->addWidget(m_print);
    receipt->addWidget(m_savePdf);
    receipt->addStretch(1);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_redeem);
    layout->addLayout(receipt);
    return row;
}

void CounterPage::setCounterService(vouchers::CounterService *service)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_service = service;
    m_stack->setCurrentIndex(service ? 1 : 0);
    if (service) {
        using vouchers::CounterService;
        m_connections = {
            connect(this, &CounterPage::checkRequested, service, &CounterService::check),
            connect(this, &CounterPage::redeemRequested, service, &CounterService::redeem),
            connect(this, &CounterPage::retryRequested, service, &CounterService::retryUpload),
            connect(this, &CounterPage::queueRefreshRequested, service, &CounterService::refreshQueue),
            connect(service, &CounterService::verdictReady, this, &CounterPage::showVerdict),
            connect(service, &CounterService::redemptionFinished, this, &CounterPage::showRedemption),
            connect(service, &CounterService::redemptionUpdated, m_queue, &QueuePanel::updateRecord),
            connect(service, &CounterService::queueChanged, m_queue, &QueuePanel::setQueue),
            connect(service, &CounterService::alert, m_queue, &QueuePanel::showAlert),
        };
        Q_EMIT queueRefreshRequested();
    }
    showStore();
    refreshActions();
    focusInput();
}

void CounterPage::setLocations(const QList<core::Location> &locations)
{
    m_storeNames.clear();
    for (const core::Location &location : locations)
        m_storeNames.insert(location.id, location.name);
    showStore();
}

void CounterPage::showStore()
{
    if (m_service)
        m_store->setText(tr("Counter of %1").arg(CounterText::stores({m_service->storeId()}, m_storeNames)));
}

QString CounterPage::operatorName() const
{
    return m_operator->text().trimmed();
}

void CounterPage::checkCode()
{
    const QByteArray code = m_input->code();
    if (!m_service || code.isEmpty())
        return;
    m_checking = code;
    m_hasVerdict = false;
    m_voucher->clear();
    m_result->setResult(Kind::Working, tr("Checking…"), QString());
    refreshActions();
    Q_EMIT checkRequested(code);
}

void CounterPage::redeemCode()
{
    if (!codeRedeemable())
        return;
    if (operatorName().isEmpty()) { // Redeem is disabled then: say why, and go to the field
        m_result->setResult(Kind::Accepted, m_result->headline(),
                            tr("Enter the operator on duty, then press Ctrl+Enter to redeem."));
        m_operator->setFocus();
        return;
    }
    m_redeeming = m_verdict.code;
    m_result->setResult(Kind::Working, tr("Redeeming…"),
                        tr("Recording the redemption; keep the voucher until it is confirmed."));
    refreshActions();
    Q_EMIT redeemRequested(m_verdict.code, operatorName());
}

void CounterPage::showVerdict(const vouchers::VoucherVerdict &verdict)
{
    if (verdict.code != m_checking)
        return; // the answer to an earlier scan
    m_checking.clear();
    m_verdict = verdict;
    m_hasVerdict = true;
    m_voucher->showVerdict(verdict, m_storeNames);
    if (verdict.accepted()) {
        const QString value = core::Money::fromMinor(verdict.terms.faceValueFen).toDisplayString();
        m_result->setResult(Kind::Accepted, tr("✔ Valid: %1").arg(value),
                            operatorName().isEmpty()
                                ? tr("Enter the operator on duty, then press Ctrl+Enter to redeem.")
                                : tr("Press Ctrl+Enter to redeem it."));
    } else {
        showRefusal(verdict, tr("✖ Refused"));
    }
    refreshActions();
    focusInput();
}

void CounterPage::showRedemption(const vouchers::VoucherVerdict &verdict, bool accepted,
                                 const vouchers::RedemptionRecord &record)
{
    if (verdict.code != m_redeeming)
        return;
    m_redeeming.clear();
    m_verdict = verdict;
    m_hasVerdict = true;
    m_voucher->showVerdict(verdict, m_storeNames);
    if (accepted) {
        m_lastVerdict = verdict;
        m_lastRecord = record;
        m_hasRedemption = true;
        m_result->setResult(Kind::Accepted,
                            tr("✔ Redeemed: %1").arg(core::Money::fromMinor(record.faceValueFen).toDisplayString()),
                            tr("Recorded as %1 by %2.\nGive the shopper the discount; Ctrl+P prints the receipt.")
                                .arg(record.serial, record.operatorName));
        m_queue->updateRecord(record);
        m_input->clear();
    } else {
        showRefusal(verdict, tr("✖ Not redeemed"));
    }
    refreshActions();
    focusInput();
}

void CounterPage::showRefusal(const vouchers::VoucherVerdict &verdict, const QString &headline)
{
    m_result->setResult(Kind::Refused, headline, CounterText::refusal(verdict));
}

bool CounterPage::codeRedeemable() const
{
    // Only the code on show, checked and accepted, may be redeemed, once per check.
    return m_service && m_hasVerdict && m_verdict.accepted() && m_redeeming.isEmpty() && m_checking.isEmpty() &&
           m_input->code() == m_verdict.code;
}

void CounterPage::refreshActions()
{
    m_redeem->setEnabled(codeRedeemable() && !operatorName().isEmpty());
    m_print->setEnabled(m_hasRedemption);
    m_savePdf->setEnabled(m_hasRedemption);
}

void CounterPage::focusInput()
{
    if (m_input->isVisible())
        m_input->setFocus(Qt::OtherFocusReason);
    m_input->selectAll(); // the next scan replaces the code
}

void CounterPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    QTimer::singleShot(0, this, &CounterPage::focusInput);
}

void CounterPage::openQrImage(const QString &path)
{
    if (!m_service)
        return;
    const QImage image = QImageReader(path).read();
    const QList<QByteArray> codes = QrCode::decode(image);
    if (codes.isEmpty()) {
        m_result->setResult(
            Kind::Refused, tr("✖ No QR code found"),
            image.isNull() ? tr("The file %1 is not an image that can be read.").arg(path)
                           : tr("No QR code could be read in %1. Try a sharper picture, or type the code.").arg(path));
        focusInput();
        return;
    }
    m_input->setText(QString::fromUtf8(codes.constFirst()));
    checkCode();
}

void CounterPage::chooseQrImage()
{
    auto *dialog =
        new QFileDialog(this, tr("Open QR image"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CounterPage::openQrImage);
    dialog->open(); // window-modal, no nested event loop
}

bool CounterPage::saveReceiptPdf(const QString &path)
{
    return m_hasRedemption && Receipt(m_lastVerdict, m_lastRecord, m_storeNames).savePdf(path);
}

void CounterPage::saveReceiptAs()
{
    if (!m_hasRedemption)
        return;
    const Receipt receipt(m_lastVerdict, m_lastRecord, m_storeNames);
    auto *dialog = new QFileDialog(this, tr("Save receipt as PDF"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                                       receipt.suggestedFileName(),
                                   tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!saveReceiptPdf(path))
            m_result->setResult(Kind::Refused, tr("✖ Receipt not saved"), tr("%1 could not be written.").arg(path));
    });
    dialog->open();
}

void CounterPage::printReceipt()
{
    if (!m_hasRedemption)
        return;
    auto document = std::shared_ptr<QTextDocument>(Receipt(m_lastVerdict, m_lastRecord, m_storeNames).document());
    auto *preview = new QPrintPreviewDialog(this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Receipt"));
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [document](QPrinter *printer) { document->print(printer); });
    preview->open(); // window-modal, no nested event loop
}

} // namespace mc::ui
