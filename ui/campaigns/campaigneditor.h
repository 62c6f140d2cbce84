// The campaign editor: type and amounts, reach and stores (list, city or province), products
// (all, categories or SKUs, with exclusions), the window with 11.11 presets, budget, per-buyer
// limit, voucher quantity. Amounts are typed in yuan and kept as exact fen.
#pragma once

#include "app/campaigns/campaignspec.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mc::ui {

class CampaignEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditor)

public:
    explicit CampaignEditor(QWidget *parent = nullptr);

    void setCampaign(const campaigns::CampaignSpec &campaign);
    // The campaign as edited; false (with `why`) when an amount or a list cannot be read.
    bool campaign(campaigns::CampaignSpec &out, QString &why) const;
    // Sets the window to 11.11 of `year` (00:00 to 24:00, Beijing time).
    void presetElevenEleven(int year);

Q_SIGNALS:
    void edited();

private:
    void updateVisibility();

    QString m_id;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_percent = nullptr;
    QLineEdit *m_fixedPrice = nullptr;
    QLineEdit *m_faceValue = nullptr;
    QComboBox *m_reach = nullptr;
    QComboBox *m_storesBy = nullptr;
    QLineEdit *m_stores = nullptr;
    QComboBox *m_products = nullptr;
    QLineEdit *m_productList = nullptr;
    QLineEdit *m_excluded = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QDateTimeEdit *m_ends = nullptr;
    QLineEdit *m_budget = nullptr;
    QSpinBox *m_perBuyer = nullptr;
    QSpinBox *m_vouchers = nullptr;
    QList<QWidget *> m_rows; // labels and fields shown per type
};

} // namespace mc::ui
