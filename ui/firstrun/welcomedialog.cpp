// The welcome screen: two cards side by side, the demo's and the shop's form.
#include "ui/firstrun/welcomedialog.h"

#include "ui/page.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A heading and a muted paragraph at the top of `box`'s new layout.
QVBoxLayout *headedLayout(QWidget *box, int margin, const QString &title, const QString &text)
{
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(heading(title, box));
    auto *label = new QLabel(text, box);
    label->setWordWrap(true);
    makeMuted(label);
    layout->addWidget(label);
    return layout;
}
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"welcome"_s);
    setWindowTitle(tr("Welcome to Merchant Console"));
    QVBoxLayout *layout =
        headedLayout(this, 24, tr("Welcome to Merchant Console"),
                     tr("Watch your shop's sales live, run the store counter and close the day. Try it first with "
                        "a demo shop, or connect your own."));
    layout->setSpacing(16);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(createDemoCard(), 2);
    cards->addWidget(createShopCard(), 3);
    layout->addLayout(cards, 1);
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget *WelcomeDialog::createDemoCard()
{
    QFrame *frame = card(this);
    QVBoxLayout *layout =
        headedLayout(frame, 20, tr("Try the demo"),
                     tr("A made-up shop living through 11.11, thirty times faster than real time: orders, stores, "
                        "vouchers and the day close. Its data is kept in a folder of its own and never mixed with "
                        "a real shop's."));
    layout->addSpacing(8);
    auto *demo = new QPushButton(tr("Try the &demo"), frame);
    demo->setObjectName(u"welcome.demo"_s);
    connect(demo, &QPushButton::clicked, this, &WelcomeDialog::demoChosen);
    layout->addWidget(demo, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return frame;
}

QWidget *WelcomeDialog::createShopCard()
{
    QFrame *frame = card(this);
    QVBoxLayout *layout =
        headedLayout(frame, 20, tr("Connect your shop"),
                     tr("From the platform's developer console. The app secret and the session key are kept in "
                        "this computer's keychain, never in a file."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto field = [&](QLineEdit *&edit, const QString &name, const QString &label, const QString &placeholder) {
        edit = new QLineEdit(frame);
        edit->setObjectName(u"welcome."_s + name);
        edit->setPlaceholderText(placeholder);
        auto *caption = new QLabel(label, frame);
        caption->setBuddy(edit);
        form->addRow(caption, edit);
    };
    field(m_name, u"name"_s, tr("&Profile name"), tr("e.g. Flagship store"));
    field(m_endpoint, u"endpoint"_s, tr("&Endpoint"), u"https://gw.example.com/router/rest"_s);
    field(m_appKey, u"appKey"_s, tr("App &key"), QString());
    field(m_secret, u"secret"_s, tr("App &secret"), QString());
    m_secret->setEchoMode(QLineEdit::Password);
    field(m_session, u"session"_s, tr("Sessio&n key"), QString());
    m_session->setEchoMode(QLineEdit::Password);
    field(m_store, u"store"_s, tr("St&ore id"), tr("Optional: a store manager's store"));
    m_store->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[1-9][0-9]{0,17}"_s), m_store));
    field(m_pin, u"pin"_s, tr("Certificate p&in"), tr("Optional: SHA-256 of the certificate"));
    layout->addLayout(form);
    m_verdict = new QLabel(frame);
    m_verdict->setObjectName(u"welcome.verdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), frame);
    m_test->setObjectName(u"welcome.test"_s);
    m_connect = new QPushButton(tr("&Connect"), frame);
    m_connect->setObjectName(u"welcome.connect"_s);
    m_connect->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_connect);
    layout->addLayout(buttons);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (!checkFilled())
            return;
        setBusy(true, tr("Testing the connection…"));
        Q_EMIT testRequested(signIn());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!checkFilled())
            return;
        setBusy(true, tr("Connecting…"));
        Q_EMIT connectRequested(signIn());
    });
    return frame;
}

bool WelcomeDialog::checkFilled()
{
    for (QLineEdit *required : {m_name, m_endpoint, m_appKey, m_secret, m_session}) {
        if (required->text().trimmed().isEmpty()) {
            required->setFocus();
            showVerdict(false, tr("Fill in the profile name, endpoint, app key, app secret and session key."), {});
            return false;
        }
    }
    return true;
}

ShopSignIn WelcomeDialog::signIn() const
{
    return ShopSignIn{m_name->text().trimmed(),  m_endpoint->text().trimmed(), m_appKey->text().trimmed(),
                      m_secret->text().trimmed(), m_session->text().trimmed(), m_store->text().trimmed(),
                      m_pin->text().trimmed()};
}

void WelcomeDialog::setSignIn(const ShopSignIn &s)
{
    m_name->setText(s.profileName);
    m_endpoint->setText(s.endpoint);
    m_appKey->setText(s.appKey);
    m_secret->setText(s.appSecret);
    m_session->setText(s.session);
    m_store->setText(s.storeId);
    m_pin->setText(s.tlsSha256);
}

void WelcomeDialog::setBusy(bool busy, const QString &message)
{
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(message);
}

void WelcomeDialog::showVerdict(bool ok, const QString &verdict, const QString &detail)
{
    setBusy(false, verdict);
    // Green for a working connection, red otherwise; the technical detail as a tooltip.
    m_verdict->setStyleSheet(ok ? u"color: #1b7f3b; font-weight: bold;"_s : u"color: #b3261e; font-weight: bold;"_s);
    m_verdict->setToolTip(detail);
}

} // namespace mc::ui
