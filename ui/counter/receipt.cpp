// Receipt: simple HTML (a title, a table of captions and values, the QR code) so that the
// preview, the printer and the PDF all lay it out the same way.
#include "ui/counter/receipt.h"

#include "app/core/money.h"
#include "ui/counter/countertext.h"
#include "ui/counter/qrcode.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
constexpr int kQrModuleSize = 4;
const QString kQrResource = u"mc-receipt://qr.png"_s;

QString row(const QString &caption, const QString &value)
{
    return u"<tr><td style=\"color:#555555; padding-right:12px\">%1</td><td><b>%2</b></td></tr>"_s.arg(
        caption.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

Receipt::Receipt(const vouchers::VoucherVerdict &verdict, const vouchers::RedemptionRecord &record,
                 const QHash<std::int64_t, QString> &storeNames)
    : m_verdict(verdict), m_record(record), m_storeNames(storeNames)
{}

std::unique_ptr<QTextDocument> Receipt::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    const QString store = m_record.storeId > 0 ? CounterText::stores({m_record.storeId}, m_storeNames)
                                               : CounterText::stores(m_verdict.terms.storeIds, m_storeNames);
    QString html = u"<h2 style=\"text-align:center\">%1</h2>"_s.arg(tr("Voucher redeemed").toHtmlEscaped());
    html += u"<p style=\"text-align:center; font-size:x-large\"><b>%1</b></p>"_s.arg(
        core::Money::fromMinor(m_record.faceValueFen).toDisplayString().toHtmlEscaped());
    html += u"<table>"_s;
    html += row(tr("Redeemed"), tr("%1 (Beijing time)").arg(CounterText::beijingDateTime(m_record.redeemedMs)));
    html += row(tr("Store"), store);
    html += row(tr("Operator"), m_record.operatorName);
    html += row(tr("Voucher"), QString::fromUtf8(m_record.voucherId));
    if (!m_verdict.terms.campaignId.isEmpty())
        html += row(tr("Campaign"), QString::fromUtf8(m_verdict.terms.campaignId));
    if (m_verdict.termsKnown && m_verdict.terms.usesLeft >= 0)
        html += row(tr("Uses left"), CounterText::usesLeft(m_verdict.terms));
    html += row(tr("Serial number"), m_record.serial);
    html += row(tr("Upload"), CounterText::uploadState(m_record.state));
    html += u"</table>"_s;
    const QImage qr = QrCode::render(m_record.code, kQrModuleSize);
    if (!qr.isNull()) {
        doc->addResource(QTextDocument::ImageResource, QUrl(kQrResource), qr);
        html += u"<p style=\"text-align:center\"><img src=\"%1\" width=\"%2\" height=\"%2\"></p>"_s.arg(kQrResource)
                    .arg(qr.width() / 2);
    }
    html += u"<p style=\"text-align:center; font-size:small\">%1</p>"_s.arg(
        tr("Keep this receipt: the serial number identifies the redemption.").toHtmlEscaped());
    doc->setHtml(html);
    return doc;
}

bool Receipt::savePdf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Voucher redeemed"));
        writer.setCreator(u"Merchant Console"_s);
        writer.setPageSize(QPageSize(QSizeF(80, 160), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
        writer.setResolution(300);
        const std::unique_ptr<QTextDocument> doc = document();
        doc->print(&writer);
    }
    file.close();
    return file.error() == QFileDevice::NoError && file.size() > 0;
}

QString Receipt::suggestedFileName() const
{
    return u"voucher-receipt-%1.pdf"_s.arg(m_record.serial.isEmpty() ? u"unsaved"_s : m_record.serial);
}

} // namespace mc::ui
