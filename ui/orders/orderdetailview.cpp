#include "ui/orders/orderdetailview.h"

#include "app/workspace/ordertext.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using mc::workspace::OrderText;

namespace mc::ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
QString money(std::int64_t fen)
{
    return u"¥"_s + QLocale().toString(static_cast<double>(fen) / 100.0, 'f', 2);
}
QString refundText(const QString &status)
{
    if (status.isEmpty() || status == u"NO_REFUND")
        return {};
    if (status == u"SUCCESS")
        return OrderDetailView::tr("Refunded");
    return OrderDetailView::tr("Refund: %1").arg(status);
}
} // namespace

OrderDetailView::OrderDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"orders.detail"_s);
    setOpenLinks(false);
    setMinimumWidth(240);
    showNothing();
}

void OrderDetailView::showNothing()
{
    m_tid = 0;
    setHtml(u"<p style='color:gray'>%1</p>"_s.arg(esc(tr("Select an order to see its lines and amounts."))));
}

void OrderDetailView::showDetail(const workspace::OrderDetail &d, const QHash<std::int64_t, QString> &locationNames)
{
    m_tid = d.order.tid;
    const workspace::OrderRow &o = d.order;
    QString html = u"<h3>%1</h3><table cellspacing='0' cellpadding='2'>"_s.arg(esc(tr("Order %1").arg(o.tid)));
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td style='color:gray; padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    row(tr("Status"), OrderText::status(o.status));
    row(tr("Created"), OrderText::time(o.createdMs));
    if (d.payTimeMs > 0)
        row(tr("Paid"), OrderText::time(d.payTimeMs));
    row(tr("Last change"), OrderText::time(d.modifiedMs));
    row(tr("Buyer"), o.buyerNick);
    row(tr("Channel"), o.channel == u"store"
                           ? OrderText::channel(o.channel) + u" · "_s + OrderText::location(o.locationId, locationNames)
                           : OrderText::channel(o.channel));
    row(tr("Ship to"), QString(o.province + u' ' + d.city).trimmed());
    row(tr("Goods"), money(d.totalFeeFen));
    row(tr("Postage"), money(d.postFeeFen));
    row(tr("Paid by the buyer"), money(o.paymentFen));
    html += u"</table><h4>%1</h4><table width='100%' cellspacing='0' cellpadding='3'>"_s.arg(
        esc(tr("Lines: %1").arg(d.lines.size())));
    html += u"<tr style='color:gray'><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
            u"<td align='right'>%4</td></tr>"_s.arg(esc(tr("Product")), esc(tr("Qty")), esc(tr("Price")),
                                                     esc(tr("Paid")));
    for (const workspace::OrderLine &l : d.lines) {
        const QString refund = refundText(l.refundStatus);
        html += u"<tr><td>%1%2<br/><span style='color:gray'>SKU %3</span></td><td align='right'>%4</td>"
                u"<td align='right'>%5</td><td align='right'>%6</td></tr>"_s.arg(
                    esc(l.title), refund.isEmpty() ? QString() : u" <b>(%1)</b>"_s.arg(esc(refund)),
                    QString::number(l.skuId), QLocale().toString(l.num), money(l.priceFen), money(l.paymentFen));
    }
    html += u"</table>"_s;
    setHtml(html);
}

} // namespace mc::ui
