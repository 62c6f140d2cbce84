// What the cashier confirms before redeeming: the voucher's face value in large type, the
// uses left as far as this console knows, validity in Beijing time, the stores, the campaign,
// and the code itself as a QR code. Only shown once the signature verified (terms known).
#pragma once

#include "app/vouchers/voucherverdict.h"

#include <QFrame>
#include <QHash>
#include <QImage>

class QLabel;

namespace mc::ui {

class VoucherPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherPanel)

public:
    static constexpr int kQrModuleSize = 3;

    explicit VoucherPanel(QWidget *parent = nullptr);
    ~VoucherPanel() override;

    void showVerdict(const vouchers::VoucherVerdict &verdict, const QHash<std::int64_t, QString> &storeNames);
    void clear();
    // The QR code of the code on show (null while none is).
    QImage qrImage() const { return m_qrImage; }

private:
    QLabel *addRow(const QString &caption, const QString &name, int row);

    QLabel *m_faceValue = nullptr;
    QLabel *m_usesLeft = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_stores = nullptr;
    QLabel *m_campaign = nullptr;
    QLabel *m_voucherId = nullptr;
    QLabel *m_qr = nullptr;
    QWidget *m_terms = nullptr;
    QLabel *m_noTerms = nullptr;
    QImage m_qrImage;
};

} // namespace mc::ui
