// Reads the QR codes of a PDF with tools that share no code with ours: poppler's pdftoppm
// rasterises every page, zbar's command-line zbarimg decodes each image. An independent
// check that what we print scans to exactly the codes we issued.
#pragma once

#include <QByteArrayList>
#include <QString>

namespace mc::test {

// Every code found, page by page; `error` says why none could be read (tool missing, failed).
QByteArrayList decodeQrPdf(const QString &pdfPath, int dpi, QString &error);
// The code column of a voucher CSV (campaigns::writeVoucherCsv), header left out.
QByteArrayList voucherCsvCodes(const QString &csvPath);

} // namespace mc::test
