// The printed slip for a redemption: what was redeemed, when (Beijing time), by whom, its
// serial number, and the code as a QR code. A QTextDocument, printed through the print
// preview or written to PDF with QPdfWriter.
#pragma once

#include "app/vouchers/redemptionrecord.h"
#include "app/vouchers/voucherverdict.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

class QTextDocument;

namespace mc::ui {

class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    Receipt(const vouchers::VoucherVerdict &verdict, const vouchers::RedemptionRecord &record,
            const QHash<std::int64_t, QString> &storeNames);

    std::unique_ptr<QTextDocument> document() const;
    // Writes the receipt as a PDF (80 mm wide, a till roll's width); false if it cannot.
    bool savePdf(const QString &path) const;
    QString suggestedFileName() const;

private:
    vouchers::VoucherVerdict m_verdict;
    vouchers::RedemptionRecord m_record;
    QHash<std::int64_t, QString> m_storeNames;
};

} // namespace mc::ui
