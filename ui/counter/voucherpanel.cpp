// VoucherPanel: a grid of captions and values beside the QR code; money through core::Money
// in the user's locale (integer fen, never floating point).
#include "ui/counter/voucherpanel.h"

#include "app/core/money.h"
#include "ui/counter/countertext.h"
#include "ui/counter/qrcode.h"
#include "ui/page.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace mc::ui {

VoucherPanel::VoucherPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"counter.voucher"_s);
    setFrameShape(QFrame::StyledPanel);

    m_terms = new QWidget(this);
    auto *grid = new QGridLayout(m_terms);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    m_faceValue = addRow(tr("Face value"), u"counter.faceValue"_s, 0);
    scaleFont(m_faceValue, 1.8, true);
    m_usesLeft = addRow(tr("Uses left"), u"counter.usesLeft"_s, 1);
    m_validity = addRow(tr("Valid"), u"counter.validity"_s, 2);
    m_stores = addRow(tr("Stores"), u"counter.stores"_s, 3);
    m_campaign = addRow(tr("Campaign"), u"counter.campaign"_s, 4);
    m_voucherId = addRow(tr("Voucher"), u"counter.voucherId"_s, 5);
    grid->setRowStretch(6, 1);

    m_noTerms = new QLabel(this);
    m_noTerms->setObjectName(u"counter.noTerms"_s);
    m_noTerms->setWordWrap(true);
    makeMuted(m_noTerms);

    m_qr = new QLabel(this);
    m_qr->setObjectName(u"counter.qr"_s);
    m_qr->setAccessibleName(tr("Voucher code as a QR code"));
    m_qr->setAlignment(Qt::AlignCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(24);
    layout->addWidget(m_terms, 1);
    layout->addWidget(m_noTerms, 1);
    layout->addWidget(m_qr, 0, Qt::AlignTop);
    clear();
}

VoucherPanel::~VoucherPanel() = default;

QLabel *VoucherPanel::addRow(const QString &caption, const QString &name, int row)
{
    auto *grid = static_cast<QGridLayout *>(m_terms->layout());
    auto *label = new QLabel(caption, m_terms);
    makeMuted(label);
    auto *value = new QLabel(m_terms);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(value);
    grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(value, row, 1);
    return value;
}

void VoucherPanel::showVerdict(const vouchers::VoucherVerdict &verdict, const QHash<std::int64_t, QString> &storeNames)
{
    const vouchers::VoucherTerms &terms = verdict.terms;
    m_terms->setVisible(verdict.termsKnown);
    m_noTerms->setVisible(!verdict.termsKnown);
    if (verdict.termsKnown) {
        m_faceValue->setText(core::Money::fromMinor(terms.faceValueFen).toDisplayString());
        m_usesLeft->setText(CounterText::usesLeft(terms));
        m_validity->setText(CounterText::validity(terms));
        m_stores->setText(CounterText::stores(terms.storeIds, storeNames));
        m_campaign->setText(terms.campaignId.isEmpty() ? tr("None") : QString::fromUtf8(terms.campaignId));
        m_voucherId->setText(QString::fromUtf8(terms.voucherId));
    } else {
        m_noTerms->setText(tr("Nothing of this code can be shown: its signature did not verify."));
    }
    m_qrImage = QrCode::render(verdict.code, kQrModuleSize);
    m_qr->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qr->setVisible(!m_qrImage.isNull());
    show();
}

void VoucherPanel::clear()
{
    m_qrImage = QImage();
    m_qr->clear();
    hide();
}

} // namespace mc::ui
