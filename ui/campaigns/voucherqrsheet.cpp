// QPdfWriter at 300 dpi, A4 portrait with 10 mm margins; a header per page, a 3 x 3 grid of
// cells (QR, code text, voucher number), a footer with the page number.
#include "ui/campaigns/voucherqrsheet.h"

#include "ui/campaigns/campaigntext.h"
#include "ui/counter/qrcode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

constexpr int kDpi = 300;
constexpr qreal kDotsPerMm = kDpi / 25.4;

qreal mm(qreal millimetres)
{
    return millimetres * kDotsPerMm;
}

QFont font(qreal points, bool bold = false, bool fixed = false)
{
    QFont f = fixed ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Name, terms, validity and reach across the top of a page; returns its height.
qreal paintHeader(QPainter &p, const QRectF &page, const campaigns::CampaignSpec &c)
{
    p.setPen(Qt::black);
    p.setFont(font(15, true));
    const QRectF name = p.boundingRect(page, Qt::AlignLeft | Qt::TextWordWrap, c.name);
    p.drawText(name, Qt::AlignLeft | Qt::TextWordWrap, c.name);
    const QString terms =
        c.thresholdFen > 0
            ? QCoreApplication::translate("mc::ui::VoucherQrSheet", "Voucher worth %1 on a purchase of at least %2")
                  .arg(campaignMoney(c.faceValueFen), campaignMoney(c.thresholdFen))
            : QCoreApplication::translate("mc::ui::VoucherQrSheet", "Voucher worth %1, no minimum purchase")
                  .arg(campaignMoney(c.faceValueFen));
    const QString lines =
        terms + u'\n' +
        QCoreApplication::translate("mc::ui::VoucherQrSheet", "Valid %1 – %2 (Beijing time)")
            .arg(campaignTime(c.startsMs), campaignTime(c.endsMs)) +
        u'\n' + QCoreApplication::translate("mc::ui::VoucherQrSheet", "Redeemable: %1").arg(campaignReachText(c)) +
        u'\n' +
        QCoreApplication::translate("mc::ui::VoucherQrSheet",
                                    "Each code can be used once. Show it at the till or enter it when you pay online.");
    p.setFont(font(9.5));
    const QRectF rest(page.left(), name.bottom() + mm(1.5), page.width(), page.height());
    const QRectF body = p.boundingRect(rest, Qt::AlignLeft | Qt::TextWordWrap, lines);
    p.drawText(body, Qt::AlignLeft | Qt::TextWordWrap, lines);
    return body.bottom() - page.top() + mm(4);
}

void paintCell(QPainter &p, const QRectF &cell, const campaigns::CampaignSpec &c, const campaigns::IssuedVoucher &v)
{
    const qreal side = std::min(cell.width() - mm(10), mm(45));
    const QRectF square(cell.center().x() - side / 2, cell.top() + mm(3), side, side);
    QrCode::paint(p, square, v.code.toUtf8());
    p.setPen(Qt::black);
    p.setFont(font(9, true));
    const QRectF face(cell.left(), square.bottom(), cell.width(), mm(5));
    p.drawText(face, Qt::AlignHCenter | Qt::AlignVCenter, campaignDiscountText(c));
    QTextOption wrap(Qt::AlignHCenter);
    wrap.setWrapMode(QTextOption::WrapAnywhere); // a code has no spaces
    p.setFont(font(5.5, false, true));
    const QRectF code(cell.left() + mm(4), face.bottom() + mm(0.5), cell.width() - mm(8),
                      cell.bottom() - face.bottom() - mm(6));
    p.drawText(code, v.code, wrap);
    p.setFont(font(5, false, true)); // a UUID: 36 characters
    p.drawText(QRectF(cell.left(), cell.bottom() - mm(5), cell.width(), mm(4)), Qt::AlignHCenter | Qt::AlignVCenter,
               QCoreApplication::translate("mc::ui::VoucherQrSheet", "Voucher no. %1").arg(v.voucherId));
}

void paintCutLines(QPainter &p, const QRectF &grid)
{
    QPen dashed(QColor(0x99, 0x99, 0x99));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(mm(0.2));
    p.setPen(dashed);
    p.setBrush(Qt::NoBrush);
    p.drawRect(grid);
    for (int col = 1; col < kVoucherSheetColumns; ++col) {
        const qreal x = grid.left() + grid.width() * col / kVoucherSheetColumns;
        p.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()));
    }
    for (int row = 1; row < kVoucherSheetRows; ++row) {
        const qreal y = grid.top() + grid.height() * row / kVoucherSheetRows;
        p.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
    }
}

} // namespace

core::Result<QByteArray> voucherQrSheetPdf(const campaigns::CampaignSpec &campaign,
                                           const QList<campaigns::IssuedVoucher> &vouchers)
{
    if (vouchers.isEmpty())
        return core::Error{u"campaign.pdf"_s,
                           QCoreApplication::translate("mc::ui::VoucherQrSheet", "No vouchers have been issued yet."),
                           campaign.id};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        writer.setTitle(campaign.name);
        writer.setCreator(u"Merchant Console"_s);
        QPainter p;
        if (!p.begin(&writer))
            return core::Error{u"campaign.pdf"_s,
                               QCoreApplication::translate("mc::ui::VoucherQrSheet", "The PDF could not be started."),
                               campaign.id};
        const QRectF page(0, 0, writer.width(), writer.height());
        constexpr int perPage = kVoucherSheetColumns * kVoucherSheetRows;
        const int pages = int((vouchers.size() + perPage - 1) / perPage);
        for (int n = 0; n < pages; ++n) {
            if (n > 0)
                writer.newPage();
            const qreal header = paintHeader(p, page, campaign);
            const qreal footer = mm(6);
            const QRectF grid(page.left(), page.top() + header, page.width(), page.height() - header - footer);
            const qreal cellW = grid.width() / kVoucherSheetColumns;
            const qreal cellH = grid.height() / kVoucherSheetRows;
            for (int i = 0; i < perPage && n * perPage + i < vouchers.size(); ++i)
                paintCell(p,
                          QRectF(grid.left() + (i % kVoucherSheetColumns) * cellW,
                                 grid.top() + (i / kVoucherSheetColumns) * cellH, cellW, cellH),
                          campaign, vouchers.at(n * perPage + i));
            paintCutLines(p, grid);
            p.setPen(Qt::black);
            p.setFont(font(7.5));
            p.drawText(QRectF(page.left(), page.bottom() - footer + mm(1), page.width(), footer - mm(1)),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("mc::ui::VoucherQrSheet", "Page %1 of %2").arg(n + 1).arg(pages));
        }
        p.end();
    }
    return bytes;
}

core::Status writeVoucherQrSheet(const QString &path, const campaigns::CampaignSpec &campaign,
                                 const QList<campaigns::IssuedVoucher> &vouchers)
{
    auto pdf = voucherQrSheetPdf(campaign, vouchers);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() || !file.commit())
        return core::Error{u"campaign.pdf"_s, file.errorString(), path};
    return {};
}

} // namespace mc::ui
