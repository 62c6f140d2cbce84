#include "ui/reconcile/dayreportdocument.h"

#include "app/reconcile/reportexport.h"
#include "ui/reconcile/reconcileitemsmodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

class DayReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(mc::ui::DayReportDocument)

public:
    static QString html(const reconcile::DayReport &r);

private:
    static QString row(const QStringList &cells, bool header = false)
    {
        QString out = u"<tr>"_s;
        for (const QString &c : cells)
            out += (header ? u"<th>"_s : u"<td>"_s) + c.toHtmlEscaped() + (header ? u"</th>"_s : u"</td>"_s);
        return out + u"</tr>"_s;
    }
    static QString time(std::int64_t ms)
    {
        return reconcile::beijingTime(ms);
    }
};

QString DayReportDocument::html(const reconcile::DayReport &r)
{
    using reconcile::yuan;
    const QString store = r.scope.allStores() ? tr("All stores") : tr("Store %1").arg(r.scope.storeId);
    QString h = u"<html><body style='font-size:9pt'>"_s;
    h += u"<h2>"_s + tr("Day close %1, %2").arg(r.scope.day.toString(Qt::ISODate), store).toHtmlEscaped() + u"</h2>"_s;
    h += u"<p>"_s + tr("Generated %1 (Beijing time). %n discrepancy(ies).", nullptr, r.discrepancyCount())
                        .arg(time(r.generatedMs))
                        .toHtmlEscaped() +
         u"</p>"_s;
    if (r.overflow)
        h += u"<p><b>"_s + tr("A total did not fit: these figures must not be used.").toHtmlEscaped() + u"</b></p>"_s;

    const reconcile::SourceTotals &s = r.sources;
    h += u"<h3>"_s + tr("Sources").toHtmlEscaped() + u"</h3><table border='1' cellspacing='0' cellpadding='3'>"_s;
    h += row({tr("Source"), tr("Count"), tr("Amount")}, true);
    h += row({tr("Counter (this console)"), QString::number(s.counterCount), yuan(s.counterFen)});
    h += row({tr("Platform redemptions"), QString::number(s.platformCount), yuan(s.platformFen)});
    h += row({tr("Settlement: gross"), QString::number(s.settlementCount), yuan(s.settlementGrossFen)});
    h += row({tr("Settlement: commission"), QString(), yuan(s.settlementCommissionFen)});
    h += row({tr("Settlement: paid"), QString(), yuan(s.settlementPaidFen)});
    if (r.tillImported)
        h += row({tr("Till (POS)"), QString::number(s.tillCount), yuan(s.tillFen)});
    h += u"</table>"_s;

    h += u"<h3>"_s + tr("Totals per category").toHtmlEscaped() +
         u"</h3><table border='1' cellspacing='0' cellpadding='3'>"_s;
    h += row({tr("Category"), tr("Count"), tr("Amount"), tr("Difference")}, true);
    for (int c = 0; c < reconcile::kCategoryCount; ++c) {
        const reconcile::CategoryTotal &t = r.totals[c];
        h += row({reconcile::categoryLabel(static_cast<reconcile::Category>(c)), QString::number(t.count),
                  yuan(t.amountFen), yuan(t.differenceFen)});
    }
    h += u"</table>"_s;

    h += u"<h3>"_s + tr("Discrepancies").toHtmlEscaped() + u"</h3>"_s;
    if (r.discrepancyCount() == 0) {
        h += u"<p>"_s + tr("None.").toHtmlEscaped() + u"</p>"_s;
    } else {
        h += u"<table border='1' cellspacing='0' cellpadding='3'>"_s;
        h += row({tr("Category"), tr("Store"), tr("Serial"), tr("Redeemed"), tr("Amount"), tr("Expected"),
                  tr("Found"), tr("Detail"), tr("Resolution")},
                 true);
        for (const reconcile::Item &i : r.items) {
            if (i.category == reconcile::Category::Matched)
                continue;
            const bool differs = i.category == reconcile::Category::AmountDiffers ||
                                 i.category == reconcile::Category::SettledDifferently;
            const reconcile::Resolution res = r.state.resolutions.value(i.key);
            const QString resolution =
                res.kind.isEmpty() ? tr("open") : tr("%1 by %2: %3").arg(resolutionKindLabel(res.kind), res.actor, res.note);
            h += row({reconcile::categoryLabel(i.category), QString::number(i.storeId), i.serial, time(i.redeemedMs),
                      yuan(i.amountFen), differs ? yuan(i.expectedFen) : QString(),
                      differs ? yuan(i.actualFen) : QString(), i.detail, resolution});
        }
        h += u"</table>"_s;
    }
    if (!r.setAside.isEmpty()) {
        h += u"<h3>"_s + tr("Records set aside (not counted)").toHtmlEscaped() +
             u"</h3><table border='1' cellspacing='0' cellpadding='3'>"_s;
        h += row({tr("Source"), tr("Record"), tr("Reason")}, true);
        for (const reconcile::SetAside &a : r.setAside)
            h += row({a.source, a.key, a.reason});
        h += u"</table>"_s;
    }

    h += u"<h3>"_s + tr("Ledger chain").toHtmlEscaped() + u"</h3><p>"_s;
    h += (r.chain.redemptionsIntact
              ? tr("Redemptions: intact.")
              : tr("Redemptions: BROKEN from entry %1 on.").arg(r.chain.redemptionsFirstBadSeq))
             .toHtmlEscaped() +
         u"<br>"_s;
    h += (r.chain.dayCloseIntact ? tr("Day close entries: intact.")
                                 : tr("Day close entries: BROKEN from entry %1 on.").arg(r.chain.dayCloseFirstBadSeq))
             .toHtmlEscaped() +
         u"</p>"_s;

    h += u"<h3>"_s + tr("Sign-off").toHtmlEscaped() + u"</h3><p>"_s;
    if (r.state.signedOff)
        h += tr("Signed off by %1 at %2.").arg(r.state.signedBy, time(r.state.signedAtMs)).toHtmlEscaped();
    else
        h += tr("Not signed off.").toHtmlEscaped();
    if (r.changedSinceSignOff)
        h += u" <b>"_s + tr("The figures changed since the sign-off.").toHtmlEscaped() + u"</b>"_s;
    if (r.state.reopenings > 0)
        h += u"<br>"_s + tr("Reopened %n time(s); last by %1: %2", nullptr, r.state.reopenings)
                             .arg(r.state.lastReopenedBy, r.state.lastReopenReason)
                             .toHtmlEscaped();
    h += u"</p><p><br><br>"_s + tr("Store manager: ____________________    Date: ____________").toHtmlEscaped() +
         u"</p></body></html>"_s;
    return h;
}

} // namespace

QString dayReportHtml(const reconcile::DayReport &report)
{
    return DayReportDocument::html(report);
}

core::Result<QByteArray> dayReportPdf(const reconcile::DayReport &report)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(DayReportDocument::tr("Day close %1").arg(report.scope.day.toString(Qt::ISODate)));
        writer.setCreator(u"Merchant Console"_s);
        QTextDocument document;
        document.setHtml(dayReportHtml(report));
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        document.print(&writer);
    }
    if (!bytes.startsWith("%PDF"))
        return core::Error{u"reconcile.pdf"_s, u"the PDF could not be written"_s, {}};
    return bytes;
}

} // namespace mc::ui
