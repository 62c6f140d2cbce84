// The day report as a PDF a manager can hand to finance: summary, totals per source and per
// category, discrepancies with their resolutions, the records set aside, the ledger's chain
// status and a signature line. Needs a QGuiApplication (fonts); rendered with QTextDocument,
// used by the Reconciliation page (save, print preview) and the reconcile command.
#pragma once

#include "app/core/result.h"
#include "app/reconcile/dayreport.h"

#include <QByteArray>

namespace mc::ui {

// The report as HTML for QTextDocument (also what a print preview shows).
QString dayReportHtml(const reconcile::DayReport &report);
core::Result<QByteArray> dayReportPdf(const reconcile::DayReport &report);

} // namespace mc::ui
